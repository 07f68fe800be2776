import type { StateCategory } from '@/hooks/workflow/types'

/** The collections whose dated records the calendar shows. */
export type CalendarCollection = 'todos' | 'marketing-actions' | 'prospects' | 'opportunities'

/** A todo's type, or what a dated record of another collection stands for. */
export type CalendarKind = 'call' | 'meeting' | 'email' | 'task' | 'visit' | 'marketing-action' | 'prospect-next-step' | 'opportunity-close'

/** One item of GET /api/calendar/events, also what the iCalendar feed is written from. */
export interface CalendarEvent {
  /** `<collection>:<recordId>`, unique across collections. */
  id: string
  collection: CalendarCollection
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
