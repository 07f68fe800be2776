import type { Endpoint } from 'payload'

import { grantFor } from '@/access/combine'
import { permissionsFor, requireSession } from '@/access/engine'
import type { EffectivePermissions, Scope } from '@/access/types'
import { refuse } from '@/hooks/workflow/engine'
import { appTimeZone } from '@/lib/settings'
import { assignablePeople } from './assignablePeople'
import { actionsToValidate, unassignedTickets } from './queues'
import type { TeamSummaryAnswer } from './types'
import { teamWorkload } from './workload'

const BEYOND_OWN: Scope[] = ['team', 'all']

/**
 * Who oversees tickets: reads and steers (updates) the team's or everyone's tickets. Reading alone
 * is not enough: agents read their team's tickets to help each other but only update their own.
 */
export function overseesTickets(perms: EffectivePermissions | null): boolean {
  if (!perms) return false
  if (perms.isAdmin) return true
  const grant = grantFor(perms, 'tickets')
  return BEYOND_OWN.includes(grant.read) && BEYOND_OWN.includes(grant.update)
}

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
