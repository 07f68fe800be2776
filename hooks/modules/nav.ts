import { createLocalReq, type Payload, type SanitizedPermissions } from 'payload'

import { permissionsFor } from '@/access/engine'
import { modulesOf } from './registry'
import type { NavLink, NavReader } from './types'

/**
 * The links of the custom views the reader may use, in order. The navigation does not receive the
 * request whose access functions worked out the permissions: Payload hands it a copy of the user
 * (read through the users collection's own read access), without what that request learnt. So the
 * reader's permissions are worked out here once, from their roles, exactly as the views and their
 * endpoints work them out (`permissionsFor`), and every link decides with them.
 */
export async function navLinksFor({
  payload,
  user,
  permissions,
}: {
  payload: Payload
  user: unknown
  /** Payload's permissions of the reader (what the admin panel shows of each collection). */
  permissions?: Pick<SanitizedPermissions, 'collections'> | null
}): Promise<NavLink[]> {
  if (!user || typeof user !== 'object') return []
  const registry = modulesOf(payload)
  const req = await createLocalReq({ user: user as never }, payload)
  const reader: NavReader = {
    // The same object the request holds: links that read the permissions stashed on the user find them.
    user: req.user,
    req,
    permissions: await permissionsFor(req),
    registry,
    collections: (permissions?.collections ?? {}) as NavReader['collections'],
  }
  const links = [...registry.navLinks].sort((a, b) => a.order - b.order)
  const shown = await Promise.all(links.map((link) => link.show(reader)))
  return links.filter((_, i) => shown[i])
}
