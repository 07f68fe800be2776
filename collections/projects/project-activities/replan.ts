import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { stateNamed, workflowFor } from '@/hooks/workflow/engine'
import { saveVersions, updateRows } from '@/lib/bulkWrite'
import { badRequest } from '@/lib/errors'
import { idOf } from '@/lib/ids'
import { dayOf, storedDay, workCalendarOf } from '../plan/calendar'
import { refuseUnschedulable } from '../plan/problems'
import { type Dates, type PlanItem, reschedule } from '../plan/schedule'
import { addWorkingDays, MAX_WORKING_DAYS, nextWorkingDay } from '../plan/workingDays'
import { WRITING_PLAN } from './plannedEnd'

type Doc = Record<string, unknown>
type Link = { activity?: unknown; lag?: unknown }

/** What a move pushed, kept on the moved activity: the answer to its save says it. */
export interface PushedActivity {
  activity: number
  title: string
  from: string
  to: string
  after: string
}

const linksOf = (predecessors: unknown) =>
  ((predecessors ?? []) as Link[])
    // A link emptied by a deleted activity links nothing.
    .filter((p) => idOf(p.activity) !== null)
    .map((p) => ({ key: String(idOf(p.activity)), lag: Number(p.lag ?? 0) }))

const sameLinks = (a: unknown, b: unknown) => JSON.stringify(linksOf(a)) === JSON.stringify(linksOf(b))

/** Checked here, not only by the fields: this hook computes dates before the fields validate. */
function checkSpans(req: PayloadRequest, data: Doc) {
  const { duration } = data
  if (duration !== undefined && duration !== null) {
    if (!Number.isInteger(Number(duration)) || Number(duration) < 0 || Number(duration) > MAX_WORKING_DAYS) {
      throw badRequest(req, {
        en: `The duration is a whole number of working days, from 0 to ${MAX_WORKING_DAYS}.`,
        ro: `Durata este un număr întreg de zile lucrătoare, de la 0 la ${MAX_WORKING_DAYS}.`,
      })
    }
  }
  if (linksOf(data.predecessors).some(({ lag }) => !Number.isFinite(lag) || Math.abs(lag) > MAX_WORKING_DAYS)) {
    throw badRequest(req, {
      en: `A lag is at most ${MAX_WORKING_DAYS} working days, either way.`,
      ro: `Un decalaj are cel mult ${MAX_WORKING_DAYS} de zile lucrătoare, în orice sens.`,
    })
  }
}

const endOf = (start: string, duration: number, cal: Parameters<typeof addWorkingDays>[2]) =>
  duration === 0 ? start : addWorkingDays(start, duration - 1, cal)

/**
 * Keeps the plan's dates in working days. A new activity's planned end follows from its start and
 * duration. A change of an activity's start, duration or predecessors reschedules it (never
 * before its predecessors allow) and pushes its successors, and only them, in the same
 * transaction, all at once (pushSuccessors); what moved is kept in `lastReschedule`, and each
 * pushed activity's history keeps a version with its new dates.
 */
