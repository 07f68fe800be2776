import type { Endpoint } from 'payload'

import { requireSession } from '@/access/engine'
import { readHome } from './read'

/**
 * `GET /api/home`: the blocks of the caller's home page, each figure with the admin list that shows
 * the records it counts. 401 without a session; blocks of what the caller's roles do not read are
 * left out.
 */
export const homeEndpoint: Endpoint = {
  path: '/home',
  method: 'get',
  handler: async (req) => {
    requireSession(req)
    return Response.json(await readHome(req), { headers: { 'cache-control': 'private, no-store' } })
  },
}
