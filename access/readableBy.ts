import type { PayloadRequest, SanitizedCollectionConfig, TypedUser, Where } from 'payload'

/**
 * Whether `user` may read the record `id` of `collection`, decided by the collection's own read
 * access (the engine's rules for governed collections) as if that user asked. Runs inside `req`'s
 * transaction, so a record written moments ago in this request counts, and costs at most one count
 * query. The caller's `req.user` and its cached permissions are left untouched.
 */
export async function readableBy(
  req: PayloadRequest,
  user: TypedUser,
  collection: string,
  id: number | string,
): Promise<boolean> {
  const config = (req.payload.collections as Record<string, { config: SanitizedCollectionConfig } | undefined>)[
    collection
  ]?.config
  const read = config?.access?.read
  if (!config) return false
  if (!read) return true
  // The same request seen by the reader: its own fields (transaction, payload, language) copied,
  // with the reader as user, a fresh permission cache and a fresh data loader. A copy, not a
  // prototype chain: Request's getters refuse any object that is not a real Request.
  const asReader = {
    ...req,
    user: { ...user, collection: 'users' },
    context: {},
    payloadDataLoader: undefined,
  } as unknown as PayloadRequest
  let access: boolean | Where
  try {
    access = await read({ id: id as number, req: asReader })
  } catch (error) {
    // A refusal (401/403) means no; anything else is a fault worth seeing, and still no.
    const status = (error as { status?: number }).status
    if (status !== 401 && status !== 403)
      req.payload.logger.error({ err: error, msg: `readableBy: read access of ${collection} failed` })
    return false
  }
  if (access === true) return true
  if (!access) return false
  const { totalDocs } = await req.payload.count({
    collection: collection as never,
    where: { and: [access, { id: { equals: id } }] },
    // The reader's access is in the query above.
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}
