import type { CalendarEvent } from '../types'
import { addDays, dayIn, weekdayOf } from '@/lib/timeZone'

export type Mode = 'month' | 'week' | 'agenda'
export const MODES: Mode[] = ['month', 'week', 'agenda']

const AGENDA_DAYS = 30

const monthStart = (day: string) => `${day.slice(0, 8)}01`
const nextMonth = (day: string) => {
  const [y, m] = day.split('-').map(Number)
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10)
}
const previousMonth = (day: string) => monthStart(addDays(monthStart(day), -1))

function span(first: string, last: string): string[] {
  const days = [first]
  while (days[days.length - 1] < last) days.push(addDays(days[days.length - 1], 1))
  return days
}

/** The days a mode shows around a day: whole weeks (Monday first) of its month, its week, or 30 days from it. */
export function visibleDays(mode: Mode, anchor: string): string[] {
  if (mode === 'week') return span(addDays(anchor, -weekdayOf(anchor)), addDays(anchor, 6 - weekdayOf(anchor)))
  if (mode === 'agenda') return span(anchor, addDays(anchor, AGENDA_DAYS - 1))
  const first = monthStart(anchor)
  const last = addDays(nextMonth(anchor), -1)
  return span(addDays(first, -weekdayOf(first)), addDays(last, 6 - weekdayOf(last)))
}

/** The day the previous / next period starts from. */
export function step(mode: Mode, anchor: string, direction: 1 | -1): string {
  if (mode === 'month') return direction === 1 ? nextMonth(anchor) : previousMonth(anchor)
  return addDays(anchor, direction * (mode === 'week' ? 7 : AGENDA_DAYS))
}

/** The days an item covers: its start day to its end day (an end at midnight ends the day before). */
function daysOf(event: CalendarEvent, timeZone: string): [string, string] {
  const first = dayIn(event.start, timeZone)
  if (!event.end || Date.parse(event.end) <= Date.parse(event.start)) return [first, first]
  const end = event.allDay ? new Date(event.end) : new Date(Date.parse(event.end) - 1)
  const last = dayIn(end, timeZone)
  return [first, last < first ? first : last]
}

/** The items on each visible day; one lasting several days is on each of them. */
export function eventsByDay(events: CalendarEvent[], days: string[], timeZone: string): Map<string, CalendarEvent[]> {
  const byDay = new Map(days.map((day) => [day, [] as CalendarEvent[]]))
  for (const event of events) {
    const [first, last] = daysOf(event, timeZone)
    for (const day of days) if (day >= first && day <= last) byDay.get(day)!.push(event)
  }
  return byDay
}

/** "martie 2026", "9 – 15 Mar 2026": what the toolbar says the period is. */
export function periodTitle(mode: Mode, anchor: string, days: string[], locale: string): string {
  const at = (day: string) => new Date(`${day}T12:00:00Z`)
  if (mode === 'month')
    return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(at(anchor))
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
  return format.formatRange(at(days[0]), at(days[days.length - 1]))
}

/** A day as people read it: "luni, 9 martie". */
export const dayLabel = (
  day: string,
  locale: string,
  options: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' },
) => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`))
