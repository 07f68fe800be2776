import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '@/lib/ids'

/** An activity belongs to its project's team, and its owner (who validates it) is the project's manager. */
export const followProject: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const projectId = idOf(data.project ?? originalDoc?.project)
  if (projectId === null) return data
  const project = await req.payload.findByID({
    collection: 'projects',
    id: projectId,
    depth: 0,
    disableErrors: true,
    select: { team: true, manager: true },
    // Copies the project's team and manager to file the activity, nothing shown to the caller.
    overrideAccess: true,
    req,
  })
  if (!project) return data
  data.team = idOf(project.team)
  data.projectManager = idOf(project.manager)
  return data
}
