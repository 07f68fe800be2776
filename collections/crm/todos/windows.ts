import type { Where } from 'payload'

import { dayIn } from '@/lib/timeZone'

/**
 * When a todo is today's work or past due, shared by My work (the rows) and the home page (the
 * figures). Conditions come as alternatives (any) of conditions (all), Payload's list filter shape.
 */

/** Still work to do: done and cancelled todos are no longer work. */
export const todoStillOpen: Where = { statusCategory: { in: ['open', 'active', 'waiting'] } }

/** Due today or starting today, between today's bounds in the settings' time zone. */
export const dueOrStartingToday = (dayStart: Date, dayEnd: Date): Where[][] => [
  [{ due: { greater_than_equal: dayStart.toISOString() } }, { due: { less_than: dayEnd.toISOString() } }],
  [{ start: { greater_than_equal: dayStart.toISOString() } }, { start: { less_than: dayEnd.toISOString() } }],
]

/** Past due: an all-day todo from its day after, a timed one from its due moment. */
export const pastDue = (now: Date, dayStart: Date): Where[][] => [
  [{ allDay: { equals: true } }, { due: { less_than: dayStart.toISOString() } }],
  [{ allDay: { not_equals: true } }, { due: { less_than: now.toISOString() } }],
]

/** The same decision for one todo already read. */
export function isOverdue(todo: { due?: string | null; allDay?: boolean | null }, now: Date, timeZone: string) {
  if (!todo.due) return false
  return todo.allDay ? dayIn(todo.due, timeZone) < dayIn(now, timeZone) : new Date(todo.due) < now
}
