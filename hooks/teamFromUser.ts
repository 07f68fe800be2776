import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '@/lib/ids'

/**
 * Files a new record under the team of the user in `userField` (owner, responsible) unless a team
 * was given, so team-scoped roles see it without anyone having to pick the team.
 */
export const teamFromUser =
  (userField: string, teamField = 'team'): CollectionBeforeChangeHook =>
  async ({ data, req, operation }) => {
    if (operation !== 'create' || data[teamField]) return data
    const userId = idOf(data[userField])
    if (userId === null) return data
    const user = await req.payload.findByID({
      collection: 'users',
      id: userId,
      depth: 0,
      disableErrors: true,
      // Reading the user's team to file the record, not something shown to the caller.
      overrideAccess: true,
      req,
    })
    data[teamField] = user?.team ?? null
    return data
  }
