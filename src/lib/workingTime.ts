import { addDays, dayIn, instantAt, timeIn, weekdayOf } from './timeZone'

/** The company's working week (settings → time): which days, and the hours of a working day. */
export interface WorkingWeek {
  timeZone: string
  /** 'mon' … 'sun' */
  workingDays: string[]
  /** 'HH:MM' */
  workStart: string
  workEnd: string
}

const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
const minutesOf = (time: string) => {
  const [h, m] = time.split(':').map(Number)
  return h * 60 + m
}

/**
 * The instant `hours` working hours after `start`: time outside the working day and on days off
 * does not count (an SLA of 8 h opened on Friday at 15:00 falls due on Monday at 15:00 with a
 * 09–17 day). A start outside working time counts from the next working moment. Hours may be
 * fractional; zero gives the next working moment.
 */
export function addWorkingHours(start: Date, hours: number, week: WorkingWeek): Date {
  const open = minutesOf(week.workStart)
  const close = minutesOf(week.workEnd)
  const working = new Set(week.workingDays)
  if (close <= open || !WEEKDAY_KEYS.some((d) => working.has(d))) {
    throw new Error('The working week has no working time: check the working days and hours in the settings.')
  }
  let remaining = Math.round(hours * 60)
  let day = dayIn(start, week.timeZone)
  let from = Math.max(open, minutesOf(timeIn(start, week.timeZone)))
  for (;;) {
    if (working.has(WEEKDAY_KEYS[weekdayOf(day)]) && from < close) {
      const available = close - from
      if (remaining <= available) {
        const at = from + remaining
        return instantAt(
          day,
          `${String(Math.floor(at / 60)).padStart(2, '0')}:${String(at % 60).padStart(2, '0')}`,
          week.timeZone,
        )
      }
      remaining -= available
    }
    day = addDays(day, 1)
    from = open
  }
}
