import { grantFor } from './combine'
import type { EffectivePermissions, Scope } from './types'

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
