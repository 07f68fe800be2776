import type { Endpoint } from 'payload'

import { permissionsFor, requireSession } from '@/access/engine'
import { appTimeZone } from '@/lib/settings'
import { dayIn } from '@/lib/timeZone'
import { myActions } from './actions'
import { myTickets } from './tickets'
import { myTodos } from './todos'
import type { MyWorkAnswer } from './types'

/**
 * `GET /api/my-work` (R30): the signed-in user's open tickets, ticket actions to carry out and
 * todos for today, each read with the user's own access. A kind of record the user's roles do
 * not read comes back as `readable: false`, so the dashboard works for every role.
 */
export const myWorkEndpoint: Endpoint = {
  path: '/my-work',
  method: 'get',
  handler: async (req) => {
    requireSession(req)
    // Once, before the lists run side by side and each asks for it.
    await permissionsFor(req)
    const me = Number(req.user!.id)
    const now = new Date()
    const timeZone = await appTimeZone(req)
    const [tickets, actions, todos] = await Promise.all([
      myTickets(req, me, now),
      myActions(req, me, now),
      myTodos(req, me, now, timeZone),
    ])
    const answer: MyWorkAnswer = { timeZone, today: dayIn(now, timeZone), tickets, actions, todos }
    return Response.json(answer)
  },
}

export const myWorkEndpoints: Endpoint[] = [myWorkEndpoint]
