import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '@/lib/ids'
import { lockProjects } from '../projects/lock'

/**
 * An entry is filed under its activity's project and team, so the project's team sees it. The
 * project's row (and the former project's, when the entry moves to another plan) is locked here,
 * before the entry is written: the activity's spent effort and the project's spent hours are then
 * summed and written by one save at a time (spentEffort.ts), in the order every save of the plan
 * takes its locks (projects/lock.ts).
 */
export const fileUnderActivity: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const activityId = idOf(data.activity ?? originalDoc?.activity)
  if (activityId === null) return data
  const activity = await req.payload.findByID({
    collection: 'project-activities',
    id: activityId,
    depth: 0,
    disableErrors: true,
    select: { project: true, team: true },
    // Copies where the activity is filed; whether the caller may work on it is the parent rule's call.
    overrideAccess: true,
    req,
  })
  if (!activity) return data
  await lockProjects(req, [idOf(activity.project), idOf(originalDoc?.project)])
  data.project = idOf(activity.project)
  data.team = idOf(activity.team)
  return data
}
