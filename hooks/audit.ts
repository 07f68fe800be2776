import type { CollectionBeforeChangeHook, GlobalBeforeChangeHook } from 'payload'

const userId = (user: unknown) =>
  user && typeof user === 'object' && 'id' in user ? (user as { id: number | string }).id : undefined

/** Records the signed-in user as creator (on create) and last editor (always). */
export const stampAuthor: CollectionBeforeChangeHook = ({ data, operation, req, originalDoc }) => {
  const id = userId(req.user)
  if (operation === 'create') data.createdBy = id ?? null
  else data.createdBy = originalDoc?.createdBy ?? null
  data.updatedBy = id ?? null
  return data
}

export const stampGlobalAuthor: GlobalBeforeChangeHook = ({ data, req }) => {
  data.updatedBy = userId(req.user) ?? null
  return data
}
