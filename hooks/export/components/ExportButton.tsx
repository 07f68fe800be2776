import { createLocalReq, type ServerProps, type TypedUser } from 'payload'

import { hasFunctionIn, permissionsFor } from '@/access/engine'
import { ExportLink } from './ExportLink'

/**
 * Above a list: the Excel export, offered only to those whose roles have the `export` function
 * (the list's server props carry the user but not the request, so the roles are read here).
 */
export async function ExportButton({ user, payload }: ServerProps) {
  if (!user || !payload) return null
  const perms = await permissionsFor(await createLocalReq({ user: user as TypedUser }, payload))
  return hasFunctionIn(perms, 'export') ? <ExportLink /> : null
}
