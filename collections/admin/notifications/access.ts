import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { permissionsFor, requireSession } from '@/access/engine'

type SessionUser = { id: number | string; collection?: string; active?: boolean | null }

/** The signed-in, active user of the users collection, or null. */
export function activeUser(req: PayloadRequest): SessionUser | null {
  const user = req.user as SessionUser | null
  if (!user || user.collection !== 'users' || user.active === false) return null
  return user
}

/**
 * A user sees, and may mark read, only the notifications addressed to them, whatever their roles:
 * administrators included. 401 without a session over REST and GraphQL.
 */
export const ownNotifications: Access = ({ req }): boolean | Where => {
  requireSession(req)
  const user = activeUser(req)
  return user ? { recipient: { equals: user.id } } : false
}

/** Notifications are written by server code only (`notify()`, with overrideAccess). */
export const nobody: Access = ({ req }) => {
  requireSession(req)
  return false
}

/** Deleting notifications (cleaning up) is for administrators. */
export const administrators: Access = async ({ req }) => {
  requireSession(req)
  return Boolean((await permissionsFor(req))?.isAdmin)
}

/** Fields written by the engine: shown, never changed through the API or the admin form. */
export const engineOnly: FieldAccess = () => false
