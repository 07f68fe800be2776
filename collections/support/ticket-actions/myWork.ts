import type { PayloadRequest } from 'payload'

import { ROWS_PER_SECTION } from '@/hooks/myWork/limits'
import { mayRead } from '@/access/mayRead'
import { contentLocale, fieldOf, numericId } from '@/lib/relations'
import { stateLabels, stateOf } from '@/hooks/workflow/stateLabels'
import type { Section, Workflowed } from '@/hooks/myWork/types'

export interface MyActionRow extends Workflowed {
  id: number
  title: string
  ticket: { id: number; number: string | null; title: string | null } | null
  type: string | null
  plannedAt: string | null
}

/** Still to carry out: open or sent back (category open); done ones wait for a manager. */
export const actionToCarryOut = { statusCategory: { equals: 'open' } }

/**
 * The ticket actions the user still has to carry out (open or sent back: category open), by
 * planned date. Done actions wait for a manager and are no longer the user's work.
 */
export async function myActions(req: PayloadRequest, me: number, now: Date): Promise<Section<MyActionRow>> {
  if (!(await mayRead(req, 'ticket-actions'))) return { readable: false, total: 0, rows: [] }
  const [labels, page] = await Promise.all([
    stateLabels(req, 'ticket-actions'),
    req.payload.find({
      collection: 'ticket-actions',
      where: { and: [{ responsible: { equals: me } }, actionToCarryOut] },
      sort: ['plannedAt', 'id'],
      limit: ROWS_PER_SECTION,
      depth: 1,
      select: { title: true, ticket: true, type: true, plannedAt: true, status: true, statusCategory: true },
      populate: { tickets: { number: true, title: true }, nomenclators: { label: true } },
      locale: contentLocale(req),
      user: req.user,
      overrideAccess: false,
      req,
    }),
  ])
  const rows = page.docs.map((action): MyActionRow => {
    const ticketId = numericId(action.ticket)
    return {
      id: action.id,
      title: action.title,
      ticket:
        ticketId === null
          ? null
          : { id: ticketId, number: fieldOf(action.ticket, 'number'), title: fieldOf(action.ticket, 'title') },
      type: fieldOf(action.type, 'label'),
      plannedAt: action.plannedAt ?? null,
      ...stateOf(labels, action),
      overdue: Boolean(action.plannedAt && new Date(action.plannedAt) < now),
    }
  })
  return { readable: true, total: page.totalDocs, rows }
}
