import { grantFor } from './combine'
import type { EffectivePermissions, Scope } from './types'

const WIDE: Scope[] = ['team', 'all']

/**
 * Whether the user reads a collection beyond their own records (their team's or everyone's):
 * what overviews of other people's work (loads, summaries) require.
 */
export function readsWidely(perms: EffectivePermissions | null | undefined, slug: string): boolean {
  if (!perms) return false
  if (perms.isAdmin) return true
  return WIDE.includes(grantFor(perms, slug).read)
}
