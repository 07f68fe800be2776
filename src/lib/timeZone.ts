/**
 * Wall-clock dates in a named time zone with nothing but Intl, so the same code runs in the
 * browser (calendar view) and on the server (calendar endpoints, iCalendar feed).
 * A day is written `YYYY-MM-DD`, a time of day `HH:MM`.
 */
export const DEFAULT_TIME_ZONE = 'Europe/Bucharest'

const formatters = new Map<string, Intl.DateTimeFormat>()

function partsIn(instant: Date, timeZone: string) {
  let format = formatters.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formatters.set(timeZone, format)
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]))
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
  }
}

/** The day an instant falls on in the time zone. */
export function dayIn(instant: Date | string, timeZone: string): string {
  const p = partsIn(new Date(instant), timeZone)
  return `${p.year}-${p.month}-${p.day}`
}

/** The wall-clock time of an instant in the time zone. */
export function timeIn(instant: Date | string, timeZone: string): string {
  const p = partsIn(new Date(instant), timeZone)
  return `${p.hour}:${p.minute}`
}

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: Date, timeZone: string): number {
  const p = partsIn(instant, timeZone)
  const wall = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second)
  return wall - Math.floor(instant.getTime() / 1000) * 1000
}

/**
 * The instant at which the zone's clock shows `day` `time`. Twice through the offset settles the
 * days when the clock changes; a time skipped in spring lands an hour later, as calendars do.
 */
export function instantAt(day: string, time: string, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number)
  const [hh, mm] = time.split(':').map(Number)
  const wall = Date.UTC(y, m - 1, d, hh, mm)
  let guess = wall - offsetAt(new Date(wall), timeZone)
  guess = wall - offsetAt(new Date(guess), timeZone)
  return new Date(guess)
}

/** The day `days` after (or before, when negative) a day. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

/** Whole days from one day to another. */
export function daysBetween(from: string, to: string): number {
  const utc = (day: string) => {
    const [y, m, d] = day.split('-').map(Number)
    return Date.UTC(y, m - 1, d)
  }
  return Math.round((utc(to) - utc(from)) / 86_400_000)
}

/** 0 for Monday … 6 for Sunday, the week as it is counted in Romania. */
export function weekdayOf(day: string): number {
  const [y, m, d] = day.split('-').map(Number)
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7
}

export const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && addDays(value, 0) === value
