import type { Where } from 'payload'

import type { HomeMoment } from './types'

/**
 * Date conditions in the settings' time zone, as list filters: a day field is past due from the day
 * after its day (its instant is before today's first), a moment from that moment.
 */
export const onToday = (field: string, { dayStart, dayEnd }: HomeMoment): Where[] => [
  { [field]: { greater_than_equal: dayStart.toISOString() } },
  { [field]: { less_than: dayEnd.toISOString() } },
]

/** The day is over: its record is past due today (dayIn(value) < today, said as a filter). */
export const beforeToday = (field: string, { dayStart }: HomeMoment): Where => ({
  [field]: { less_than: dayStart.toISOString() },
})

/** The moment has passed. */
export const beforeNow = (field: string, { now }: HomeMoment): Where => ({ [field]: { less_than: now.toISOString() } })
