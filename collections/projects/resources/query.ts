import type { PayloadRequest } from 'payload'

import { badRequest } from '@/lib/errors'
import { isRecordId } from '@/lib/ids'
import { textToDay } from '@/lib/dates'
import { daysBetween, isDay } from '@/lib/timeZone'
import type { ResourceQuery } from './load'
import { mondayOf } from './weeks'

/** A year of weeks at most: longer is a different report. */
export const MAX_WEEKS = 53
export const DEFAULT_WEEKS = 12

/** A day written `dd.MM.yyyy` (as the views type it) or `YYYY-MM-DD`; null when it is neither. */
const readDay = (raw: string) =>
  isDay(raw) ? raw : /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(raw) ? textToDay(raw, 'ro') : null

function day(req: PayloadRequest, name: 'from' | 'to', fallback: string | null): string | null {
  const raw = (req.searchParams.get(name) ?? '').trim()
  if (!raw) return fallback
  const value = readDay(raw)
  if (!value) {
    throw badRequest(req, {
      en: `"${name}" must be a day written dd.MM.yyyy or YYYY-MM-DD (received "${raw}").`,
      ro: `„${name === 'from' ? 'De la' : 'Până la'}” trebuie să fie o zi scrisă zz.LL.aaaa sau AAAA-LL-ZZ (primit „${raw}”).`,
    })
  }
  return value
}

function id(req: PayloadRequest, name: 'team' | 'person'): number | undefined {
  const raw = (req.searchParams.get(name) ?? '').trim()
  if (!raw) return undefined
  if (!isRecordId(raw)) {
    throw badRequest(req, {
      en: `The ${name} filter must be a numeric id (received "${raw}").`,
      ro: `Filtrul ${name === 'team' ? 'de echipă' : 'de persoană'} trebuie să fie un id numeric (primit „${raw}”).`,
    })
  }
  return Number(raw)
}

const tooMany = (req: PayloadRequest, asked: string) =>
  badRequest(req, {
    en: `The grid shows from 1 to ${MAX_WEEKS} weeks (asked: ${asked}).`,
    ro: `Tabelul arată între 1 și ${MAX_WEEKS} de săptămâni (cerut: ${asked}).`,
  })

/**
 * The resources query: the week of `from` (this week by default) for `weeks` weeks, or up to the
 * week of `to`; optionally one team's people or one person. 400 with a bilingual message otherwise.
 */
export function resourceQuery(req: PayloadRequest, today: string): ResourceQuery {
  const from = mondayOf(day(req, 'from', today)!)
  const to = day(req, 'to', null)
  const rawWeeks = (req.searchParams.get('weeks') ?? '').trim()
  let weeks = DEFAULT_WEEKS
  if (to) {
    if (to < from) {
      throw badRequest(req, {
        en: 'The period is reversed: "from" is after "to".',
        ro: 'Perioada este inversată: „de la” este după „până la”.',
      })
    }
    weeks = Math.floor(daysBetween(from, to) / 7) + 1
    if (weeks > MAX_WEEKS) throw tooMany(req, String(weeks))
  } else if (rawWeeks) {
    if (!/^\d{1,3}$/.test(rawWeeks) || Number(rawWeeks) < 1 || Number(rawWeeks) > MAX_WEEKS) {
      throw tooMany(req, rawWeeks)
    }
    weeks = Number(rawWeeks)
  }
  return { from, weeks, team: id(req, 'team'), person: id(req, 'person') }
}
