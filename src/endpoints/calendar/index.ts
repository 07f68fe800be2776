import type { Endpoint } from 'payload'

/** Placeholder: GET /api/calendar/events and the iCalendar feed. */
export const calendarEndpoints: Endpoint[] = []
