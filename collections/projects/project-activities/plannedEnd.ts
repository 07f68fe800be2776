import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { idOf } from '@/lib/ids'
import { movesPlan } from './lockPlan'

/** Set while the application writes a whole plan: the project's planned end is set once at the end. */
export const WRITING_PLAN = 'organizecrm:projects:writingPlan'

/** The project's planned end: the latest planned end of its activities. */
export async function refreshPlannedEnd(req: PayloadRequest, projectId: number | string) {
  const { docs } = await req.payload.find({
    collection: 'project-activities',
    where: { and: [{ project: { equals: projectId } }, { plannedEnd: { exists: true } }] },
    sort: '-plannedEnd',
    limit: 1,
    depth: 0,
    select: { plannedEnd: true },
    // A derived date of the project, whatever the caller may read of its plan.
    overrideAccess: true,
    req,
  })
  await req.payload.update({
    collection: 'projects',
    id: projectId,
    data: { plannedEnd: docs[0]?.plannedEnd ?? null },
    depth: 0,
    overrideAccess: true,
    req,
  })
}

/**
 * After a save of the plan (which may have pushed others), the project's planned end follows, and
 * the former project's when the activity moved. Only for saves that may move the plan, which
 * locked the project first (lockPlan.ts): a step of the activity's flow writes no project.
 */
export const keepProjectEnd: CollectionAfterChangeHook = async ({ data, doc, operation, previousDoc, req }) => {
  if (req.context[WRITING_PLAN] || !movesPlan(operation, data, previousDoc)) return doc
  const projectId = idOf(doc.project)
  const formerId = idOf(previousDoc?.project)
  if (projectId !== null) await refreshPlannedEnd(req, projectId)
  if (formerId !== null && String(formerId) !== String(projectId)) await refreshPlannedEnd(req, formerId)
  return doc
}

/** After an activity is deleted (its project locked by lockProjectBeforeDelete), the planned end follows the rest. */
export const keepProjectEndAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (req.context[WRITING_PLAN]) return doc
  const projectId = idOf(doc.project)
  if (projectId !== null) await refreshPlannedEnd(req, projectId)
  return doc
}
