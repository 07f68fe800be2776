'use client'
import { useState } from 'react'

import type { CalendarEvent } from '../types'
import { carriesTodo, type Dragged, droppedTodo } from './drag'
import { EventChip } from './EventChip'
import type { CalendarText } from './text'

/** `2026-11-01` as people here write it: `01.11.2026`. */
const dayMonthYear = (day: string) => `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`

export interface DayProps {
  day: string
  events: CalendarEvent[]
  timeZone: string
  text: CalendarText
  /** Click on the day: a new todo on it. */
  onOpen: (day: string) => void
  /** A todo dropped on the day. */
  onDrop: (dragged: Dragged, day: string) => void
}

/** A day of the month or week grid: its number, its items, a click target and a drop target. */
export function DayCell({
  day,
  events,
  timeZone,
  text,
  onOpen,
  onDrop,
  className,
  number,
}: DayProps & { className: string; number: string }) {
  const [dropping, setDropping] = useState(false)
  return (
    <div
      className={`calendar-day ${className}${dropping ? ' calendar-day--drop' : ''}`}
      data-day={day}
      onClick={() => onOpen(day)}
      onDragOver={(e) => {
        if (!carriesTodo(e.dataTransfer)) return
        e.preventDefault()
        e.dataTransfer.dropEffect = 'move'
        setDropping(true)
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={(e) => {
        e.preventDefault()
        setDropping(false)
        const dragged = droppedTodo(e.dataTransfer)
        if (dragged && dragged.fromDay !== day) onDrop(dragged, day)
      }}
    >
      {/* The name starts with the number shown (screen readers and voice control match what is seen). */}
      <button
        type="button"
        className="calendar-day__number"
        aria-label={`${number}: ${text.newTodo} ${dayMonthYear(day)}`}
      >
        {number}
      </button>
      {events.map((event) => (
        <EventChip key={event.id} event={event} day={day} timeZone={timeZone} text={text} />
      ))}
    </div>
  )
}

/** What the month and week grids take: the days, their items, and what every day cell needs. */
export type GridProps = Omit<DayProps, 'day' | 'events'> & {
  days: string[]
  byDay: Map<string, CalendarEvent[]>
  today: string
  locale: string
}
