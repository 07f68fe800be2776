import type { Endpoint } from 'payload'

import { requireSession } from '@/access/engine'
import { readSearchQuery } from './query'
import { search } from './run'

/**
 * GET /api/search?q=&limit=: the records of every registered kind whose fields hold each word of
 * `q`, without regard to diacritics or case, that the caller may read; grouped by kind, the first
 * `limit` (default 5, at most 20) of each with the kind's total. 401 without a session, 400 when
 * `q` has fewer than 2 or more than 100 characters or `limit` is not 1–20.
 */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req) => {
    requireSession(req)
    const query = readSearchQuery(req)
    return Response.json(await search(req, query), { headers: { 'cache-control': 'private, no-store' } })
  },
}
