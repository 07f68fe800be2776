import type { CollectionConfig, Where } from 'payload'

import { accessResult, hiddenInNavigation, mayCreate } from './engine'
import { registerOwnership } from './ownerships'
import type { Ownership } from './types'

export { ownershipOf } from './ownerships'

/**
 * Access for a collection governed by roles: every operation asks the engine, so REST, GraphQL,
 * the local API (with overrideAccess: false) and the admin panel all get the same answer.
 */
export function governedAccess(slug: string, ownership: Ownership): CollectionConfig['access'] {
  registerOwnership(slug, ownership)
  return {
    read: ({ req }) => accessResult(req, slug, ownership, 'read'),
    readVersions: async ({ req }) => inVersions(await accessResult(req, slug, ownership, 'read')),
    create: ({ req }) => mayCreate(req, slug, ownership),
    update: ({ req }) => accessResult(req, slug, ownership, 'update'),
    delete: ({ req }) => accessResult(req, slug, ownership, 'delete'),
  }
}

/** Versions keep the record's fields under `version.`: the same rule, addressed there. */
export function inVersions(access: boolean | Where): boolean | Where {
  if (typeof access === 'boolean') return access
  return Object.fromEntries(
    Object.entries(access).map(([key, value]) =>
      key === 'and' || key === 'or'
        ? [key, (value as Where[]).map((clause) => inVersions(clause) as Where)]
        : [key === 'id' ? 'parent' : `version.${key}`, value],
    ),
  )
}

export const governedHidden =
  (slug: string, ownership: Ownership) =>
  ({ user }: { user: unknown }) =>
    hiddenInNavigation(user, slug, ownership)
