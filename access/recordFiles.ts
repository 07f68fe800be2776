import type { CollectionConfig, PayloadRequest, Where } from 'payload'

import { accessResult, mayCreate } from './engine'
import { throughRelation } from './throughRelation'
import type { Ownership } from './types'

/** The record that files belong to: its collection, its rules, and the files' field pointing to it. */
export interface FileParent {
  collection: string
  ownership: Ownership
  /** The relationship field of a file that points to its record. */
  field: string
}

/**
 * Files of a record are read and written exactly as their record is: whoever may read (update)
 * the record may read (update, delete) its files, over REST, GraphQL, the admin and the file URL
 * itself. A file not yet filed under a record is its uploader's alone.
 */
export function recordFileAccess(parent: FileParent): CollectionConfig['access'] {
  const uploaderOr = async (req: PayloadRequest, operation: 'read' | 'update'): Promise<boolean | Where> => {
    if (!req.user) return false
    const records = await accessResult(req, parent.collection, parent.ownership, operation)
    if (records === true) return true
    const mine: Where = { createdBy: { equals: req.user.id } }
    return records === false ? mine : { or: [mine, throughRelation(parent.field, records)] }
  }
  return {
    read: ({ req }) => uploaderOr(req, 'read'),
    // Whoever enters records or works on them attaches files; each file is then its uploader's
    // until a record it may update takes it.
    create: async ({ req }) =>
      (await mayCreate(req, parent.collection, parent.ownership)) ||
      (await accessResult(req, parent.collection, parent.ownership, 'update')) !== false,
    update: ({ req }) => uploaderOr(req, 'update'),
    delete: ({ req }) => uploaderOr(req, 'update'),
  }
}
