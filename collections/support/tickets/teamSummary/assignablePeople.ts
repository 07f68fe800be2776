import type { PayloadRequest, Where } from 'payload'

import { rolesWorkingOn } from '@/access/assignable'
import type { EffectivePermissions } from '@/access/types'

/**
 * Who a support manager may make responsible for a ticket: the active holders of a role that works
 * on tickets (its permissions let it update tickets) in the manager's team; an administrator picks
 * among all of them. A manager without a team has nobody to pick.
 */
export async function assignablePeople(
  req: PayloadRequest,
  perms: EffectivePermissions,
): Promise<{ id: number; name: string }[]> {
  if (!perms.isAdmin && perms.teamId === null) return []
  const roles = await rolesWorkingOn(req, 'tickets')
  if (roles.length === 0) return []
  const where: Where[] = [{ active: { equals: true } }, { roles: { in: roles } }]
  if (!perms.isAdmin) where.push({ team: { equals: perms.teamId } })
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { and: where },
    select: { name: true },
    sort: 'name',
    depth: 0,
    pagination: false,
    disableErrors: true,
    user: req.user,
    overrideAccess: false,
    req,
  })
  return docs.map((user) => ({ id: user.id, name: user.name }))
}
