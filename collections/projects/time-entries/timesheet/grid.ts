import type { PayloadRequest, Where } from 'payload'

import type { EffectivePermissions } from '@/access/types'
import { forbidden, notFound } from '@/lib/errors'
import { numericId } from '@/lib/relations'
import { settingsOf } from '@/lib/settings'
import { addDays, weekdayOf } from '@/lib/timeZone'
import { dayOf, storedDay, workCalendarOf } from '../../plan/calendar'
import { entersTimeFor, readsOthersTime, selectablePeople } from './people'
import type { TimesheetQuery } from './query'
import { daysOfWeek, isoWeekOf, round2, totalsOf } from './sheet'
import type { TimesheetAnswer, TimesheetCell, TimesheetDay, TimesheetRow } from './types'

type Doc = Record<string, unknown>

/** Finished or dropped work takes no more time: no row unless the week already has time on it. */
const CLOSED = ['done', 'cancelled']
const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
/** More open activities than anyone works on in a week. */
const MAX_ACTIVITIES = 500

const isOpen = (category: unknown) => !CLOSED.includes(String(category ?? ''))

/**
 * One person's week (R22): a row per activity they work on (responsible or assigned, not finished,
 * in a project not finished) and per activity with their time that week, a cell per day with the
 * sum of their entries. Every read is the caller's (`overrideAccess: false`): a manager sees what
 * the team's projects hold, nothing of other teams' projects.
 */
