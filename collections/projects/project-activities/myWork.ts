import type { PayloadRequest } from 'payload'

import { mayRead } from '@/access/mayRead'
import { ROWS_PER_SECTION } from '@/hooks/myWork/limits'
import type { Section, Workflowed } from '@/hooks/myWork/types'
import { stateLabels, stateOf } from '@/hooks/workflow/stateLabels'
import { fieldOf, numericId } from '@/lib/relations'
import { dayIn } from '@/lib/timeZone'

export interface MyProjectActivityRow extends Workflowed {
  id: number
  title: string
  project: { id: number; number: string | null; name: string | null } | null
  plannedStart: string | null
  plannedEnd: string | null
  percentComplete: number | null
  milestone: boolean
}

/** Planned and in progress: once done, the activity waits for the project manager's validation. */
export const STILL_TO_DO = ['open', 'active']

/**
 * The project activities the user is responsible for and has not yet done, by planned end, with
 * their project's number and name. Past due from the day after the planned end, in the settings'
 * time zone.
 */
export async function myProjectActivities(
  req: PayloadRequest,
  me: number,
  now: Date,
  timeZone: string,
): Promise<Section<MyProjectActivityRow>> {
  if (!(await mayRead(req, 'project-activities'))) return { readable: false, total: 0, rows: [] }
  const today = dayIn(now, timeZone)
  const [labels, page] = await Promise.all([
    stateLabels(req, 'project-activities'),
    req.payload.find({
      collection: 'project-activities',
      where: { and: [{ responsible: { equals: me } }, { statusCategory: { in: STILL_TO_DO } }] },
      sort: ['plannedEnd', 'id'],
      limit: ROWS_PER_SECTION,
      depth: 1,
      select: {
        title: true,
        project: true,
        plannedStart: true,
        plannedEnd: true,
        percentComplete: true,
        milestone: true,
        status: true,
        statusCategory: true,
      },
      populate: { projects: { number: true, name: true } },
      user: req.user,
      overrideAccess: false,
      req,
    }),
  ])
  const rows = page.docs.map((activity): MyProjectActivityRow => {
    const projectId = numericId(activity.project)
    return {
      id: activity.id,
      title: activity.title,
      project:
        projectId === null
          ? null
          : { id: projectId, number: fieldOf(activity.project, 'number'), name: fieldOf(activity.project, 'name') },
      plannedStart: activity.plannedStart ?? null,
      plannedEnd: activity.plannedEnd ?? null,
      percentComplete: activity.percentComplete ?? null,
      milestone: Boolean(activity.milestone),
      ...stateOf(labels, activity),
      overdue: Boolean(activity.plannedEnd && dayIn(activity.plannedEnd, timeZone) < today),
    }
  })
  return { readable: true, total: page.totalDocs, rows }
}
