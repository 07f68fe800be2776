import type { Ownership } from './types'

/**
 * Each governed collection's ownership, as given to `governedAccess`: the engine follows a
 * collection's `through` links to its parents' rules here, and the permission matrix test derives
 * its expectations from it.
 */
const OWNERSHIPS = new Map<string, Ownership>()

export const registerOwnership = (slug: string, ownership: Ownership) => OWNERSHIPS.set(slug, ownership)
export const ownershipOf = (slug: string): Ownership | undefined => OWNERSHIPS.get(slug)
