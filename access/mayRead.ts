import type { CollectionSlug, PayloadRequest } from 'payload'

import { permissionsFor } from './engine'
import { grantFor } from './combine'

/** Whether any of the user's roles reads the collection at all (a section they cannot read is left out, not refused). */
export async function mayRead(req: PayloadRequest, collection: CollectionSlug): Promise<boolean> {
  const perms = await permissionsFor(req)
  if (!perms) return false
  return perms.isAdmin || grantFor(perms, collection).read !== 'none'
}
