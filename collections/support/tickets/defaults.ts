import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { nextCounterValue } from '@/lib/counters'
import { idOf } from '@/lib/ids'
import { settingsOf } from '@/lib/settings'
import { DEFAULT_TIME_ZONE } from '@/lib/timeZone'
import { addWorkingHours, type WorkingWeek } from '@/lib/workingTime'

/** The company's working week from the settings, for service-level due dates. */
export async function workingWeekOf(req: PayloadRequest): Promise<WorkingWeek> {
  const time = (await settingsOf(req)).time
  return {
    timeZone: time?.timeZone || DEFAULT_TIME_ZONE,
    workingDays: time?.workingDays?.length ? time.workingDays : ['mon', 'tue', 'wed', 'thu', 'fri'],
    workStart: time?.workStart || '09:00',
    workEnd: time?.workEnd || '17:00',
  }
}

/** Set in `context` by the application's own updates of the fields below (the overdue job). */
export const TICKET_SYSTEM_UPDATE = 'organizecrm:ticket:system'
const SYSTEM_FIELDS = [
  'number',
  'reporter',
  'responseDue',
  'dueDate',
  'firstResponseAt',
  'resolvedAt',
  'closedAt',
  'overdue',
  'overdueNotifiedAt',
] as const

/**
 * A new ticket gets its number (`TK-000123`, from the database counter), its reporter (the person
 * entering it, unless given), what its type sets by default (priority, team) and its due dates:
 * first response and resolution, counted in working hours from now (the type's service levels).
 * Numbers, reporter, due dates and time stamps are the application's: whatever a client sends is ignored.
 */
export const ticketDefaults: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'create') {
    // Workflow effects (later in the chain) and the overdue job set these; nobody sends them.
    if (!req.context[TICKET_SYSTEM_UPDATE])
      for (const field of SYSTEM_FIELDS) data[field] = originalDoc?.[field] ?? null
    return data
  }
  const prefix = ((await settingsOf(req)).commercial?.numberPrefixes?.ticket || 'TK').trim()
  data.number = `${prefix}-${String(await nextCounterValue(req, `ticket:${prefix}`)).padStart(6, '0')}`
  // The person entering the ticket reports it; only the application's own code names someone else.
  data.reporter = req.user ? req.user.id : (idOf(data.reporter) ?? null)
  const typeId = idOf(data.type)
  const type = typeId
    ? await req.payload.findByID({
        collection: 'ticket-types',
        id: typeId,
        depth: 0,
        disableErrors: true,
        overrideAccess: true,
        req,
      })
    : null
  data.priority ??= idOf(type?.defaultPriority)
  data.team ??= idOf(type?.defaultTeam)
  const week = await workingWeekOf(req)
  const now = new Date()
  const due = (hours: number | null | undefined) =>
    typeof hours === 'number' ? addWorkingHours(now, hours, week).toISOString() : null
  data.responseDue = due(type?.sla?.firstResponseHours)
  data.dueDate = due(type?.sla?.resolutionHours)
  return data
}
