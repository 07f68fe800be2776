import type { PayloadRequest } from 'payload'

import { idOf } from '@/lib/ids'
import { contentLocale, numericId } from '@/lib/relations'
import { settingsOf } from '@/lib/settings'
import { dayOf, storedDay, workCalendarOf } from '../plan/calendar'
import { FULL, type ResourceCell, type ResourcePerson, type ResourcesAnswer } from './types'
import { allocationByWeek, effortByWeek, weeksFrom, worksOn } from './weeks'

export interface ResourceQuery {
  /** A Monday. */
  from: string
  weeks: number
  team?: number
  person?: number
}

type Doc = Record<string, unknown>

const hoursOf = (time: string | null | undefined, fallback: number) => {
  const [h, m] = String(time ?? '')
    .split(':')
    .map(Number)
  return Number.isFinite(h) && Number.isFinite(m) ? h + m / 60 : fallback
}
const round1 = (n: number) => Math.round(n * 10) / 10

/**
 * Each person's load per week (R22) over what the caller may read, in four reads whatever the
 * size of the grid: the team's people (when filtered), the projects (members and their
 * allocation), the activities touching the period with a responsible, and the people's names.
 *
 * - load % = planned hours of the activities the person is responsible for falling in the week
 *   (each activity's planned effort spread evenly over its working days) ÷ the person's working
 *   hours that week (working days without holidays × the working day's length, Settings → Time);
 * - allocation % = the sum of the person's member allocations on projects that week, weighted by
 *   the working days each membership covers (a member's period defaults to the project's dates);
 * - over-allocated when either is above 100 %. Cancelled projects and activities count for nothing.
 */
