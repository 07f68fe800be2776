import type { PayloadRequest } from 'payload'

/** What every my-work section has; each module types its own rows (the views compose the answer). */

export type StateCategory = 'open' | 'active' | 'waiting' | 'done' | 'cancelled'

/** One list of the signed-in user's work: at most a page of rows, and how many there are in all. */
export interface Section<Row> {
  /** False when the user's roles read nothing of this kind: the views leave the section out. */
  readable: boolean
  total: number
  rows: Row[]
}

export interface Workflowed {
  status: string | null
  /** The state's label in the request's locale (the key when the flow has none). */
  statusLabel: string | null
  statusCategory: StateCategory | null
  overdue: boolean
}

/** A module's list on the user's my-work page: its key in the answer and how to read it. */
export interface MyWorkSource {
  key: string
  /** The collection listed: the navigation shows "My work" to whoever reads one of them. */
  collection: string
  read: (req: PayloadRequest, me: number, now: Date, timeZone: string) => Promise<Section<unknown>>
}
