/**
 * Dates as people here write them: day first (`02.12.2026`, `02.12.2026 10:00`, 24 h), read as wall
 * time in the application's time zone (Settings → time), stored as an ISO instant in UTC.
 * The date pickers and the custom views' day inputs share these formats and this reading, so a date
 * typed anywhere means the same day. Pure (date-fns and Intl only): runs in the browser and on the server.
 */
import { isValid, parse } from 'date-fns'

import { dayIn, instantAt, timeIn } from './timeZone'

/** What the fields show: day first in both languages, 24-hour clock. */
export const displayFormat = (language: string, withTime: boolean) => {
  const day = language === 'en' ? 'dd/MM/yyyy' : 'dd.MM.yyyy'
  return withTime ? `${day} HH:mm` : day
}

const SEPARATORS = ['.', '/', '-']
const DAYS = SEPARATORS.flatMap((s) => [`d${s}M${s}yyyy`, `d${s}M${s}yy`, `d${s}M`])
const ISO_DAYS = ['yyyy-MM-dd']
const TIMES = [' H:mm', ', H:mm', ' H.mm', "'T'HH:mm"]

/**
 * Every shape a typed date may take, day first; the first is the displayed one (react-datepicker
 * shows a value in the first format and reads typed text with all of them, never the US month/day).
 */
export function typedFormats(language: string, withTime: boolean): string[] {
  const days = [...DAYS, ...ISO_DAYS]
  const shapes = withTime ? [...days.flatMap((d) => TIMES.map((t) => d + t)), ...days] : days
  return [displayFormat(language, withTime), ...shapes]
}

const pad = (n: number) => String(n).padStart(2, '0')

/** A typed text as the wall date (and time) it names, or null when it is not a date. */
export function readWallTime(text: string, withTime: boolean, language = 'ro'): { day: string; time: string } | null {
  const value = text.trim()
  if (!value) return null
  // Without a year the current one is meant; parse() takes it from the reference date.
  const reference = new Date()
  for (const format of typedFormats(language, withTime)) {
    const parsed = parse(value, format, reference)
    if (!isValid(parsed) || parsed.getFullYear() < 1800) continue
    const day = `${parsed.getFullYear()}-${pad(parsed.getMonth() + 1)}-${pad(parsed.getDate())}`
    return { day, time: `${pad(parsed.getHours())}:${pad(parsed.getMinutes())}` }
  }
  return null
}

/**
 * The instant a typed date means in the time zone. A date without time is stored at 12:00 UTC of
 * the day, as Payload's day-only picker does, so it is the same day in every zone of Europe.
 */
export function parseTypedDate(
  text: string,
  options: { withTime: boolean; timeZone: string; language?: string },
): string | null {
  const wall = readWallTime(text, options.withTime, options.language)
  if (!wall) return null
  if (!options.withTime) return `${wall.day}T12:00:00.000Z`
  return instantAt(wall.day, wall.time, options.timeZone).toISOString()
}

/** How a stored instant reads in the time zone, in the display format. */
export function formatStoredDate(
  iso: string | null | undefined,
  options: { withTime: boolean; timeZone: string; language?: string },
): string {
  if (!iso || Number.isNaN(Date.parse(iso))) return ''
  const [y, m, d] = (options.withTime ? dayIn(iso, options.timeZone) : iso.slice(0, 10)).split('-')
  const separator = options.language === 'en' ? '/' : '.'
  const day = [d, m, y].join(separator)
  return options.withTime ? `${day} ${timeIn(iso, options.timeZone)}` : day
}

/**
 * The browser's picker (react-datepicker) shows and returns dates in the browser's own zone. These
 * two move a value between "instant" and "the same wall time in the browser's zone", so the picker
 * shows and takes the wall time of the application's time zone wherever the browser is.
 */
export function toPickerDate(iso: string, timeZone: string): Date {
  const [y, m, d] = dayIn(iso, timeZone).split('-').map(Number)
  const [hh, mm] = timeIn(iso, timeZone).split(':').map(Number)
  return new Date(y, m - 1, d, hh, mm)
}

export function fromPickerDate(picked: Date, timeZone: string): string {
  const day = `${picked.getFullYear()}-${pad(picked.getMonth() + 1)}-${pad(picked.getDate())}`
  return instantAt(day, `${pad(picked.getHours())}:${pad(picked.getMinutes())}`, timeZone).toISOString()
}

/** A `YYYY-MM-DD` day as typed text in the display format, and back (custom views' day inputs). */
export const dayToText = (day: string, language = 'ro') =>
  day ? formatStoredDate(`${day}T12:00:00.000Z`, { withTime: false, timeZone: 'UTC', language }) : ''
export const textToDay = (text: string, language = 'ro') => readWallTime(text, false, language)?.day ?? null
