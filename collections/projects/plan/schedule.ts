import { addDays, isDay } from '@/lib/timeZone'

import { addWorkingDays, nextWorkingDay, type WorkCalendar } from './workingDays'

/**
 * Project schedules in working days (see workingDays.ts). Pure and deterministic: no Payload, no
 * database, no clock.
 *
 * - An activity of duration d ≥ 1 ends on its d-th working day, its start counted as the first
 *   (duration 1 ends the day it starts). A milestone (duration 0) starts and ends on one working day.
 * - Links are finish-to-start with a lag in working days. After an activity, lag 0 is the first
 *   working day after its end; after a milestone, lag 0 is the milestone's own day (what it marks
 *   is done that day). A positive lag waits that many more working days, a negative one overlaps.
 * - computePlan schedules as soon as possible: the project start moves to its next working day;
 *   an activity starts on the latest of (project start + offset working days) and what each of its
 *   predecessors allows, predecessors first.
 * - reschedule works on the current (possibly hand-set) dates. The moved activity takes the new
 *   start (moved to a working day) and/or duration, but never starts before its predecessors allow;
 *   offsets are not checked there (they place a template, the running plan has its own dates).
 *   Then its successors, transitively and only they, are pushed later where a predecessor now ends
 *   too late; they are never pulled earlier, so a date set by hand stays while it is still valid.
 *   A pushed activity keeps its duration.
 */
export interface PlanItem {
  key: string
  title?: string
  /** Working days after the project start. */
  offset: number
  /** Working days; 0 = milestone. */
  duration: number
  /** `lag` in working days, may be 0 or negative. */
  predecessors: { key: string; lag: number }[]
}

export interface Dates {
  start: string
  end: string
}

export interface PlanProblems {
  unknown: { activity: string; predecessor: string }[]
  /** Keys on one cycle, in order of the links (each one a predecessor of the next); empty if none. */
  cycle: string[]
  invalid: { activity: string; reason: string }[]
}

const isCount = (n: number) => Number.isInteger(n) && n >= 0

export function planProblems(items: PlanItem[]): PlanProblems {
  const invalid: PlanProblems['invalid'] = []
  const byKey = new Map<string, PlanItem>()
  for (const item of items) {
    if (!item.key) invalid.push({ activity: '', reason: 'missing key' })
    else if (!byKey.has(item.key)) byKey.set(item.key, item)
    else if (!invalid.some((i) => i.activity === item.key && i.reason === 'duplicate key')) {
      invalid.push({ activity: item.key, reason: 'duplicate key' })
    }
    if (!isCount(item.offset)) {
      invalid.push({ activity: item.key, reason: `offset must be a whole number, 0 or more (${item.offset})` })
    }
    if (!isCount(item.duration)) {
      invalid.push({ activity: item.key, reason: `duration must be a whole number, 0 or more (${item.duration})` })
    }
    for (const p of item.predecessors) {
      if (!Number.isInteger(p.lag)) invalid.push({ activity: item.key, reason: `lag after ${p.key} must be whole` })
    }
  }
  const unknown = items.flatMap((item) =>
    item.predecessors.filter((p) => !byKey.has(p.key)).map((p) => ({ activity: item.key, predecessor: p.key })),
  )
  return { unknown, cycle: findCycle([...byKey.keys()], successorLinks(byKey)), invalid }
}

/** Successors of each key, in the order the items come (unknown predecessors left out). */
function successorLinks(byKey: Map<string, PlanItem>): Map<string, string[]> {
  const links = new Map<string, string[]>([...byKey.keys()].map((key) => [key, []]))
  for (const [key, item] of byKey) for (const p of item.predecessors) links.get(p.key)?.push(key)
  return links
}

/** One cycle found by depth-first search, started at the key that comes first in the plan. */
function findCycle(keys: string[], successors: Map<string, string[]>): string[] {
  const state = new Map<string, 'open' | 'done'>()
  const path: string[] = []
  const visit = (key: string): string[] | undefined => {
    state.set(key, 'open')
    path.push(key)
    for (const next of successors.get(key) ?? []) {
      if (state.get(next) === 'open') return path.slice(path.indexOf(next))
      const found = state.has(next) ? undefined : visit(next)
      if (found) return found
    }
    path.pop()
    state.set(key, 'done')
  }
  for (const key of keys) {
    const found = state.has(key) ? undefined : visit(key)
    if (found) {
      const first = found.reduce((a, b) => (keys.indexOf(b) < keys.indexOf(a) ? b : a))
      const at = found.indexOf(first)
      return [...found.slice(at), ...found.slice(0, at)]
    }
  }
  return []
}

/** Refuses a plan with problems, naming them; callers check planProblems first and answer 400. */
function assertSchedulable(items: PlanItem[]) {
  const { unknown, cycle, invalid } = planProblems(items)
  const problems = [
    ...invalid.map((i) => `${i.activity || '(no key)'}: ${i.reason}`),
    ...unknown.map((u) => `${u.activity}: unknown predecessor ${u.predecessor}`),
    ...(cycle.length ? [`cycle ${[...cycle, cycle[0]].join(' → ')}`] : []),
  ]
  if (problems.length) throw new Error(`The plan cannot be scheduled: ${problems.join('; ')}`)
}

