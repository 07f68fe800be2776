'use client'
import { DayCell, type GridProps } from './DayCell'
import { WeekdayHeader } from './WeekdayHeader'

/** Whole weeks around a month; days of the neighbouring months are greyed. */
export function MonthGrid({ days, byDay, today, locale, anchor, ...day }: GridProps & { anchor: string }) {
  const month = anchor.slice(0, 7)
  return (
    <div className="calendar-grid" id="calendar-grid" data-mode="month">
      <WeekdayHeader days={days} locale={locale} />
      {days.map((d) => (
        <DayCell
          key={d}
          {...day}
          day={d}
          events={byDay.get(d) ?? []}
          number={String(Number(d.slice(8)))}
          className={`${d.slice(0, 7) === month ? '' : 'calendar-day--outside'}${d === today ? ' calendar-day--today' : ''}`}
        />
      ))}
    </div>
  )
}
