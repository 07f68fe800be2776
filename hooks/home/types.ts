import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import type { Bilingual } from '@/lib/i18n'

/** "Now" as the home page counts it: today's bounds on the wall clock of the settings' time zone. */
export interface HomeMoment {
  now: Date
  timeZone: string
  /** `YYYY-MM-DD` in the time zone. */
  today: string
  /** Today's first instant in the time zone. */
  dayStart: Date
  /** Tomorrow's first instant in the time zone (today ends just before it). */
  dayEnd: Date
}

/** What a figure's conditions may depend on besides the moment. */
export interface HomeContext extends HomeMoment {
  req: PayloadRequest
}

/** A condition on one field, as Payload's list filters write it (`{ dueDate: { less_than: ... } }`). */
export type Condition = Where

/**
 * One figure of a block: the records counted, as alternatives (any of them) each of conditions (all
 * of them), the shape Payload's list filters use, so the figure's link opens a list whose filter
 * bar shows exactly the counted records. "Whose" (mine, my team's) is added by the engine.
 */
export interface HomeFigureSource {
  key: string
  label: Bilingual
  /** Alternatives of conditions; null leaves the figure out (what it needs is missing). */
  conditions: (context: HomeContext) => Condition[][] | null | Promise<Condition[][] | null>
  /** The field naming the reader for this figure when it is not the block's (a section to approve: its offer's owner). */
  mine?: string
  /** Something to act on now (past due): shown marked. */
  alert?: boolean
  /**
   * An amount instead of a count: the sum of this number field over the counted records, in the
   * given currency (the conditions keep only records in it).
   */
  sum?: { field: string; currency: string }
}

/** A module's block on the home page (issue 14): one collection, a few figures. */
export interface HomeSource {
  key: string
  collection: CollectionSlug
  label: Bilingual
  /** Place among the blocks, low first: modules add theirs in any order. */
  order: number
  /** The field holding the person whose record it is (responsible, owner, recipient). */
  mine: string
  /** The field holding the team: a manager of teams also gets the team's figures. None: no team figures. */
  team?: string
  figures: HomeFigureSource[]
}

/** One figure in the answer: its value, how it reads, and the list showing the records counted. */
export interface HomeFigure {
  key: string
  label: string
  value: number
  /** The value as shown (a count, or an amount the Romanian way: 12.500,00 RON). */
  display: string
  /** The amount's currency; null for a count. */
  currency: string | null
  alert: boolean
  /** The admin list filtered to exactly these records. */
  href: string
}

export interface HomeBlock {
  key: string
  collection: string
  label: string
  mine: HomeFigure[]
  /** The managed teams' figures; null for someone who manages no team or a block without teams. */
  team: HomeFigure[] | null
}

/** GET /api/home and the home page. */
export interface HomeAnswer {
  timeZone: string
  today: string
  /** The teams the reader manages (their figures are the blocks' `team`). */
  teams: { id: number; name: string | null }[]
  blocks: HomeBlock[]
}
