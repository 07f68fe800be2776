import type { CollectionConfig } from 'payload'

import { accessResult, hiddenInNavigation, mayCreate } from './engine'
import type { Ownership } from './types'

/**
 * Access for a collection governed by roles: every operation asks the engine, so REST, GraphQL,
 * the local API (with overrideAccess: false) and the admin panel all get the same answer.
 */
export function governedAccess(slug: string, ownership: Ownership): CollectionConfig['access'] {
  return {
    read: ({ req }) => accessResult(req, slug, ownership, 'read'),
    readVersions: ({ req }) => accessResult(req, slug, ownership, 'read'),
    create: ({ req }) => mayCreate(req, slug, ownership),
    update: ({ req }) => accessResult(req, slug, ownership, 'update'),
    delete: ({ req }) => accessResult(req, slug, ownership, 'delete'),
  }
}

export const governedHidden =
  (slug: string, ownership: Ownership) =>
  ({ user }: { user: unknown }) =>
    hiddenInNavigation(user, slug, ownership)
