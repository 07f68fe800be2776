import type { Endpoint } from 'payload'

import { permissionsFor, requireSession } from '@/access/engine'
import { overseesTickets } from '@/access/overseesTickets'
import { refuse } from '@/lib/errors'
import { appTimeZone } from '@/lib/settings'
import { assignablePeople } from './assignablePeople'
import { actionsToValidate, unassignedTickets } from './queues'
import type { TeamSummaryAnswer } from './types'
import { teamWorkload } from './workload'

/**
 * `GET /api/tickets/team-summary` (R30): the support manager's view of the team — workload per
 * team and person, new tickets waiting for someone, actions waiting for validation, and who can
 * take tickets. Everything is read with the caller's access.
 */
export const teamSummaryEndpoint: Endpoint = {
  path: '/team-summary',
  method: 'get',
  handler: async (req) => {
    requireSession(req)
    const perms = await permissionsFor(req)
    if (!perms || !overseesTickets(perms)) {
      throw refuse(req, 403, {
        en: 'Only those who steer their team\u2019s tickets (support managers) see the team summary.',
        ro: 'Doar cei care conduc tichetele echipei (managerii de suport) văd situația echipei.',
      })
    }
    const now = new Date()
    const [timeZone, workload, unassigned, awaitingValidation, people] = await Promise.all([
      appTimeZone(req),
      teamWorkload(req, now),
      unassignedTickets(req, now),
      actionsToValidate(req),
      assignablePeople(req, perms),
    ])
    const answer: TeamSummaryAnswer = { timeZone, ...workload, unassigned, awaitingValidation, people }
    return Response.json(answer)
  },
}
