import type { PayloadRequest } from 'payload'

import { contentLocale, numericId } from '@/lib/relations'
import type { PersonLoad, TeamLoad, WorkCounts } from './types'

/** Still being worked on; done and cancelled tickets are nobody's workload. */
export const WORKING_CATEGORIES = ['open', 'active', 'waiting'] as const
type Working = (typeof WORKING_CATEGORIES)[number]

/**
 * Tickets counted per request. The rows are four small columns, so a few thousand stay fast; past
 * that the answer says `truncated` (grouping in SQL would need the caller's access rewritten there).
 */
export const MAX_COUNTED_TICKETS = 5000

const noCounts = (): WorkCounts => ({ open: 0, active: 0, waiting: 0, overdue: 0, total: 0 })

function add(counts: WorkCounts, category: Working, overdue: boolean) {
  counts[category] += 1
  counts.total += 1
  if (overdue) counts.overdue += 1
}

/** Names of many records in one read with the caller's access; one the caller may not read stays unnamed. */
async function namesOf(req: PayloadRequest, collection: 'teams' | 'users', ids: Set<number>) {
  if (ids.size === 0) return new Map<number, string>()
  const { docs } = await req.payload.find({
    collection,
    where: { id: { in: [...ids] } },
    select: { name: true },
    depth: 0,
    pagination: false,
    locale: contentLocale(req),
    disableErrors: true,
    user: req.user,
    overrideAccess: false,
    req,
  })
  return new Map(docs.map((doc) => [doc.id, doc.name]))
}

const byName =
  <T>(nameOf: (item: T) => string | null | undefined, emptyFirst: boolean) =>
  (a: T, b: T) => {
    const [x, y] = [nameOf(a), nameOf(b)]
    if (x == null || y == null) return x == null && y == null ? 0 : (x == null) === emptyFirst ? -1 : 1
    return x.localeCompare(y, 'ro')
  }

/**
 * The workload of every team and person over the tickets the caller may read that are still being
 * worked on: counts per state category and past due (due date before `now`).
 */
export async function teamWorkload(req: PayloadRequest, now: Date): Promise<{ teams: TeamLoad[]; truncated: boolean }> {
  const found = await req.payload.find({
    collection: 'tickets',
    where: { statusCategory: { in: [...WORKING_CATEGORIES] } },
    select: { team: true, responsible: true, statusCategory: true, dueDate: true },
    sort: 'id',
    depth: 0,
    limit: MAX_COUNTED_TICKETS,
    user: req.user,
    overrideAccess: false,
    req,
  })
  const teams = new Map<number | null, { counts: WorkCounts; people: Map<number | null, WorkCounts> }>()
  for (const ticket of found.docs) {
    const teamId = numericId(ticket.team)
    const personId = numericId(ticket.responsible)
    const overdue = Boolean(ticket.dueDate && new Date(ticket.dueDate) < now)
    const category = ticket.statusCategory as Working
    let team = teams.get(teamId)
    if (!team) teams.set(teamId, (team = { counts: noCounts(), people: new Map() }))
    let person = team.people.get(personId)
    if (!person) team.people.set(personId, (person = noCounts()))
    add(team.counts, category, overdue)
    add(person, category, overdue)
  }

  const teamIds = new Set([...teams.keys()].filter((id): id is number => id !== null))
  const personIds = new Set(
    [...teams.values()].flatMap((team) => [...team.people.keys()]).filter((id): id is number => id !== null),
  )
  const [teamNames, personNames] = await Promise.all([namesOf(req, 'teams', teamIds), namesOf(req, 'users', personIds)])

  const loads: TeamLoad[] = [...teams].map(([teamId, team]) => ({
    team: teamId === null ? null : { id: teamId, name: teamNames.get(teamId) ?? null },
    counts: team.counts,
    people: [...team.people]
      .map(([personId, counts]): PersonLoad => ({
        person: personId === null ? null : { id: personId, name: personNames.get(personId) ?? null },
        counts,
      }))
      // The unassigned row first: it is what the manager acts on.
      .sort(byName((load) => (load.person ? (load.person.name ?? `#${load.person.id}`) : null), true)),
  }))
  // Teams by name, the tickets filed under no team last.
  loads.sort(byName((load) => (load.team ? (load.team.name ?? `#${load.team.id}`) : null), false))
  return { teams: loads, truncated: found.totalDocs > found.docs.length }
}
