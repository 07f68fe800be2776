import type { Ownership } from '@/access/types'

/** A contract is "own" for its owner; "team" is the owner's team. */
export const contractOwnership: Ownership = { ownerFields: ['owner'], teamField: 'team' }
