import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import type { Endpoint, PayloadRequest } from 'payload'

import { requireSession } from '@/access/engine'
import { readEnv } from '@/lib/env'
import { say } from '@/lib/i18n'

/** 24 bytes, base64url: the secret part of a feed link. */
export const FEED_TOKEN = /^[A-Za-z0-9_-]{32}$/

/** SHA-256 of a link's secret: how a feed request finds whose link it is. */
export const hashFeedToken = (token: string) => createHash('sha256').update(token).digest('hex')

/**
 * A link's secret: 12 random bytes (the nonce) and 12 bytes of HMAC over the user and the nonce
 * with the application's secret, base64url. The user's row keeps `<sha256 of the secret>:<nonce>`:
 * the hash finds the owner of a link, the nonce lets the owner be shown the same link again, and
 * neither opens the feed without the application's secret (a leaked database opens nothing).
 * Links made before this kept only the hash: they still work, but cannot be shown again.
 */
const NONCE_LENGTH = 16

const macOf = (req: PayloadRequest, userId: number | string, nonce: string) =>
  createHmac('sha256', req.payload.secret).update(`calendar-feed:${userId}:${nonce}`).digest().subarray(0, 12)

const secretOf = (req: PayloadRequest, userId: number | string, nonce: string) =>
  `${nonce}${macOf(req, userId, nonce).toString('base64url')}`

/** What the user's row keeps for a secret: its hash, and its nonce to show it again. */
export const storedFeedToken = (token: string) => `${hashFeedToken(token)}:${token.slice(0, NONCE_LENGTH)}`

/** The stored values that may belong to a link's secret: this version's, and the hash alone of earlier ones. */
export const storedFeedTokenCandidates = (token: string) => [storedFeedToken(token), hashFeedToken(token)]

/** The secret of the user's current link when it can be shown again, else null. */
function currentSecret(req: PayloadRequest, userId: number | string, stored: string): string | null {
  const [hash, nonce] = stored.split(':')
  if (!nonce || nonce.length !== NONCE_LENGTH) return null
  const secret = secretOf(req, userId, nonce)
  // A changed application secret makes another secret than the one the link holds.
  const made = Buffer.from(hashFeedToken(secret))
  const kept = Buffer.from(hash)
  return made.length === kept.length && timingSafeEqual(made, kept) ? secret : null
}

async function storeFeedToken(req: PayloadRequest, value: string | null) {
  await req.payload.update({
    collection: 'users',
    id: req.user!.id,
    data: { calendarFeedTokenHash: value },
    depth: 0,
    // The field is closed to every API caller (its access is false); here the signed-in user
    // replaces their own feed secret, this one field of their own record and nothing else.
    overrideAccess: true,
    req,
  })
}

async function storedOf(req: PayloadRequest): Promise<string | null> {
  const me = await req.payload.findByID({
    collection: 'users',
    id: req.user!.id,
    depth: 0,
    // The same closed field, the signed-in user's own.
    overrideAccess: true,
    showHiddenFields: true,
    req,
  })
  return (me as { calendarFeedTokenHash?: string | null }).calendarFeedTokenHash ?? null
}

/** A new link for the signed-in user: every earlier one stops working. */
async function newLink(req: PayloadRequest): Promise<string> {
  const secret = secretOf(req, req.user!.id, randomBytes(12).toString('base64url'))
  await storeFeedToken(req, storedFeedToken(secret))
  return secret
}

const urlOf = (req: PayloadRequest, secret: string) =>
  `${readEnv().SERVER_URL}${req.payload.config.routes.api}/calendar/feed/${secret}.ics`

const noStore = { headers: { 'cache-control': 'no-store' } }

/**
 * The caller's link to their iCalendar feed.
 * - GET: the link they already have, the same at every look (`created: false`), made only when
 *   there is none (`created: true`); `url: null` when their link was made before links could be
 *   shown again: it keeps working, and only POST replaces it.
 * - POST: a new link, on purpose; the previous one stops working (a subscription using it stops).
 * - DELETE: turns the feed off; every link stops working.
 */
export const feedTokenEndpoints: Endpoint[] = [
  {
    path: '/calendar/feed-token',
    method: 'get',
    handler: async (req) => {
      requireSession(req)
      const stored = await storedOf(req)
      if (stored) {
        const secret = currentSecret(req, req.user!.id, stored)
        return Response.json({ url: secret ? urlOf(req, secret) : null, created: false }, noStore)
      }
      return Response.json({ url: urlOf(req, await newLink(req)), created: true }, noStore)
    },
  },
  {
    path: '/calendar/feed-token',
    method: 'post',
    handler: async (req) => {
      requireSession(req)
      return Response.json({ url: urlOf(req, await newLink(req)), created: true }, noStore)
    },
  },
  {
    path: '/calendar/feed-token',
    method: 'delete',
    handler: async (req) => {
      requireSession(req)
      await storeFeedToken(req, null)
      return Response.json({
        message: say(req.i18n?.language, {
          en: 'The calendar feed is turned off.',
          ro: 'Fluxul de calendar a fost oprit.',
        }),
      })
    },
  },
]
