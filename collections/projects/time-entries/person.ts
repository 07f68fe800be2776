import type { FilterOptions } from 'payload'

import { assignableWhere } from '@/access/assignable'
import { grantFor } from '@/access/combine'
import { permissionsFor } from '@/access/engine'

/**
 * Whose time the caller may enter: their own, unless they may change more than their own entries
 * (a project manager for the team, an administrator for anyone). Payload refuses any other person.
 */
export const onlyOwnUnlessManaging =
  (slug: string): FilterOptions =>
  async ({ req }) => {
    if (!req.user) return true
    const perms = await permissionsFor(req)
    if (!perms) return false
    if (!perms.isAdmin && ['none', 'own'].includes(grantFor(perms, slug).update)) {
      return { id: { equals: perms.userId } }
    }
    return assignableWhere(req, slug)
  }
