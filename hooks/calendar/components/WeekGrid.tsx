'use client'
import { dayLabel } from './days'
import { DayCell, type GridProps } from './DayCell'
import { WeekdayHeader } from './WeekdayHeader'

/** One week, each day a tall column with its items in order. */
export function WeekGrid({ days, byDay, today, locale, ...day }: GridProps) {
  return (
    <div className="calendar-grid" id="calendar-grid" data-mode="week">
      <WeekdayHeader days={days} locale={locale} />
      {days.map((d) => (
        <DayCell
          key={d}
          {...day}
          day={d}
          events={byDay.get(d) ?? []}
          number={dayLabel(d, locale, { day: 'numeric', month: 'short' })}
          className={`calendar-day--week${d === today ? ' calendar-day--today' : ''}`}
        />
      ))}
    </div>
  )
}
