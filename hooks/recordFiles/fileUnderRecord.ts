import type { CollectionAfterChangeHook, CollectionSlug } from 'payload'

import { idOf } from '@/lib/ids'

/** Set on the request while a record files its uploads: the only way a file gets its record. */
export const FILING = 'organizecrm:filingUnderRecord'

/**
 * Files the caller has just uploaded and listed in a record's upload field are filed under that
 * record, so whoever may read the record may read them. Only the caller's own files not yet filed
 * elsewhere move: their update access decides.
 */
export const fileUnderRecord =
  ({
    files,
    field,
    parentField,
    recordOf,
  }: {
    files: string
    field: string
    parentField: string
    recordOf: (doc: Record<string, unknown>) => unknown
  }): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    const ids = ((doc[field] ?? []) as unknown[]).map(idOf).filter((id) => id !== null)
    const record = idOf(recordOf(doc))
    if (ids.length === 0 || record === null || !req.user) return doc
    req.context[FILING] = true
    try {
      await req.payload.update({
        collection: files as CollectionSlug,
        where: { id: { in: ids }, [parentField]: { exists: false } },
        data: { [parentField]: Number(record) },
        user: req.user,
        overrideAccess: false,
        depth: 0,
        req,
      })
    } finally {
      delete req.context[FILING]
    }
    return doc
  }
