import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { idOf } from '@/lib/ids'

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

/** After a save of the plan (which may have pushed others), the project's planned end follows. */
export const keepProjectEnd: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (req.context[WRITING_PLAN]) return doc
  const projectId = idOf(doc.project)
  if (projectId !== null) await refreshPlannedEnd(req, projectId)
  return doc
}
