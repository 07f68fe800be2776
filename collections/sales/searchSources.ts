import { joinParts, searchSource } from '@/hooks/search/source'
import type { Offer } from '@/payload-types'

/** Offers by number, title and subject (the object of the offer). */
export const salesSearchSources = [
  searchSource<Pick<Offer, 'id' | 'number' | 'title' | 'subject'>>({
    collection: 'offers',
    order: 40,
    fields: ['number', 'title', 'subject'],
    sort: '-createdAt',
    select: { number: true, title: true, subject: true },
    toItem: (offer) => ({
      title: offer.title,
      subtitle: joinParts(offer.number, offer.subject && offer.subject.slice(0, 80)),
    }),
  }),
]
