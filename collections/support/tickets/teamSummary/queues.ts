import type { PayloadRequest } from 'payload'

import { ROWS_PER_SECTION } from '@/hooks/myWork/limits'
import { contentLocale, fieldOf, numericId } from '@/lib/relations'
import type { ActionToValidate, Queue, UnassignedTicket } from './types'

/**
 * New tickets nobody handles yet: no responsible and still in an open-category state (the flow's
 * initial state, whatever it is called), the most urgent due date first.
 */
export async function unassignedTickets(req: PayloadRequest, now: Date): Promise<Queue<UnassignedTicket>> {
  const page = await req.payload.find({
    collection: 'tickets',
    where: { and: [{ responsible: { exists: false } }, { statusCategory: { equals: 'open' } }] },
    sort: ['dueDate', 'id'],
    limit: ROWS_PER_SECTION,
    depth: 1,
    select: {
      number: true,
      title: true,
      client: true,
      type: true,
      priority: true,
      team: true,
      dueDate: true,
      createdAt: true,
    },
    populate: {
      clients: { name: true },
      'ticket-types': { name: true },
      nomenclators: { label: true },
      teams: { name: true },
    },
    locale: contentLocale(req),
    user: req.user,
    overrideAccess: false,
    req,
  })
  const rows = page.docs.map((ticket): UnassignedTicket => ({
    id: ticket.id,
    number: ticket.number ?? null,
    title: ticket.title,
    client: fieldOf(ticket.client, 'name'),
    type: fieldOf(ticket.type, 'name'),
    priority: fieldOf(ticket.priority, 'label'),
    team: fieldOf(ticket.team, 'name'),
    dueDate: ticket.dueDate ?? null,
    overdue: Boolean(ticket.dueDate && new Date(ticket.dueDate) < now),
    createdAt: ticket.createdAt,
  }))
  return { total: page.totalDocs, rows }
}

/**
 * Ticket actions their responsible marked done, waiting for a manager to validate or send back
 * (the waiting category of the ticket-action flow), oldest first.
 */
export async function actionsToValidate(req: PayloadRequest): Promise<Queue<ActionToValidate>> {
  const page = await req.payload.find({
    collection: 'ticket-actions',
    where: { statusCategory: { equals: 'waiting' } },
    sort: ['doneAt', 'id'],
    limit: ROWS_PER_SECTION,
    depth: 1,
    select: { title: true, ticket: true, responsible: true, doneAt: true, result: true },
    populate: { tickets: { number: true, title: true }, users: { name: true } },
    disableErrors: true,
    user: req.user,
    overrideAccess: false,
    req,
  })
  const rows = page.docs.map((action): ActionToValidate => {
    const ticketId = numericId(action.ticket)
    const responsibleId = numericId(action.responsible)
    return {
      id: action.id,
      title: action.title,
      ticket:
        ticketId === null
          ? null
          : { id: ticketId, number: fieldOf(action.ticket, 'number'), title: fieldOf(action.ticket, 'title') },
      responsible: responsibleId === null ? null : { id: responsibleId, name: fieldOf(action.responsible, 'name') },
      doneAt: action.doneAt ?? null,
      result: action.result ?? null,
    }
  })
  return { total: page.totalDocs, rows }
}
