import { createHash, randomBytes } from 'node:crypto'
import type { Endpoint, PayloadRequest } from 'payload'

import { requireSession } from '@/access/engine'
import { readEnv } from '@/lib/env'
import { say } from '@/lib/i18n'

/** 24 random bytes, base64url: the secret part of a feed link. */
export const FEED_TOKEN = /^[A-Za-z0-9_-]{32}$/

/** Only this hash is stored, so a leaked database does not open anyone's feed. */
export const hashFeedToken = (token: string) => createHash('sha256').update(token).digest('hex')

async function storeFeedTokenHash(req: PayloadRequest, hash: string | null) {
  await req.payload.update({
    collection: 'users',
    id: req.user!.id,
    data: { calendarFeedTokenHash: hash },
    depth: 0,
    // The field is closed to every API caller (its access is false); here the signed-in user
    // replaces their own feed secret, this one field of their own record and nothing else.
    overrideAccess: true,
    req,
  })
}

/**
 * POST /api/calendar/feed-token: a new secret link to the caller's iCalendar feed, shown once;
 * the previous link stops working. DELETE turns the feed off.
 */
export const feedTokenEndpoints: Endpoint[] = [
  {
    path: '/calendar/feed-token',
    method: 'post',
    handler: async (req) => {
      requireSession(req)
      const token = randomBytes(24).toString('base64url')
      await storeFeedTokenHash(req, hashFeedToken(token))
      const url = `${readEnv().SERVER_URL}${req.payload.config.routes.api}/calendar/feed/${token}.ics`
      return Response.json({ url }, { headers: { 'cache-control': 'no-store' } })
    },
  },
  {
    path: '/calendar/feed-token',
    method: 'delete',
    handler: async (req) => {
      requireSession(req)
      await storeFeedTokenHash(req, null)
      return Response.json({
        message: say(req.i18n?.language, {
          en: 'The calendar feed is turned off.',
          ro: 'Fluxul de calendar a fost oprit.',
        }),
      })
    },
  },
]