/** Keys with every predecessor before its successors; ties keep the plan's order. Needs a sound plan. */
function topologicalOrder(byKey: Map<string, PlanItem>): string[] {
  const order: string[] = []
  const placed = new Set<string>()
  const visit = (key: string) => {
    if (placed.has(key)) return
    placed.add(key)
    for (const p of byKey.get(key)!.predecessors) visit(p.key)
    order.push(key)
  }
  for (const key of byKey.keys()) visit(key)
  return order
}

function endOf(start: string, duration: number, cal: WorkCalendar): string {
  return duration === 0 ? start : addWorkingDays(start, duration - 1, cal)
}

/** The earliest start the predecessors allow, and the one that allows it (the first of equals). */
function allowedStart(
  item: PlanItem,
  scheduled: (key: string) => { end: string; duration: number },
  cal: WorkCalendar,
): { day: string; because: string } | undefined {
  let latest: { day: string; because: string } | undefined
  for (const { key, lag } of item.predecessors) {
    const p = scheduled(key)
    // Counted in calendar days first, so a hand-set end on a day off still gives the next working day.
    const after = nextWorkingDay(p.duration === 0 ? p.end : addDays(p.end, 1), cal)
    const day = addWorkingDays(after, lag, cal)
    if (!latest || day > latest.day) latest = { day, because: key }
  }
  return latest
}

/** Dates for every activity of a template, as soon as possible; throws on a plan with problems. */
export function computePlan(start: string, items: PlanItem[], cal: WorkCalendar): Map<string, Dates> {
  assertSchedulable(items)
  if (!isDay(start)) throw new Error(`Not a day (YYYY-MM-DD): ${start}`)
  const projectStart = nextWorkingDay(start, cal)
  const byKey = new Map(items.map((item) => [item.key, item]))
  const dates = new Map<string, Dates>()
  const scheduled = (key: string) => ({ end: dates.get(key)!.end, duration: byKey.get(key)!.duration })
  for (const key of topologicalOrder(byKey)) {
    const item = byKey.get(key)!
    let first = addWorkingDays(projectStart, item.offset, cal)
    const allowed = allowedStart(item, scheduled, cal)
    if (allowed && allowed.day > first) first = allowed.day
    dates.set(key, { start: first, end: endOf(first, item.duration, cal) })
  }
  return new Map(items.map((item) => [item.key, dates.get(item.key)!]))
}

/** Moves one activity (new start and/or duration) and pushes what depends on it; see the top of the file. */
export function reschedule(
  current: Map<string, PlanItem & Dates>,
  moved: string,
  change: { start?: string; duration?: number },
  cal: WorkCalendar,
): { changed: Map<string, Dates>; pushed: { key: string; from: string; to: string; because: string }[] } {
  for (const [key, item] of current) {
    if (item.key !== key) throw new Error(`The activity under key ${key} says it is ${item.key}`)
  }
  assertSchedulable([...current.values()])
  const item = current.get(moved)
  if (!item) throw new Error(`No activity ${moved} in the plan`)
  if (change.start !== undefined && !isDay(change.start)) throw new Error(`Not a day (YYYY-MM-DD): ${change.start}`)
  if (change.duration !== undefined && !isCount(change.duration)) {
    throw new Error(`A duration must be a whole number of working days, 0 or more: ${change.duration}`)
  }

  const now = new Map(current)
  const pushed: { key: string; from: string; to: string; because: string }[] = []
  const place = (was: PlanItem & Dates, start: string, duration: number) =>
    now.set(was.key, { ...was, start, duration, end: endOf(start, duration, cal) })

  const wanted = nextWorkingDay(change.start ?? item.start, cal)
  const allowed = allowedStart(item, (key) => now.get(key)!, cal)
  let start = wanted
  if (allowed && allowed.day > wanted) {
    pushed.push({ key: moved, from: wanted, to: allowed.day, because: allowed.because })
    start = allowed.day
  }
  place(item, start, change.duration ?? item.duration)

  // Only what depends on the moved activity may follow it; everything else keeps its dates.
  const successors = successorLinks(current)
  const downstream = new Set<string>()
  const queue = [moved]
  while (queue.length) {
    for (const next of successors.get(queue.shift()!)!) {
      if (downstream.has(next)) continue
      downstream.add(next)
      queue.push(next)
    }
  }
  for (const key of topologicalOrder(current)) {
    if (!downstream.has(key)) continue
    const was = now.get(key)!
    const allowedHere = allowedStart(was, (k) => now.get(k)!, cal)
    if (allowedHere && allowedHere.day > was.start) {
      pushed.push({ key, from: was.start, to: allowedHere.day, because: allowedHere.because })
      place(was, allowedHere.day, was.duration)
    }
  }

  const changed = new Map<string, Dates>()
  for (const [key, was] of current) {
    const { start, end } = now.get(key)!
    if (start !== was.start || end !== was.end) changed.set(key, { start, end })
  }
  return { changed, pushed }
}
