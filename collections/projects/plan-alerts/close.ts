import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook, PayloadRequest, Where } from 'payload'

import { t } from '@/lib/i18n'
import { ALERT_EVENTS_SLUG } from './fields'

/** Projects under way (approved or running) are watched; planning, on hold and finished ones are not. */
export const WATCHED_CATEGORY = 'active'

/** Why an occurrence ended: its condition cleared, its alert was switched off, its project stopped. */
export const CLEARED_BECAUSE = [
  { value: 'condition', label: t('The condition no longer holds', 'Condiția nu mai este îndeplinită') },
  { value: 'switched-off', label: t('The alert was switched off', 'Alerta a fost oprită') },
  { value: 'not-running', label: t('The project is not under way', 'Proiectul nu este în derulare') },
] as const
export type ClearedBecause = (typeof CLEARED_BECAUSE)[number]['value']

/**
 * Ends one occurrence in the log as every ending is recorded: `clearedAt` stamped once, with why.
 * The event itself (when it fired, about what, who was told) is never changed; the next
 * occurrence is a new event.
 */
export async function clearEvent(req: PayloadRequest, id: number, because: ClearedBecause, now: Date) {
  await req.payload.update({
    collection: ALERT_EVENTS_SLUG,
    id,
    data: { clearedAt: now.toISOString(), clearedBecause: because },
    depth: 0,
    // The log is the application's own: no caller writes it.
    overrideAccess: true,
    req,
  })
}

/** Ends every open occurrence matching `where`, in the request's transaction; answers how many. */
export async function clearOpenEvents(req: PayloadRequest, where: Where, because: ClearedBecause, now = new Date()) {
  const { docs } = await req.payload.find({
    collection: ALERT_EVENTS_SLUG,
    where: { and: [where, { clearedAt: { exists: false } }] },
    pagination: false,
    depth: 0,
    select: { occurrence: true },
    overrideAccess: true,
    req,
  })
  for (const event of docs) await clearEvent(req, event.id, because, now)
  return docs.length
}

/*
 * Switching an alert off, or its project leaving the running state, ends its open occurrences at
 * that moment, in the same transaction: switched on or resumed later, a condition still true fires
 * again, and the project page shows nothing as current meanwhile. Done here rather than by the
 * next hourly run, which sees only the state it finds: an alert switched off and on again, or a
 * project held and resumed, between two runs would keep its old occurrence open for ever.
 */

/** A project alert (or a kind, for all its alerts) switched off: its open occurrences end. */
export const clearWhenSwitchedOff =
  (link: 'alert' | 'kind'): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req }) => {
    if (operation === 'update' && doc.active === false && previousDoc?.active !== false) {
      await clearOpenEvents(req, { [link]: { equals: doc.id } }, 'switched-off')
    }
    return doc
  }

/** A project alert removed: its open occurrences end before the link to it is emptied. */
export const clearWhenRemoved: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await clearOpenEvents(req, { alert: { equals: id } }, 'switched-off')
}

/** A project leaving the running state (on hold, completed, closed, cancelled, back to planning). */
export const clearWhenProjectStops: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (
    operation === 'update' &&
    previousDoc?.statusCategory === WATCHED_CATEGORY &&
    doc.statusCategory !== WATCHED_CATEGORY
  ) {
    await clearOpenEvents(req, { project: { equals: doc.id } }, 'not-running')
  }
  return doc
}

/**
 * Occurrences left open by an alert already off or a project already stopped (events written
 * before the hooks above ended them): ended by the hourly run, as the hooks end them now.
 */
export async function clearUnwatched(req: PayloadRequest, now: Date, only?: number | string) {
  const ofProject: Where = only !== undefined ? { project: { equals: only } } : {}
  const off = await clearOpenEvents(
    req,
    {
      and: [
        ofProject,
        {
          or: [
            { alert: { exists: false } },
            { 'alert.active': { equals: false } },
            { 'kind.active': { equals: false } },
          ],
        },
      ],
    },
    'switched-off',
    now,
  )
  const stopped = await clearOpenEvents(
    req,
    { and: [ofProject, { 'project.statusCategory': { not_equals: WATCHED_CATEGORY } }] },
    'not-running',
    now,
  )
  return off + stopped
}
