import type { Endpoint } from 'payload'

import { requireSession } from '@/access/engine'
import { calendarEvents } from './collect'
import { calendarOwners } from './people'
import { requestedPeriod } from './period'
import { appTimeZone } from '@/lib/settings'

/**
 * GET /api/calendar/events?from=&to=[&user=<id>|me|team]: the dated items of the caller, of a
 * member of a team they manage, or of the whole team, as far as the caller may read them.
 * All-day items count by their day in `timeZone`.
 */
export const eventsEndpoint: Endpoint = {
  path: '/calendar/events',
  method: 'get',
  handler: async (req) => {
    requireSession(req)
    const timeZone = await appTimeZone(req)
    const period = requestedPeriod(req, timeZone)
    const owners = await calendarOwners(req, req.searchParams.get('user'))
    const { events, truncated } = await calendarEvents(req, owners, period)
    return Response.json({ events, timeZone, truncated })
  },
}
