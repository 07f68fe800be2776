import type { Ownership } from '@/access/types'

/** A ticket is "own" for its responsible person and its reporter; "team" is the team handling it. */
export const ticketOwnership: Ownership = { ownerFields: ['responsible', 'reporter'], teamField: 'team' }
