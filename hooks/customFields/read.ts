import type { FieldHook } from 'payload'

import { definitionsFor, hiddenFrom, roleIdsOf } from './definitions'

/**
 * Field `afterRead` hook of `customFields`: drops the values whose definition is hidden for one of
 * the reader's roles. Applies to REST, GraphQL, the admin panel and the local API with
 * `overrideAccess: false`; system reads (overrideAccess, no user) see everything. Definitions
 * that were deactivated still hide their values: deactivating never leaks.
 */
export const stripHiddenCustomFields: FieldHook = async ({ collection, overrideAccess, req, value }) => {
  if (overrideAccess || !req.user || !collection || !value || typeof value !== 'object' || Array.isArray(value))
    return value
  const roleIds = roleIdsOf(req.user)
  if (roleIds.length === 0) return value
  const hidden = (await definitionsFor(req, collection.slug)).filter((d) => hiddenFrom(d, roleIds))
  if (hidden.length === 0) return value
  const visible = { ...(value as Record<string, unknown>) }
  for (const definition of hidden) delete visible[definition.key]
  return visible
}
