import { APIError, type PayloadRequest, type Where } from 'payload'

import { say } from '@/lib/i18n'

const DAY_MS = 24 * 60 * 60 * 1000
// PostgreSQL `integer` ids: a larger number would reach the database and fail there (500).
const MAX_ID = 2_147_483_647

const refuse = (req: PayloadRequest, message: { en: string; ro: string }) =>
  new APIError(say(req.i18n?.language, message), 400)

function idParam(req: PayloadRequest, name: 'owner' | 'team'): number | undefined {
  const raw = req.searchParams.get(name)
  if (raw === null || raw === '') return undefined
  const id = /^\d+$/.test(raw) ? Number(raw) : NaN
  if (!(id >= 1 && id <= MAX_ID)) {
    throw refuse(
      req,
      name === 'owner'
        ? {
            en: `The owner filter must be a user's numeric id (received "${raw}").`,
            ro: `Filtrul de responsabil trebuie să fie id-ul numeric al unui utilizator (primit „${raw}”).`,
          }
        : {
            en: `The team filter must be a team's numeric id (received "${raw}").`,
            ro: `Filtrul de echipă trebuie să fie id-ul numeric al unei echipe (primit „${raw}”).`,
          },
    )
  }
  return id
}

/** A calendar day `YYYY-MM-DD` as the UTC midnight that starts it (date-only values are stored at 12:00 UTC). */
function dayParam(req: PayloadRequest, name: 'from' | 'to'): number | undefined {
  const raw = req.searchParams.get(name)
  if (raw === null || raw === '') return undefined
  const time = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? Date.parse(`${raw}T00:00:00.000Z`) : NaN
  // Date.parse accepts 2026-02-30 as 2 March: the round trip catches days that do not exist.
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== raw) {
    throw refuse(req, {
      en: `The "${name}" date must be a real day written YYYY-MM-DD (received "${raw}").`,
      ro: `Data „${name === 'from' ? 'de la' : 'până la'}” trebuie să fie o zi validă, scrisă AAAA-LL-ZZ (primit „${raw}”).`,
    })
  }
  return time
}

/**
 * The board's filters from the query string (`owner`, `team`, `from`, `to`), validated, as Payload
 * `where` clauses on top of the caller's row access. The period is inclusive on both days.
 */
export function boardFilters(req: PayloadRequest): Where[] {
  const owner = idParam(req, 'owner')
  const team = idParam(req, 'team')
  const from = dayParam(req, 'from')
  const to = dayParam(req, 'to')
  if (from !== undefined && to !== undefined && from > to) {
    throw refuse(req, {
      en: 'The period is reversed: "from" must not be after "to".',
      ro: 'Perioada este inversată: data „de la” nu poate fi după data „până la”.',
    })
  }
  const clauses: Where[] = []
  if (owner !== undefined) clauses.push({ owner: { equals: owner } })
  if (team !== undefined) clauses.push({ team: { equals: team } })
  if (from !== undefined) clauses.push({ expectedCloseDate: { greater_than_equal: new Date(from).toISOString() } })
  if (to !== undefined) clauses.push({ expectedCloseDate: { less_than: new Date(to + DAY_MS).toISOString() } })
  return clauses
}