export async function resourceLoad(req: PayloadRequest, query: ResourceQuery): Promise<ResourcesAnswer> {
  const [cal, settings] = await Promise.all([workCalendarOf(req), settingsOf(req)])
  const works = worksOn(cal)
  const hoursPerDay = Math.max(0, hoursOf(settings.time?.workEnd, 17) - hoursOf(settings.time?.workStart, 9)) || 8
  const weeks = weeksFrom(query.from, query.weeks, works)
  const first = weeks[0].start
  const last = weeks.at(-1)!.end
  const asCaller = { user: req.user, overrideAccess: false, req, depth: 0, pagination: false } as const

  // Who may appear: one person, the team's active people, or anyone with work in the period.
  let only: Set<number> | null = query.person ? new Set([query.person]) : null
  const [teamPeople, teams] = await Promise.all([
    query.team
      ? req.payload.find({
          collection: 'users',
          where: { and: [{ team: { equals: query.team } }, { active: { not_equals: false } }] },
          select: { name: true, team: true },
          ...asCaller,
        })
      : null,
    // The filter's choices; one person's load (the activity form, the warning) needs none.
    query.person
      ? null
      : req.payload.find({
          collection: 'teams',
          select: { name: true },
          sort: 'name',
          locale: contentLocale(req),
          disableErrors: true,
          ...asCaller,
        }),
  ])
  if (teamPeople) {
    const ids = new Set(teamPeople.docs.map((doc) => doc.id))
    only = only ? new Set([...only].filter((id) => ids.has(id))) : ids
  }
  const people = only ? [...only] : null

  const [projects, activities] = await Promise.all([
    req.payload.find({
      collection: 'projects',
      where: people ? { 'members.user': { in: people } } : { 'members.user': { exists: true } },
      select: { members: true, startDate: true, plannedEnd: true, statusCategory: true },
      ...asCaller,
    }),
    req.payload.find({
      collection: 'project-activities',
      where: {
        and: [
          people ? { responsible: { in: people } } : { responsible: { exists: true } },
          { plannedStart: { less_than_equal: storedDay(last) } },
          { plannedEnd: { greater_than_equal: storedDay(first) } },
          { statusCategory: { not_equals: 'cancelled' } },
        ],
      },
      select: { project: true, responsible: true, plannedStart: true, plannedEnd: true, plannedEffort: true },
      sort: 'plannedStart',
      ...asCaller,
    }),
  ])

  const rows = new Map<number, ResourceCell[]>()
  const rowOf = (person: number) => {
    let cells = rows.get(person)
    if (!cells) {
      cells = weeks.map(() => ({
        hours: 0,
        load: 0,
        allocation: 0,
        overLoad: false,
        overAllocation: false,
        over: false,
        activities: [],
      }))
      rows.set(person, cells)
    }
    return cells
  }
  const counts = (person: number | null): person is number => person !== null && (!only || only.has(person))

  const cancelled = new Set<unknown>()
  for (const project of projects.docs as Doc[]) {
    if (project.statusCategory === 'cancelled') {
      cancelled.add(project.id)
      continue
    }
    const projectStart = dayOf(project.startDate, cal.timeZone)
    const projectEnd = dayOf(project.plannedEnd, cal.timeZone)
    for (const member of (project.members ?? []) as Doc[]) {
      const person = numericId(member.user)
      if (!counts(person)) continue
      const from = dayOf(member.from, cal.timeZone) ?? projectStart
      const to = dayOf(member.to, cal.timeZone) ?? projectEnd
      if ((to && to < first) || (from && from > last)) continue
      const shares = allocationByWeek({ allocation: Number(member.allocation ?? 100), from, to }, weeks, works)
      const cells = rowOf(person)
      for (const [i, share] of shares) cells[i].allocation += share
    }
  }

  for (const activity of activities.docs as Doc[]) {
    const person = numericId(activity.responsible)
    if (!counts(person) || cancelled.has(idOf(activity.project))) continue
    const start = dayOf(activity.plannedStart, cal.timeZone)
    if (!start) continue
    const end = dayOf(activity.plannedEnd, cal.timeZone) ?? start
    const effort = Math.max(0, Number(activity.plannedEffort ?? 0)) || 0
    const cells = rowOf(person)
    for (const [i, hours] of effortByWeek({ start, end, effort }, weeks, works)) {
      cells[i].hours += hours
      cells[i].activities.push(Number(activity.id))
    }
  }

  // A team's people show even when idle: the manager looks for who is free.
  for (const doc of teamPeople?.docs ?? []) if (counts(doc.id)) rowOf(doc.id)

  const names = await namesOf(req, [...rows.keys()], teamPeople?.docs)
  const answer: ResourcePerson[] = [...rows].map(([id, cells]) => {
    cells.forEach((cell, i) => {
      const capacity = weeks[i].workingDays * hoursPerDay
      cell.hours = round1(cell.hours)
      cell.allocation = Math.round(cell.allocation)
      cell.load = capacity > 0 ? Math.round((cell.hours / capacity) * 100) : cell.hours > 0 ? null : 0
      cell.overLoad = cell.load === null || cell.load > FULL
      cell.overAllocation = cell.allocation > FULL
      cell.over = cell.overLoad || cell.overAllocation
    })
    const named = names.get(id)
    return {
      id,
      name: named?.name ?? null,
      team: named?.team ?? null,
      cells,
      over: cells.some((cell) => cell.over),
    }
  })
  answer.sort((a, b) => (a.name ?? `#${a.id}`).localeCompare(b.name ?? `#${b.id}`, 'ro'))

  return {
    timeZone: cal.timeZone,
    from: first,
    to: last,
    hoursPerDay,
    weeks: weeks.map((week) => ({ ...week, capacity: week.workingDays * hoursPerDay })),
    people: answer,
    teams: (teams?.docs ?? []).map((doc) => ({ id: doc.id, label: doc.name ?? `#${doc.id}` })),
  }
}

/** Names and teams of the people in one read with the caller's access (already read for a team). */
async function namesOf(req: PayloadRequest, ids: number[], known: Doc[] | undefined) {
  const names = new Map<number, { name: string | null; team: number | null }>()
  const remember = (doc: Doc) =>
    names.set(Number(doc.id), { name: (doc.name as string) ?? null, team: numericId(doc.team) })
  for (const doc of known ?? []) remember(doc)
  const missing = ids.filter((id) => !names.has(id))
  if (missing.length) {
    const { docs } = await req.payload.find({
      collection: 'users',
      where: { id: { in: missing } },
      select: { name: true, team: true },
      depth: 0,
      pagination: false,
      disableErrors: true,
      user: req.user,
      overrideAccess: false,
      req,
    })
    for (const doc of docs) remember(doc as unknown as Doc)
  }
  return names
}
