import { addDays, daysBetween, isDay, weekdayOf } from '@/lib/timeZone'

import type { TimesheetRow } from './types'

/**
 * The timesheet's arithmetic, pure (no Payload, no clock), shared by the endpoint and the page:
 * ISO weeks (Monday to Sunday, week 1 holds 4 January), hours in quarters, the grid's totals.
 */

/** Hours are entered in quarters of an hour. */
export const HOURS_STEP = 0.25

/** Two decimals at most: a sum of quarters never shows 7.750000000001. */
export const round2 = (n: number) => Math.round(n * 100) / 100

/** The Monday of the week a day is in. */
export const mondayOf = (day: string) => addDays(day, -weekdayOf(day))

/** The seven days of the week starting on `monday`. */
export const daysOfWeek = (monday: string) => Array.from({ length: 7 }, (_, i) => addDays(monday, i))

const pad2 = (n: number) => String(n).padStart(2, '0')

/** The ISO week a day is in, written `YYYY-Www` (the year of its Thursday). */
export function isoWeekOf(day: string): string {
  const monday = mondayOf(day)
  const year = Number(addDays(monday, 3).slice(0, 4))
  const firstMonday = mondayOf(`${year}-01-04`)
  return `${year}-W${pad2(daysBetween(firstMonday, monday) / 7 + 1)}`
}

/** The Monday of an ISO week written `YYYY-Www` (or `YYYYWww`, any case); null when there is no such week. */
export function mondayOfIsoWeek(text: string): string | null {
  const match = /^(\d{4})-?W(\d{1,2})$/i.exec(text.trim())
  if (!match) return null
  const [year, week] = [Number(match[1]), Number(match[2])]
  if (year < 1900 || week < 1 || week > 53) return null
  const monday = addDays(mondayOf(`${year}-01-04`), 7 * (week - 1))
  // Week 53 of a year that has 52 is the next year's first: not this week.
  return isDay(monday) && isoWeekOf(monday) === `${year}-W${pad2(week)}` ? monday : null
}

/** Each row's total, each day's and the week's, from the cells. */
export function totalsOf(rows: Pick<TimesheetRow, 'cells'>[]): { rows: number[]; days: number[]; week: number } {
  const days = Array.from({ length: 7 }, () => 0)
  const totals = rows.map((row) =>
    round2(
      row.cells.reduce((sum, cell, i) => {
        days[i] += cell.hours
        return sum + cell.hours
      }, 0),
    ),
  )
  return { rows: totals, days: days.map(round2), week: round2(totals.reduce((a, b) => a + b, 0)) }
}
