import { addDays, weekdayOf } from '@/lib/timeZone'

import type { WorkCalendar } from '../plan/workingDays'

/**
 * The resources grid's arithmetic, pure (no Payload, no clock): weeks Monday to Sunday, working
 * days as the plans count them (Settings → Time, holidays excluded), effort spread evenly over an
 * activity's working days, and member allocation weighted by the working days it covers.
 */
const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']

export interface Week {
  /** Monday, `YYYY-MM-DD`. */
  start: string
  /** Sunday. */
  end: string
  workingDays: number
}

export type WorksOn = (day: string) => boolean

export function worksOn(cal: WorkCalendar): WorksOn {
  const weekdays = new Set(cal.workingDays)
  const holidays = new Set(cal.holidays)
  return (day) => weekdays.has(WEEKDAY_KEYS[weekdayOf(day)]) && !holidays.has(day)
}

/** The Monday of the week a day is in. */
export const mondayOf = (day: string) => addDays(day, -weekdayOf(day))

export function weeksFrom(monday: string, count: number, works: WorksOn): Week[] {
  return Array.from({ length: count }, (_, i) => {
    const start = addDays(monday, 7 * i)
    const end = addDays(start, 6)
    return { start, end, workingDays: workingDaysIn(start, end, works) }
  })
}

/** Working days in [from, to], both included. */
export function workingDaysIn(from: string, to: string, works: WorksOn): number {
  let count = 0
  for (let at = from; at <= to; at = addDays(at, 1)) if (works(at)) count++
  return count
}

/** The later and the earlier of two days (ISO days compare as strings). */
const later = (a: string, b: string) => (a > b ? a : b)
const earlier = (a: string, b: string) => (a < b ? a : b)

/**
 * The hours of an activity of `effort` hours from `start` to `end` falling in each week it touches,
 * by index into `weeks`: its effort split evenly over its working days. One without a working day
 * (a milestone kept on a day off) puts it all in the week of its start.
 */
export function effortByWeek(
  activity: { start: string; end: string; effort: number },
  weeks: Week[],
  works: WorksOn,
): Map<number, number> {
  const shares = new Map<number, number>()
  const first = weeks[0]?.start
  const last = weeks.at(-1)?.end
  if (!first || !last || activity.end < first || activity.start > last) return shares
  const end = later(activity.start, activity.end)
  const total = workingDaysIn(activity.start, end, works)
  const indexOf = (day: string) => Math.floor((Date.parse(day) - Date.parse(first)) / (7 * 86_400_000))
  if (total === 0) {
    if (activity.start >= first && activity.start <= last) shares.set(indexOf(activity.start), activity.effort)
    return shares
  }
  for (let i = Math.max(0, indexOf(activity.start)); i < weeks.length && weeks[i].start <= end; i++) {
    const days = workingDaysIn(later(activity.start, weeks[i].start), earlier(end, weeks[i].end), works)
    if (days > 0) shares.set(i, (activity.effort * days) / total)
  }
  return shares
}

/**
 * The share of each week a membership covers, by index: its allocation % times the part of the
 * week's working days inside [from, to] (an open end is unbounded). A week without working days
 * counts the allocation whole when the membership touches it.
 */
export function allocationByWeek(
  member: { allocation: number; from: string | null; to: string | null },
  weeks: Week[],
  works: WorksOn,
): Map<number, number> {
  const shares = new Map<number, number>()
  weeks.forEach((week, i) => {
    const from = member.from ? later(member.from, week.start) : week.start
    const to = member.to ? earlier(member.to, week.end) : week.end
    if (from > to) return
    const share = week.workingDays === 0 ? 1 : workingDaysIn(from, to, works) / week.workingDays
    if (share > 0) shares.set(i, member.allocation * share)
  })
  return shares
}
