import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '@/lib/ids'
import { lockProjects } from '../projects/lock'

type Doc = Record<string, unknown>

/** A date as its instant, so a stored value and its copy compare equal whatever their form. */
const instant = (value: unknown) => {
  const time = typeof value === 'string' || value instanceof Date ? new Date(value).getTime() : NaN
  return Number.isNaN(time) ? (value ?? null) : time
}

/** What places an activity in its project's plan, comparable between a save's data and the stored activity. */
const placeOf = (doc: Doc) =>
  JSON.stringify([
    idOf(doc.project),
    instant(doc.plannedStart),
    instant(doc.plannedEnd),
    doc.duration ?? null,
    ((doc.predecessors ?? []) as { activity?: unknown; lag?: unknown }[]).map((p) => [idOf(p.activity), p.lag ?? 0]),
  ])

/**
 * Whether a save may move the plan (hence write the project's planned end): a new activity, or a
 * change of its project, dates, duration or predecessors. A step of its flow, a title or the
 * progress do not: those saves neither lock nor write the project. Payload fills a save's `data`
 * with the stored values of the fields it leaves out, so values are compared, not names.
 */
export const movesPlan = (operation: string, data: Doc, original: Doc | undefined) =>
  operation === 'create' || !original || placeOf({ ...original, ...data }) !== placeOf(original)

/**
 * First of the activity's save hooks: the project's row (both projects' when the activity moves to
 * another), locked before anything of the plan is read or written (projects/lock.ts). Saves of one
 * plan run one after the other; each reads the plan its predecessor committed.
 */
export const lockPlan: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (!movesPlan(operation, data, originalDoc)) return data
  await lockProjects(req, [idOf(data.project ?? originalDoc?.project), idOf(originalDoc?.project)])
  return data
}
