import type { Ownership } from '@/access/types'

/**
 * A project is "own" for its manager and its members; "team" is the manager's team. With the
 * `related` scope it is also reached through its client (sales read their clients' projects).
 */
export const projectOwnership: Ownership = {
  ownerFields: ['manager', 'members.user'],
  teamField: 'team',
  through: [{ field: 'client', collection: 'clients' }],
}

/** A record of the plan (activity, deliverable, time entry) is related to whoever the project is. */
export const throughProject: Ownership['through'] = [{ field: 'project', collection: 'projects' }]
