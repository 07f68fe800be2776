import { addDays, dayIn } from '@/lib/timeZone'
import type { CalendarEvent } from './types'

const encoder = new TextEncoder()
const MAX_OCTETS = 75

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values. */
export const escapeText = (value: string) =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')

/** RFC 5545 §3.1: lines longer than 75 octets go on in lines that start with a space, never inside a UTF-8 character. */
export function fold(line: string): string {
  const lines: string[] = []
  let current = ''
  let size = 0
  for (const char of line) {
    const octets = encoder.encode(char).length
    if (size + octets > MAX_OCTETS) {
      lines.push(current)
      current = ' '
      size = 1
    }
    current += char
    size += octets
  }
  lines.push(current)
  return lines.join('\r\n')
}

/** 20260310T080000Z */
const utc = (instant: Date | string) =>
  new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
/** 20260310 */
const date = (day: string) => day.replace(/-/g, '')

function eventLines(event: CalendarEvent, options: FeedOptions): string[] {
  const when = event.allDay
    ? [
        // A day in the calendar's time zone; DTEND is the day after the last one (exclusive).
        `DTSTART;VALUE=DATE:${date(dayIn(event.start, options.timeZone))}`,
        `DTEND;VALUE=DATE:${date(addDays(dayIn(event.end ?? event.start, options.timeZone), 1))}`,
        // Deadlines and whole days do not make the person busy.
        'TRANSP:TRANSPARENT',
      ]
    : [
        `DTSTART:${utc(event.start)}`,
        ...(event.end && Date.parse(event.end) > Date.parse(event.start) ? [`DTEND:${utc(event.end)}`] : []),
      ]
  return [
    'BEGIN:VEVENT',
    // From the event's id, unique even when one record gives several dates (`todos-5`, `contracts-7-end`).
    `UID:${event.id.replace(/:/g, '-')}@organizecrm`,
    `DTSTAMP:${utc(options.now)}`,
    ...when,
    // Done items stay in the calendar, ticked.
    `SUMMARY:${escapeText(event.statusCategory === 'done' ? `✓ ${event.title}` : event.title)}`,
    `URL:${options.serverURL}${event.url}`,
    ...(event.statusCategory === 'cancelled' ? ['STATUS:CANCELLED'] : []),
    'END:VEVENT',
  ]
}

export interface FeedOptions {
  /** Shown by calendar applications as the subscription's name. */
  name: string
  timeZone: string
  /** Where the records' links point: the application's public address. */
  serverURL: string
  now: Date
}

/** A whole iCalendar (RFC 5545) document: CRLF line ends, folded lines, UTC times and local dates. */
export function toICalendar(events: CalendarEvent[], options: FeedOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//OrganizeCRM//Calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    `X-WR-TIMEZONE:${options.timeZone}`,
    // How often subscribers should fetch it again (RFC 7986, and Outlook's older name for it).
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
    ...events.flatMap((event) => eventLines(event, options)),
    'END:VCALENDAR',
  ]
  return lines.map(fold).join('\r\n') + '\r\n'
}
