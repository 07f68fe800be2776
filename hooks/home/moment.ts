import { addDays, dayIn, instantAt } from '@/lib/timeZone'
import type { HomeMoment } from './types'

/**
 * Today's bounds at `now` on the wall clock of `timeZone`: from its midnight to the next one, so a
 * day is 23 or 25 hours long when the clock changes.
 */
export function homeMoment(now: Date, timeZone: string): HomeMoment {
  const today = dayIn(now, timeZone)
  return {
    now,
    timeZone,
    today,
    dayStart: instantAt(today, '00:00', timeZone),
    dayEnd: instantAt(addDays(today, 1), '00:00', timeZone),
  }
}
