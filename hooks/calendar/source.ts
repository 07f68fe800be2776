import type { CollectionSlug, Where } from 'payload'

import { idOf } from '@/lib/ids'
import type { CalendarEvent, Period } from './types'

/** What a source says about one of its records; the reader adds id, collection and url. */
export type SourceItem = Omit<CalendarEvent, 'id' | 'collection' | 'recordId' | 'url'>

/** How one collection's dated records become calendar items. */
export interface CalendarSource {
  collection: CollectionSlug
  /** Tells apart two sources of one collection (a contract's end and its renewal decision): part of the item's id. */
  key?: string
  /** Only the fields the item needs. */
  select: Record<string, true>
  sort: string
  /** The records of these users that touch the period. */
  where: (owners: number[], period: Period) => Where
  /** `language`: the reader's, for titles the source writes itself. */
  toItem: (doc: never, owners: ReadonlySet<number>, language: 'en' | 'ro') => SourceItem
}

export const within = (field: string, { from, to }: Period): Where => ({
  and: [{ [field]: { greater_than_equal: from.toISOString() } }, { [field]: { less_than: to.toISOString() } }],
})

export const userId = (value: unknown) => Number(idOf(value))

/** Keeps each source's document type checked against its toItem. */
export const calendarSource = <Doc>(
  definition: Omit<CalendarSource, 'toItem'> & {
    toItem: (doc: Doc, owners: ReadonlySet<number>, language: 'en' | 'ro') => SourceItem
  },
) => definition as CalendarSource