export async function timesheetOf(
  req: PayloadRequest,
  perms: EffectivePermissions,
  query: TimesheetQuery,
  today: string,
): Promise<TimesheetAnswer> {
  const me = Number(perms.userId)
  const personId = query.person ?? me
  const asCaller = { user: req.user, overrideAccess: false, req, depth: 0 } as const

  const [people, personDocs] = await Promise.all([
    selectablePeople(req, perms),
    req.payload.find({
      collection: 'users',
      where: { id: { equals: personId } },
      select: { name: true },
      limit: 1,
      ...asCaller,
    }),
  ])
  const personDoc = personDocs.docs[0]
  if (!personDoc) {
    throw notFound(req, { en: 'This person was not found.', ro: 'Persoana nu a fost găsită.' })
  }
  if (personId !== me && !readsOthersTime(perms)) {
    throw forbidden(req, {
      en: 'You may see only your own timesheet: the time of others is for those who manage their team.',
      ro: 'Puteți vedea doar propriul pontaj: timpul celorlalți este pentru cei care le conduc echipa.',
    })
  }

  const { monday } = query
  const sunday = addDays(monday, 6)
  const week = daysOfWeek(monday)
  const [cal, settings] = await Promise.all([workCalendarOf(req), settingsOf(req)])
  const holidayNames = new Map<string, string>()
  for (const holiday of settings.time?.holidays ?? []) {
    const day = dayOf(holiday.day, cal.timeZone)
    if (day) holidayNames.set(day, holiday.name || '—')
  }
  const days: TimesheetDay[] = week.map((day) => {
    const weekday = weekdayOf(day)
    const holiday = holidayNames.get(day) ?? null
    return {
      day,
      weekend: weekday >= 5,
      holiday,
      working: cal.workingDays.includes(WEEKDAY_KEYS[weekday]) && holiday === null,
      today: day === today,
    }
  })

  // The entries of the week, read a day wider on each side: a day is the one the stored instant
  // falls on in the application's time zone, as everywhere else.
  const [entries, assigned] = await Promise.all([
    req.payload.find({
      collection: 'time-entries',
      where: {
        and: [
          { person: { equals: personId } },
          { date: { greater_than_equal: storedDay(addDays(monday, -1)) } },
          { date: { less_than_equal: storedDay(addDays(sunday, 1)) } },
        ],
      },
      select: { activity: true, date: true, hours: true },
      sort: 'id',
      pagination: false,
      ...asCaller,
    }),
    req.payload.find({
      collection: 'project-activities',
      where: {
        and: [
          { or: [{ responsible: { equals: personId } }, { assignees: { in: [personId] } }] },
          { or: [{ statusCategory: { not_in: CLOSED } }, { statusCategory: { exists: false } }] },
        ],
      },
      select: { title: true, project: true, status: true, statusCategory: true, plannedStart: true },
      limit: MAX_ACTIVITIES,
      sort: 'plannedStart',
      ...asCaller,
    }),
  ])

  const cells = new Map<number, TimesheetCell[]>()
  for (const entry of entries.docs as Doc[]) {
    const activity = numericId(entry.activity)
    const day = dayOf(entry.date, cal.timeZone)
    const index = day ? week.indexOf(day) : -1
    if (activity === null || index < 0) continue
    let row = cells.get(activity)
    if (!row) {
      row = week.map(() => ({ hours: 0, entries: [] }))
      cells.set(activity, row)
    }
    row[index].hours = round2(row[index].hours + (Number(entry.hours) || 0))
    row[index].entries.push(Number(entry.id))
  }

  const activities = new Map<number, Doc>((assigned.docs as Doc[]).map((doc) => [Number(doc.id), doc]))
  const assignedIds = new Set(activities.keys())
  // The activities with time this week that are no longer open (or not theirs any more).
  const missing = [...cells.keys()].filter((id) => !activities.has(id))
  if (missing.length) {
    const { docs } = await req.payload.find({
      collection: 'project-activities',
      where: { id: { in: missing } },
      select: { title: true, project: true, status: true, statusCategory: true, plannedStart: true },
      pagination: false,
      ...asCaller,
    })
    for (const doc of docs as Doc[]) activities.set(Number(doc.id), doc)
  }

  const projectIds = [
    ...new Set([...activities.values()].map((doc) => numericId(doc.project)).filter((id) => id !== null)),
  ]
  const projects = new Map<number, Doc>()
  if (projectIds.length) {
    const { docs } = await req.payload.find({
      collection: 'projects',
      where: { id: { in: projectIds } } as Where,
      select: { number: true, name: true, statusCategory: true },
      pagination: false,
      ...asCaller,
    })
    for (const doc of docs as Doc[]) projects.set(Number(doc.id), doc)
  }

  const rows: TimesheetRow[] = []
  for (const id of new Set([...assignedIds, ...cells.keys()])) {
    const activity = activities.get(id)
    const projectId = numericId(activity?.project)
    const project = projectId === null ? undefined : projects.get(projectId)
    // A finished project's activities stay only where the week has time on them.
    if (!cells.has(id) && project && !isOpen(project.statusCategory)) continue
    const title = (activity?.title as string | undefined) ?? null
    const number = (project?.number as string | undefined) ?? null
    const name = (project?.name as string | undefined) ?? null
    const prefix = [number, name].filter(Boolean).join(' ')
    const rowCells = cells.get(id) ?? week.map(() => ({ hours: 0, entries: [] }))
    rows.push({
      activity: {
        id,
        title,
        status: (activity?.status as string | undefined) ?? null,
        statusCategory: (activity?.statusCategory as string | undefined) ?? null,
      },
      project: projectId === null ? null : { id: projectId, number, name },
      label: `${prefix ? `${prefix} › ` : ''}${title ?? `#${id}`}`,
      assigned: assignedIds.has(id),
      cells: rowCells,
      total: 0,
    })
  }
  rows.sort(
    (a, b) =>
      (a.project?.number ?? '\uffff').localeCompare(b.project?.number ?? '\uffff') ||
      (a.project?.id ?? 0) - (b.project?.id ?? 0) ||
      String(activities.get(a.activity.id)?.plannedStart ?? '').localeCompare(
        String(activities.get(b.activity.id)?.plannedStart ?? ''),
      ) ||
      a.label.localeCompare(b.label, 'ro') ||
      a.activity.id - b.activity.id,
  )
  const totals = totalsOf(rows)
  rows.forEach((row, i) => (row.total = totals.rows[i]))

  return {
    person: { id: personId, name: (personDoc.name as string | null) ?? null },
    me,
    week: isoWeekOf(monday),
    from: monday,
    to: sunday,
    previous: addDays(monday, -7),
    next: addDays(monday, 7),
    today,
    timeZone: cal.timeZone,
    days,
    rows,
    totals: { days: totals.days, week: totals.week },
    editable: await entersTimeFor(req, perms, personId),
    people,
  }
}
