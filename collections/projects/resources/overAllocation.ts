import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { formatStoredDate } from '@/lib/dates'
import { say } from '@/lib/i18n'
import { numericId } from '@/lib/relations'
import { daysBetween } from '@/lib/timeZone'
import { dayOf, workCalendarOf } from '../plan/calendar'
import { WRITING_PLAN } from '../project-activities/plannedEnd'
import { resourceLoad } from './load'
import { MAX_WEEKS } from './query'
import { mondayOf } from './weeks'

/** What a save that assigns an over-allocated person answers beside the document. */
export interface LoadWarning {
  person: number
  name: string | null
  weeks: { start: string; load: number | null; allocation: number }[]
  message: string
}

type Doc = Record<string, unknown>

const MOVES = ['plannedStart', 'plannedEnd', 'plannedEffort'] as const

/** The weeks of [start, end] in which the person is above 100 %, with what the caller may read. */
export async function overAllocatedWeeks(req: PayloadRequest, person: number, start: string, end: string) {
  const from = mondayOf(start)
  const weeks = Math.min(MAX_WEEKS, Math.floor(daysBetween(from, end < start ? start : end) / 7) + 1)
  const load = await resourceLoad(req, { from, weeks, person })
  const row = load.people.find((p) => p.id === person)
  if (!row) return null
  const over = load.weeks
    .map((week, i) => ({ start: week.start, load: row.cells[i].load, allocation: row.cells[i].allocation }))
    .filter((_, i) => row.cells[i].over)
  return over.length ? { name: row.name, weeks: over } : null
}

/**
 * Assigning an activity to someone already above 100 % in its period is allowed, but the answer
 * says so: the saved document comes back with `loadWarning` (REST `doc.loadWarning`), in the
 * caller's language. Counted with the caller's access, like the resources view, and including the
 * activity just saved. The plan's own pushes (successors moved by replan) are not assignments.
 */
export const warnOverAllocation: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (req.context[WRITING_PLAN] || !req.user) return doc
  const person = numericId((doc as Doc).responsible)
  if (person === null || !doc.plannedStart) return doc
  const assigned =
    operation === 'create' ||
    person !== numericId(previousDoc?.responsible) ||
    MOVES.some((field) => String(doc[field] ?? '') !== String(previousDoc?.[field] ?? ''))
  if (!assigned) return doc

  const { timeZone } = await workCalendarOf(req)
  const start = dayOf(doc.plannedStart, timeZone)!
  const end = dayOf(doc.plannedEnd, timeZone) ?? start
  const over = await overAllocatedWeeks(req, person, start, end)
  if (!over) return doc

  const language = req.i18n?.language
  const weekText = (w: LoadWarning['weeks'][number], ro: boolean) => {
    const day = formatStoredDate(`${w.start}T12:00:00.000Z`, { withTime: false, timeZone: 'UTC', language: 'ro' })
    const load = w.load === null ? (ro ? 'fără timp lucrător' : 'no working time') : `${w.load} %`
    return ro
      ? `săptămâna din ${day}: încărcare ${load}, alocare ${w.allocation} %`
      : `week of ${day}: load ${load}, allocation ${w.allocation} %`
  }
  const who = over.name ?? `#${person}`
  const warning: LoadWarning = {
    person,
    name: over.name,
    weeks: over.weeks,
    message: say(language, {
      en: `${who} is over-allocated (above 100 %) in this activity's period: ${over.weeks.map((w) => weekText(w, false)).join('; ')}.`,
      ro: `${who} are o încărcare de peste 100 % în perioada activității: ${over.weeks.map((w) => weekText(w, true)).join('; ')}.`,
    }),
  }
  return { ...doc, loadWarning: warning }
}
