import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { idOf } from '@/lib/ids'

type Id = number | string

/** The sum of `field` over the records of `collection` matching `where`, read as the application. */
async function sumOf(
  req: PayloadRequest,
  collection: 'time-entries' | 'project-activities',
  field: string,
  where: object,
) {
  const { docs } = await req.payload.find({
    collection,
    where: where as never,
    depth: 0,
    pagination: false,
    select: { [field]: true } as never,
    overrideAccess: true,
    req,
  })
  const total = docs.reduce((sum, doc) => sum + (Number((doc as Record<string, unknown>)[field]) || 0), 0)
  // Hours in quarters: the sum of decimals must not show 7.750000000001.
  return Math.round(total * 100) / 100
}

/**
 * The activity's spent effort and its project's spent hours, summed again from the entries. Written
 * straight to the rows: a derived figure, not an edit of the plan (no flow step, no version, no replan).
 */
async function refreshSpent(req: PayloadRequest, activityId: Id) {
  const spentEffort = await sumOf(req, 'time-entries', 'hours', { activity: { equals: activityId } })
  const activity = await req.payload.db.updateOne({
    collection: 'project-activities',
    id: activityId,
    data: { spentEffort },
    req,
  })
  const projectId = idOf(activity?.project)
  if (projectId === null) return
  const spentHours = await sumOf(req, 'project-activities', 'spentEffort', { project: { equals: projectId } })
  await req.payload.db.updateOne({ collection: 'projects', id: projectId, data: { spentHours }, req, returning: false })
}

/** After an entry is saved: its activity's sums, and the previous activity's when it moved. */
export const refreshSpentAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const now = idOf(doc.activity)
  const before = idOf(previousDoc?.activity)
  if (now !== null) await refreshSpent(req, now)
  if (before !== null && before !== now) await refreshSpent(req, before)
  return doc
}

export const refreshSpentAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const activity = idOf(doc.activity)
  if (activity !== null) await refreshSpent(req, activity)
  return doc
}
