import type { CollectionBeforeChangeHook, GlobalBeforeChangeHook } from 'payload'

import { idOf } from '@/lib/ids'

/** Records the signed-in user as creator (on create) and last editor (always). */
export const stampAuthor: CollectionBeforeChangeHook = ({ data, operation, req, originalDoc }) => {
  const id = idOf(req.user)
  if (operation === 'create') data.createdBy = id ?? null
  else data.createdBy = originalDoc?.createdBy ?? null
  data.updatedBy = id ?? null
  return data
}

export const stampGlobalAuthor: GlobalBeforeChangeHook = ({ data, req }) => {
  data.updatedBy = idOf(req.user)
  return data
}
