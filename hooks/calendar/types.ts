import type { StateCategory } from '@/hooks/workflow/types'

/** A todo's type, or what a dated record of another collection stands for. */
export type CalendarKind = string

/** One item of GET /api/calendar/events, also what the iCalendar feed is written from. */
export interface CalendarEvent {
  /** `<collection>:<recordId>`, unique across collections (`:<source key>` after it when a record gives more than one date). */
  id: string
  collection: string
  recordId: number
  title: string
  /** ISO instant. For all-day items only its day in the calendar's time zone counts. */
  start: string
  end: string | null
  allDay: boolean
  kind: CalendarKind
  statusCategory: StateCategory | null
  /** The user whose calendar the item is on (responsible, owner or participant). */
  userId: number
  /** The record in the admin panel. */
  url: string
}

/** A half-open period [from, to). */
export interface Period {
  from: Date
  to: Date
}

export type { CalendarSource } from './source'
