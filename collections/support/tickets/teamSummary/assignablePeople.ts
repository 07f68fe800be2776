import type { PayloadRequest, Where } from 'payload'

import type { EffectivePermissions } from '../../../../access/types'

/** The roles whose holders take tickets (seeded system roles; their keys never change). */
const SUPPORT_ROLE_KEYS = ['support-agent', 'support-manager']

/**
 * Who a support manager may make responsible for a ticket: the active holders of a support role
 * in the manager's team; an administrator picks among all of them. A manager without a team has
 * nobody to pick.
 */
export async function assignablePeople(req: PayloadRequest, perms: EffectivePermissions): Promise<{ id: number; name: string }[]> {
  if (!perms.isAdmin && perms.teamId === null) return []
  const roles = await req.payload.find({
    collection: 'roles',
    where: { key: { in: SUPPORT_ROLE_KEYS } },
    select: { key: true },
    depth: 0,
    pagination: false,
    disableErrors: true,
    user: req.user,
    overrideAccess: false,
    req,
  })
  if (roles.docs.length === 0) return []
  const where: Where[] = [{ active: { equals: true } }, { roles: { in: roles.docs.map((role) => role.id) } }]
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
