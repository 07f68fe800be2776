import type { PayloadRequest } from 'payload'

/** What `GET /api/my-work` answers; the admin views read the same types. */

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

export interface MyTicketRow extends Workflowed {
  id: number
  number: string | null
  title: string
  client: string | null
  type: string | null
  priority: { label: string | null; number: number | null } | null
  dueDate: string | null
}

export interface MyActionRow extends Workflowed {
  id: number
  title: string
  ticket: { id: number; number: string | null; title: string | null } | null
  type: string | null
  plannedAt: string | null
}

export interface MyTodoRow extends Workflowed {
  id: number
  title: string
  type: string
  start: string | null
  due: string | null
  allDay: boolean
  client: string | null
}

/** Tickets still being worked on, by the category of their state. */
export type WorkingCategory = 'open' | 'active' | 'waiting'

export interface TicketSection extends Section<MyTicketRow> {
  /** How many of each category there are: the rows may show only the first categories' tickets. */
  byCategory: Record<WorkingCategory, number>
}

export interface MyWorkAnswer {
  /** The settings' time zone: "today" and the times shown are counted in it. */
  timeZone: string
  today: string
  tickets: TicketSection
  actions: Section<MyActionRow>
  todos: Section<MyTodoRow>
}

/** A module's list on the user's my-work page: its key in the answer and how to read it. */
export interface MyWorkSource {
  key: string
  /** The collection listed: the navigation shows "My work" to whoever reads one of them. */
  collection: string
  read: (req: PayloadRequest, me: number, now: Date, timeZone: string) => Promise<Section<unknown>>
}
