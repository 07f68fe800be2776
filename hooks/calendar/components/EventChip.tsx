'use client'
import type { CalendarEvent } from '../types'
import { dayIn, timeIn } from '@/lib/timeZone'
import { startDrag } from './drag'
import type { CalendarText } from './text'

/**
 * One item on a day: a link to its record. Todos can be dragged to another day; the rest follow
 * dates kept by their own records and workflows.
 */
export function EventChip({
  event,
  day,
  timeZone,
  text,
}: {
  event: CalendarEvent
  day: string
  timeZone: string
  text: CalendarText
}) {
  const draggable = event.collection === 'todos'
  const startsToday = dayIn(event.start, timeZone) === day
  const time = event.allDay ? null : startsToday ? timeIn(event.start, timeZone) : '…'
  const state = event.statusCategory === 'done' || event.statusCategory === 'cancelled' ? event.statusCategory : null
  const label = [text.kinds[event.kind], event.title, time ?? text.allDay, state && text.states[state]]
    .filter(Boolean)
    .join(' · ')
  return (
    <a
      href={event.url}
      className={`calendar-event calendar-event--${event.kind}${state ? ` calendar-event--${state}` : ''}`}
      data-event-id={event.id}
      data-status={event.statusCategory ?? undefined}
      draggable={draggable}
      title={label}
      onClick={(e) => e.stopPropagation()}
      onDragStart={(e) =>
        draggable ? startDrag(e.dataTransfer, { eventId: event.id, fromDay: day }, event.title) : e.preventDefault()
      }
    >
      {time ? <span className="calendar-event__time">{time}</span> : null}
      {event.title}
    </a>
  )
}
