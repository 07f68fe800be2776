import type { Ownership } from '@/access/types'

/** A project is "own" for its manager and its members; "team" is the manager's team. */
export const projectOwnership: Ownership = { ownerFields: ['manager', 'members.user'], teamField: 'team' }
