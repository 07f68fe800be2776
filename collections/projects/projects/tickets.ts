import type { Endpoint, PayloadRequest } from 'payload'

import { requireSession } from '@/access/engine'
import { notFound } from '@/lib/errors'
import { idOf, recordIdOf } from '@/lib/ids'
import { stateLabels, stateOf } from '@/hooks/workflow/stateLabels'

/** The most tickets the project page lists; past it, it says how many there are. */
export const PROJECT_TICKETS_SHOWN = 100

export interface ProjectTicketRow {
  id: number
  number: string | null
  title: string
  statusLabel: string | null
  statusCategory: string | null
  /** The activity it is about, or null when it is about the project itself. */
  activity: { id: number; title: string } | null
}

export interface ProjectTicketsAnswer {
  rows: ProjectTicketRow[]
  /** All that match; more than the rows when only the newest were listed. */
  totalDocs: number
}

/**
 * The tickets about a project or one of its activities (R29), newest first. A join on the
 * polymorphic `concerns` works in Payload 3.90.1 but reaches only the project itself, so the
 * activities are looked up here: all of the plan (the caller reads the project), and the tickets
 * with the caller's own access. Null when the caller may not read the project.
 */
export async function projectTicketsOf(req: PayloadRequest, projectId: number): Promise<ProjectTicketsAnswer | null> {
  const project = await req.payload.findByID({
    collection: 'projects',
    id: projectId,
    depth: 0,
    select: { name: true },
    disableErrors: true,
    user: req.user,
    overrideAccess: false,
    req,
  })
  if (!project) return null
  // Without the support module there are no tickets.
  if (!('tickets' in req.payload.collections)) return { rows: [], totalDocs: 0 }
  const { docs: activities } = await req.payload.find({
    collection: 'project-activities',
    where: { project: { equals: projectId } },
    select: { title: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const titles = new Map(activities.map((a) => [Number(a.id), String(a.title ?? '')]))
  const tickets = await req.payload.find({
    collection: 'tickets',
    where: {
      or: [
        { and: [{ 'concerns.relationTo': { equals: 'projects' } }, { 'concerns.value': { equals: projectId } }] },
        ...(titles.size > 0
          ? [
              {
                and: [
                  { 'concerns.relationTo': { equals: 'project-activities' } },
                  { 'concerns.value': { in: [...titles.keys()] } },
                ],
              },
            ]
          : []),
      ],
    },
    select: { number: true, title: true, status: true, statusCategory: true, concerns: true },
    depth: 0,
    sort: '-createdAt',
    limit: PROJECT_TICKETS_SHOWN,
    user: req.user,
    overrideAccess: false,
    req,
  })
  const labels = await stateLabels(req, 'tickets')
  const rows = tickets.docs.map((ticket): ProjectTicketRow => {
    const concerns = ticket.concerns as { relationTo?: string; value?: unknown } | null | undefined
    const activityId = concerns?.relationTo === 'project-activities' ? Number(idOf(concerns.value)) : null
    const state = stateOf(labels, ticket as { status?: string | null; statusCategory?: string | null })
    return {
      id: Number(ticket.id),
      number: (ticket.number as string | null | undefined) ?? null,
      title: String(ticket.title ?? ''),
      statusLabel: state.statusLabel,
      statusCategory: state.statusCategory,
      activity: activityId === null ? null : { id: activityId, title: titles.get(activityId) ?? String(activityId) },
    }
  })
  return { rows, totalDocs: tickets.totalDocs }
}

/** `GET /api/projects/:id/tickets`: the tickets the caller may read about the project or its activities. */
export const projectTicketsEndpoint: Endpoint = {
  path: '/:id/tickets',
  method: 'get',
  handler: async (req) => {
    requireSession(req)
    const missing = { en: 'Project not found.', ro: 'Proiectul nu a fost găsit.' }
    const id = recordIdOf(req.routeParams?.id)
    const answer = id === null ? null : await projectTicketsOf(req, id)
    if (!answer) throw notFound(req, missing)
    return Response.json(answer)
  },
}
