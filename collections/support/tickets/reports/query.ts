import type { PayloadRequest } from 'payload'

import { refuse } from '@/lib/errors'
import { daysBetween, isDay } from '@/lib/timeZone'
import { isReportTable, type ReportTableName } from './types'

/** A year, leap day included: longer periods are a different report (and a slow one). */
export const MAX_DAYS = 366
// PostgreSQL `integer` ids: a larger number would reach the database and fail there (500).
const MAX_ID = 2_147_483_647

export interface ReportQuery {
  from: string
  to: string
  team?: number
  type?: number
  /** Set for `format=xlsx`: the one table to download. */
  xlsx?: ReportTableName
}

function day(req: PayloadRequest, name: 'from' | 'to'): string {
  const raw = req.searchParams.get(name) ?? ''
  if (!isDay(raw)) {
    throw refuse(req, 400, {
      en: `"${name}" must be a real day written YYYY-MM-DD (received "${raw}").`,
      ro: `„${name === 'from' ? 'De la' : 'Până la'}” trebuie să fie o zi validă, scrisă AAAA-LL-ZZ (primit „${raw}”).`,
    })
  }
  return raw
}

function id(req: PayloadRequest, name: 'team' | 'type'): number | undefined {
  const raw = req.searchParams.get(name)
  if (raw === null || raw === '') return undefined
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN
  if (!(value >= 1 && value <= MAX_ID)) {
    throw refuse(req, 400, {
      en: `The ${name} filter must be a numeric id (received "${raw}").`,
      ro: `Filtrul ${name === 'team' ? 'de echipă' : 'de tip'} trebuie să fie un id numeric (primit „${raw}”).`,
    })
  }
  return value
}

/** The report's query string, validated (400 with a bilingual message otherwise). */
export function reportQuery(req: PayloadRequest): ReportQuery {
  const from = day(req, 'from')
  const to = day(req, 'to')
  const length = daysBetween(from, to) + 1
  if (length < 1) {
    throw refuse(req, 400, {
      en: 'The period is reversed: "from" is after "to".',
      ro: 'Perioada este inversată: „de la” este după „până la”.',
    })
  }
  if (length > MAX_DAYS) {
    throw refuse(req, 400, {
      en: `The period may span at most ${MAX_DAYS} days (asked: ${length}).`,
      ro: `Perioada poate cuprinde cel mult ${MAX_DAYS} de zile (cerut: ${length}).`,
    })
  }
  const query: ReportQuery = { from, to, team: id(req, 'team'), type: id(req, 'type') }
  const format = req.searchParams.get('format')
  if (format === null || format === '' || format === 'json') return query
  const table = req.searchParams.get('table')
  if (format !== 'xlsx' || !isReportTable(table)) {
    throw refuse(req, 400, {
      en: 'A download needs format=xlsx and the name of one table (table=byState, byType, …).',
      ro: 'Descărcarea necesită format=xlsx și numele unui tabel (table=byState, byType, …).',
    })
  }
  return { ...query, xlsx: table }
}
