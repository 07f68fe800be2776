import type { PayloadRequest } from 'payload'

import { mayRead } from '@/access/mayRead'
import { ROWS_PER_SECTION } from '@/hooks/myWork/limits'
import type { Section, Workflowed } from '@/hooks/myWork/types'
import { stateLabels, stateOf } from '@/hooks/workflow/stateLabels'
import { fieldOf, numericId } from '@/lib/relations'
import { dayIn } from '@/lib/timeZone'

export interface MyProjectDeliverableRow extends Workflowed {
  id: number
  name: string
  project: { id: number; number: string | null; name: string | null } | null
  dueDate: string | null
  needsAcceptance: boolean
}

/** In preparation, rejected, or submitted and waiting: not accepted yet (the flow's only final state). */
export const NOT_ACCEPTED = ['open', 'active', 'waiting']

/**
 * The project deliverables the user is responsible for and that are not accepted yet, by due date,
 * with their project's number and name. Past due from the day after the due day, in the settings'
 * time zone.
 */
export async function myProjectDeliverables(
  req: PayloadRequest,
  me: number,
  now: Date,
  timeZone: string,
): Promise<Section<MyProjectDeliverableRow>> {
  if (!(await mayRead(req, 'project-deliverables'))) return { readable: false, total: 0, rows: [] }
  const today = dayIn(now, timeZone)
  const [labels, page] = await Promise.all([
    stateLabels(req, 'project-deliverables'),
    req.payload.find({
      collection: 'project-deliverables',
      where: { and: [{ responsible: { equals: me } }, { statusCategory: { in: NOT_ACCEPTED } }] },
      sort: ['dueDate', 'id'],
      limit: ROWS_PER_SECTION,
      depth: 1,
      select: {
        name: true,
        project: true,
        dueDate: true,
        needsAcceptance: true,
        status: true,
        statusCategory: true,
      },
      populate: { projects: { number: true, name: true } },
      user: req.user,
      overrideAccess: false,
      req,
    }),
  ])
  const rows = page.docs.map((deliverable): MyProjectDeliverableRow => {
    const projectId = numericId(deliverable.project)
    return {
      id: deliverable.id,
      name: deliverable.name,
      project:
        projectId === null
          ? null
          : {
              id: projectId,
              number: fieldOf(deliverable.project, 'number'),
              name: fieldOf(deliverable.project, 'name'),
            },
      dueDate: deliverable.dueDate ?? null,
      needsAcceptance: Boolean(deliverable.needsAcceptance),
      ...stateOf(labels, deliverable),
      overdue: Boolean(deliverable.dueDate && dayIn(deliverable.dueDate, timeZone) < today),
    }
  })
  return { readable: true, total: page.totalDocs, rows }
}
