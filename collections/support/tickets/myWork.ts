import type { PayloadRequest } from 'payload'

import { ROWS_PER_SECTION } from '@/hooks/myWork/limits'
import { mayRead } from '@/access/mayRead'
import { contentLocale, fieldOf } from '@/lib/relations'
import { stateLabels, stateOf } from '@/hooks/workflow/stateLabels'
import type { Section, Workflowed } from '@/hooks/myWork/types'

export interface MyTicketRow extends Workflowed {
  id: number
  number: string | null
  title: string
  client: string | null
  type: string | null
  priority: { label: string | null; number: number | null } | null
  dueDate: string | null
}

/** Tickets still being worked on, by the category of their state. */
export type WorkingCategory = 'open' | 'active' | 'waiting'

export interface TicketSection extends Section<MyTicketRow> {
  /** How many of each category there are: the rows may show only the first categories' tickets. */
  byCategory: Record<WorkingCategory, number>
}

/** The order the user works in: not yet started, in progress, waiting for someone else. */
export const WORKING_ORDER: WorkingCategory[] = ['open', 'active', 'waiting']

/**
 * The tickets the user is responsible for that are still being worked on, open ones first, then
 * active, then waiting, each by due date. One query per category keeps that order in the database
 * (the category names do not sort that way). With more than a page of work the rows stop inside
 * the first categories; `byCategory` still counts them all.
 */
export async function myTickets(req: PayloadRequest, me: number, now: Date): Promise<TicketSection> {
  if (!(await mayRead(req, 'tickets')))
    return { readable: false, total: 0, rows: [], byCategory: { open: 0, active: 0, waiting: 0 } }
  const [labels, ...pages] = await Promise.all([
    stateLabels(req, 'tickets'),
    ...WORKING_ORDER.map((category) =>
      req.payload.find({
        collection: 'tickets',
        where: { and: [{ responsible: { equals: me } }, { statusCategory: { equals: category } }] },
        sort: ['dueDate', 'id'],
        limit: ROWS_PER_SECTION,
        depth: 1,
        select: {
          number: true,
          title: true,
          client: true,
          type: true,
          priority: true,
          dueDate: true,
          status: true,
          statusCategory: true,
        },
        populate: {
          clients: { name: true },
          'ticket-types': { name: true },
          nomenclators: { label: true, number: true },
        },
        locale: contentLocale(req),
        user: req.user,
        overrideAccess: false,
        req,
      }),
    ),
  ])
  const rows = pages
    .flatMap((page) => page.docs)
    .slice(0, ROWS_PER_SECTION)
    .map((ticket): MyTicketRow => ({
      id: ticket.id,
      number: ticket.number ?? null,
      title: ticket.title,
      client: fieldOf(ticket.client, 'name'),
      type: fieldOf(ticket.type, 'name'),
      priority:
        ticket.priority && typeof ticket.priority === 'object'
          ? { label: ticket.priority.label ?? null, number: ticket.priority.number ?? null }
          : null,
      dueDate: ticket.dueDate ?? null,
      ...stateOf(labels, ticket),
      overdue: Boolean(ticket.dueDate && new Date(ticket.dueDate) < now),
    }))
  const byCategory = Object.fromEntries(WORKING_ORDER.map((category, i) => [category, pages[i].totalDocs])) as Record<
    WorkingCategory,
    number
  >
  return { readable: true, total: pages.reduce((sum, page) => sum + page.totalDocs, 0), rows, byCategory }
}
