import type { CollectionSlug } from 'payload'

import type { Bilingual } from '@/lib/i18n'

export type Language = 'en' | 'ro'

/**
 * A field the global search looks in: a text, textarea or email field of the collection's own
 * table (not localized, not inside an array or block), so that one trigram index serves it.
 */
export interface SearchField {
  field: string
  /**
   * The whole query made to fit this field (a fiscal code without its "RO" and spaces), compared
   * with it besides the words; null leaves this field to the words alone for this query.
   */
  wholeQuery?: (query: string) => string | null
}

/** What a source says about one of its records; the engine adds its id and address. */
export interface SearchItemText {
  title: string
  subtitle: string | null
}

/** How one collection is searched and how its records read in the results (R34). */
export interface SearchSource {
  collection: CollectionSlug
  /** The group's name; by default the collection's plural label. */
  label?: Bilingual
  /** Place of its group among the others, low first: modules add theirs in any order. */
  order: number
  /** A query matches a record when each of its words is in one of these fields. */
  fields: (string | SearchField)[]
  /** The order of the records shown (the group's total counts them all). */
  sort: string | string[]
  /** Only the fields `toItem` needs. */
  select: Record<string, true>
  toItem: (doc: never, language: Language) => SearchItemText
}

/** One record in the answer of GET /api/search. */
export interface SearchItem extends SearchItemText {
  id: number | string
  /** The record's page in the admin panel. */
  url: string
}

/** The records of one kind the reader may read, the first `limit` of them. */
export interface SearchGroup {
  kind: string
  label: string
  /** How many match, counted up to 100 (run.ts COUNT_CAP). */
  total: number
  /** True when more than `total` match (shown as "100+"). */
  more: boolean
  items: SearchItem[]
}

export interface SearchAnswer {
  groups: SearchGroup[]
}
