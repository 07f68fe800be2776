import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '@/lib/ids'

/** An entry is filed under its activity's project and team, so the project's team sees it. */
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
  data.project = idOf(activity.project)
  data.team = idOf(activity.team)
  return data
}
