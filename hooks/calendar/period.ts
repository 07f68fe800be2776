import type { PayloadRequest } from 'payload'

import { refuse } from '@/lib/errors'
import { instantAt, isDay } from '@/lib/timeZone'
import type { Period } from './types'

const MAX_PERIOD_DAYS = 366
const DAY_MS = 86_400_000
/** A day, or a day and time with its offset: a time without one would be read in the server's zone. */
const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/

/** An ISO day (midnight in the calendar's time zone) or instant; null when it is neither. */
function parseInstant(raw: string, timeZone: string): Date | null {
  // An unencoded "+02:00" arrives as " 02:00" (a plus in a query string is a space).
  const value = raw.replace(/ (\d{2}:\d{2})$/, '+$1')
  const match = ISO_INSTANT.exec(value)
  if (!match || !isDay(match[1])) return null
  if (!match[2]) return instantAt(match[1], '00:00', timeZone)
  const instant = new Date(value)
  return Number.isNaN(instant.getTime()) ? null : instant
}

const invalidDate = (req: PayloadRequest, name: string) =>
  refuse(req, 400, {
    en: `"${name}" is not a valid date: use ISO 8601, e.g. 2026-03-01 or 2026-03-01T08:00:00Z.`,
    ro: `„${name}” nu este o dată validă: folosiți ISO 8601, de ex. 2026-03-01 sau 2026-03-01T08:00:00Z.`,
  })

/** The `from` / `to` query parameters of a calendar request, checked: 400 with the reason otherwise. */
export function requestedPeriod(req: PayloadRequest, timeZone: string): Period {
  const raw = { from: req.searchParams.get('from'), to: req.searchParams.get('to') }
  if (!raw.from || !raw.to) {
    throw refuse(req, 400, {
      en: 'Give the period as ?from=…&to=… (ISO 8601, e.g. from=2026-03-01&to=2026-04-01 or 2026-03-01T00:00:00Z).',
      ro: 'Indicați perioada prin ?from=…&to=… (ISO 8601, de ex. from=2026-03-01&to=2026-04-01 sau 2026-03-01T00:00:00Z).',
    })
  }
  const from = parseInstant(raw.from, timeZone)
  if (!from) throw invalidDate(req, 'from')
  const to = parseInstant(raw.to, timeZone)
  if (!to) throw invalidDate(req, 'to')
  if (from.getTime() >= to.getTime()) {
    throw refuse(req, 400, { en: '"from" must come before "to".', ro: '„from” trebuie să fie înaintea lui „to”.' })
  }
  if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * DAY_MS) {
    throw refuse(req, 400, {
      en: `The period can be at most ${MAX_PERIOD_DAYS} days long.`,
      ro: `Perioada poate avea cel mult ${MAX_PERIOD_DAYS} de zile.`,
    })
  }
  return { from, to }
}
