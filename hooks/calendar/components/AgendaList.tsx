'use client'
import type { CalendarEvent } from '../types'
import { dayLabel } from './days'
import { EventChip } from './EventChip'
import type { CalendarText } from './text'

/** The days that have items, one after another, with their items in order. */
export function AgendaList({
  days,
  byDay,
  timeZone,
  text,
  locale,
  onOpen,
}: {
  days: string[]
  byDay: Map<string, CalendarEvent[]>
  timeZone: string
  text: CalendarText
  locale: string
  onOpen: (day: string) => void
}) {
  const busy = days.filter((day) => (byDay.get(day) ?? []).length > 0)
  if (busy.length === 0) return <p className="calendar-notice">{text.empty}</p>
  return (
    <div className="calendar-agenda" id="calendar-grid" data-mode="agenda">
      {busy.map((day) => (
        <div key={day} className="calendar-agenda__day" data-day={day} onClick={() => onOpen(day)}>
          <div className="calendar-agenda__date">{dayLabel(day, locale)}</div>
          <div className="calendar-agenda__events">
            {byDay.get(day)!.map((event) => (
              <EventChip key={event.id} event={event} day={day} timeZone={timeZone} text={text} />
            ))}
          </div>
        </div>
      ))}
    </div>
  )
}
