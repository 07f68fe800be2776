'use client'
import { dayLabel } from './days'

/** Weekday names over a grid, Monday first, taken from its first week. */
export const WeekdayHeader = ({ days, locale }: { days: string[]; locale: string }) =>
  days.slice(0, 7).map((day) => (
    <div key={day} className="calendar-grid__weekday">
      {dayLabel(day, locale, { weekday: 'short' })}
    </div>
  ))
