import { searchSource } from '@/hooks/search/source'
import type { Ticket } from '@/payload-types'

/** Tickets by number and title. */
export const supportSearchSources = [
  searchSource<Pick<Ticket, 'id' | 'number' | 'title'>>({
    collection: 'tickets',
    order: 70,
    fields: ['number', 'title'],
    sort: '-createdAt',
    select: { number: true, title: true },
    toItem: (ticket) => ({ title: ticket.title, subtitle: ticket.number ?? null }),
  }),
]