export const replan: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  // The plan's own writes (followers unlinked from a deleted activity) are already placed; a new
  // activity still gets its end.
  if (req.context[WRITING_PLAN] && operation === 'update') return data
  checkSpans(req, data)
  const cal = await workCalendarOf(req)
  // A start that is not a date is refused by the field's validation, which runs after this hook.
  if (data.plannedStart && !dayOf(data.plannedStart, cal.timeZone)) return data
  const merged = { ...originalDoc, ...data } as Doc
  const duration = Number(merged.duration ?? 0)
  const start = dayOf(merged.plannedStart, cal.timeZone)
  if (operation === 'create' || !originalDoc?.plannedStart) {
    if (!start) return data
    const first = nextWorkingDay(start, cal)
    data.plannedStart = storedDay(first)
    data.plannedEnd = storedDay(endOf(first, duration, cal))
    return data
  }
  const oldStart = dayOf(originalDoc.plannedStart, cal.timeZone)
  const startChanged = 'plannedStart' in data && start !== oldStart
  const durationChanged = 'duration' in data && duration !== Number(originalDoc.duration ?? 0)
  const linksChanged = 'predecessors' in data && !sameLinks(data.predecessors, originalDoc.predecessors)
  if (!startChanged && !durationChanged && !linksChanged) return data
  if (!start) {
    throw badRequest(req, {
      en: 'A planned activity keeps its start date.',
      ro: 'O activitate planificată își păstrează data de început.',
    })
  }

  const { docs } = await req.payload.find({
    collection: 'project-activities',
    where: { and: [{ project: { equals: idOf(merged.project) } }, { plannedStart: { exists: true } }] },
    pagination: false,
    depth: 0,
    select: { title: true, plannedStart: true, plannedEnd: true, duration: true, predecessors: true, status: true },
    // The whole plan moves as one, whatever of it the caller may read.
    overrideAccess: true,
    req,
  })
  const movedKey = String(originalDoc.id)
  const current = new Map<string, PlanItem & Dates>()
  const titles = new Map<string, string>()
  const states = new Map<string, string>()
  for (const doc of docs as Doc[]) {
    const key = String(doc.id)
    const own = key === movedKey
    titles.set(key, String(doc.title ?? key))
    states.set(key, String(doc.status ?? ''))
    current.set(key, {
      key,
      offset: 0,
      duration: own ? Number(originalDoc.duration ?? 0) : Number(doc.duration ?? 0),
      predecessors: linksOf(own ? merged.predecessors : doc.predecessors),
      start: dayOf(doc.plannedStart, cal.timeZone)!,
      end: dayOf(doc.plannedEnd, cal.timeZone) ?? dayOf(doc.plannedStart, cal.timeZone)!,
    })
  }
  if (!current.has(movedKey)) return data
  // Named by their titles in the refusal, as the plan shows them (the id tells equal titles apart).
  const named = (key: string) => (titles.has(key) ? `${titles.get(key)} [${key}]` : key)
  refuseUnschedulable(
    req,
    [...current.values()].map((item) => ({
      ...item,
      key: named(item.key),
      predecessors: item.predecessors.map((p) => ({ ...p, key: named(p.key) })),
    })),
  )
  const { changed, pushed } = reschedule(
    current,
    movedKey,
    { ...(startChanged ? { start } : {}), ...(durationChanged ? { duration } : {}) },
    cal,
  )
  const own = changed.get(movedKey) ?? current.get(movedKey)!
  data.plannedStart = storedDay(own.start)
  data.plannedEnd = storedDay(own.end)

  const successors = [...changed].filter(([key]) => key !== movedKey)
  await refuseFrozenDates(
    req,
    merged,
    successors.map(([key]) => key),
    states,
    named,
  )
  await pushSuccessors(req, successors)
  data.lastReschedule = pushed.map((p): PushedActivity => ({
    activity: Number(p.key),
    title: titles.get(p.key)!,
    from: p.from,
    to: p.to,
    after: titles.get(p.because) ?? p.because,
  }))
  return data
}

/**
 * A pushed activity whose state keeps its dates (a workflow state's read-only fields, as an
 * administrator may set them) stops the move, as saving it one by one would: 400 naming it.
 */
async function refuseFrozenDates(
  req: PayloadRequest,
  moved: Doc,
  keys: string[],
  states: Map<string, string>,
  named: (key: string) => string,
) {
  if (keys.length === 0) return
  const workflow = await workflowFor(req, 'project-activities', moved)
  const frozen = keys.filter((key) =>
    (stateNamed(workflow, states.get(key))?.readOnlyFields ?? []).some(
      (f) => f === 'plannedStart' || f === 'plannedEnd',
    ),
  )
  if (frozen.length === 0) return
  const list = frozen.map(named).join(', ')
  throw badRequest(req, {
    en: `The move would push activities whose state keeps their dates: ${list}.`,
    ro: `Mutarea ar împinge activități a căror stare le păstrează datele: ${list}.`,
  })
}

/**
 * The successors' new dates, written together in the request's transaction: one UPDATE for all of
 * them (and `updatedAt`, `updatedBy` as a save sets them), then a version of each in one statement,
 * so each pushed activity's history still shows its move. No hook of theirs runs, and none is
 * needed: their project, team and manager stay (followProject), the flow's state stays (its
 * read-only dates are checked above), the plan is already placed (replan), the project's planned
 * end is refreshed once after the moved activity's own save (keepProjectEnd), and a push is not an
 * assignment (warnOverAllocation never warned for the plan's own pushes).
 */
async function pushSuccessors(req: PayloadRequest, pushed: [string, Dates][]) {
  if (pushed.length === 0) return
  const now = new Date()
  const updatedBy = idOf(req.user)
  await updateRows(
    req,
    'project-activities',
    pushed.map(([key, dates]) => ({
      id: Number(key),
      plannedStart: storedDay(dates.start),
      plannedEnd: storedDay(dates.end),
      updatedAt: now.toISOString(),
      updatedBy,
    })),
  )
  await saveVersions(
    req,
    'project-activities',
    pushed.map(([key]) => Number(key)),
    now,
  )
}
