import { addDays, isDay, weekdayOf } from '@/lib/timeZone'

/**
 * Working-day arithmetic for project plans. Days are calendar days `YYYY-MM-DD`, with no time of
 * day and no time zone. A day is a working day when its weekday is one of the calendar's working
 * days and it is not a holiday.
 */
/**
 * The longest span a plan takes in working days (about ten years): offsets, durations and lags
 * beyond it are refused by the fields, before a date computed from them leaves the calendar.
 */
export const MAX_WORKING_DAYS = 2600

export interface WorkCalendar {
  /** 'mon' … 'sun' */
  workingDays: string[]
  /** 'YYYY-MM-DD' */
  holidays: string[]
}

/** Indexed like weekdayOf (0 = Monday); the same keys as the working week in settings → time. */
const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
/** Ten years without a working day means a broken calendar, not work that is far off. */
const MAX_GAP = 3660

/** The calendar as a test on days, refused when no weekday works (every search would run forever). */
function worksOn(cal: WorkCalendar): (day: string) => boolean {
  const weekdays = new Set(cal.workingDays)
  if (!WEEKDAY_KEYS.some((key) => weekdays.has(key))) {
    throw new Error('The work calendar has no working days: choose at least one working day of the week.')
  }
  const holidays = new Set(cal.holidays)
  return (day) => weekdays.has(WEEKDAY_KEYS[weekdayOf(day)]) && !holidays.has(day)
}

function checkDay(day: string) {
  if (!isDay(day)) throw new Error(`Not a day (YYYY-MM-DD): ${day}`)
}

/** The first working day from `day` on (step 1) or back (step -1), `day` itself included. */
function seek(day: string, step: 1 | -1, works: (day: string) => boolean): string {
  let at = day
  for (let i = 0; i <= MAX_GAP; i++, at = addDays(at, step)) if (works(at)) return at
  throw new Error(`No working day within ${MAX_GAP} days of ${day}: check the work calendar's holidays.`)
}

export function isWorkingDay(day: string, cal: WorkCalendar): boolean {
  checkDay(day)
  return worksOn(cal)(day)
}

/** `day` itself when it is a working day, else the next working day. */
export function nextWorkingDay(day: string, cal: WorkCalendar): string {
  checkDay(day)
  return seek(day, 1, worksOn(cal))
}

/**
 * The working day `n` working days after `day`, counted from nextWorkingDay(day) (so n = 0 gives
 * that day); a negative n counts back from it.
 */
export function addWorkingDays(day: string, n: number, cal: WorkCalendar): string {
  checkDay(day)
  if (!Number.isInteger(n)) throw new Error(`A number of working days must be whole: ${n}`)
  const works = worksOn(cal)
  const step = n < 0 ? -1 : 1
  let at = seek(day, 1, works)
  for (let left = Math.abs(n); left > 0; left--) at = seek(addDays(at, step), step, works)
  return at
}

/** Working days in [from, to], both included; 0 when `to` is before `from`. */
export function workingDaysBetween(from: string, to: string, cal: WorkCalendar): number {
  checkDay(from)
  checkDay(to)
  const works = worksOn(cal)
  let count = 0
  // ISO days compare as strings.
  for (let at = from; at <= to; at = addDays(at, 1)) if (works(at)) count++
  return count
}
