import type { Endpoint, PayloadRequest } from 'payload'

import { refuse } from '@/lib/errors'
import { readEnv } from '@/lib/env'
import type { User } from '@/payload-types'
import { calendarEvents } from './collect'
import { FEED_TOKEN, storedFeedTokenCandidates } from './feedToken'
import { toICalendar } from './ics'
import { appTimeZone } from '@/lib/settings'

const DAY_MS = 86_400_000
const DAYS_BACK = 30
const DAYS_AHEAD = 365

/** The active user whose feed link carries this token, or null. */
async function feedOwner(req: PayloadRequest, token: string): Promise<User | null> {
  if (!FEED_TOKEN.test(token)) return null
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { calendarFeedTokenHash: { in: storedFeedTokenCandidates(token) } },
    depth: 0,
    limit: 1,
    pagination: false,
    // The token is the credential: finding whose it is comes before anyone is signed in.
    overrideAccess: true,
    req,
  })
  const owner = docs[0]
  return owner && owner.active !== false ? owner : null
}

/**
 * GET /api/calendar/feed/<token>.ics: the token owner's own items, 30 days back to a year ahead,
 * as iCalendar for Outlook, Google Calendar and the like. No session: the secret link is the key,
 * and everything is read with the owner's own access.
 */
export const feedEndpoint: Endpoint = {
  path: '/calendar/feed/:token.ics',
  method: 'get',
  handler: async (req) => {
    const owner = await feedOwner(req, String(req.routeParams?.token ?? ''))
    if (!owner)
      throw refuse(req, 404, { en: 'There is no such calendar feed.', ro: 'Acest flux de calendar nu există.' })
    // From here on the request reads as the feed's owner, through their own roles and row scopes.
    req.user = { ...owner, collection: 'users' }
    const now = new Date()
    const period = {
      from: new Date(now.getTime() - DAYS_BACK * DAY_MS),
      to: new Date(now.getTime() + DAYS_AHEAD * DAY_MS),
    }
    const timeZone = await appTimeZone(req)
    // Written in the owner's language: calendar applications send none of their own.
    const { events } = await calendarEvents(req, [owner.id], period, owner.language === 'en' ? 'en' : 'ro')
    const body = toICalendar(events, {
      name: `OrganizeCRM — ${owner.name}`,
      timeZone,
      serverURL: readEnv().SERVER_URL,
      now,
    })
    return new Response(body, {
      headers: {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': 'inline; filename="organizecrm.ics"',
        // Private to the link's owner; subscribers fetch it again on their own schedule.
        'cache-control': 'private, no-cache',
      },
    })
  },
}
