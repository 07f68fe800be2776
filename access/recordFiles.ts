import type { CollectionConfig, PayloadRequest, Where } from 'payload'

import { accessResult, mayCreate, requireSession } from './engine'
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

/** The parent collection's own access for `operation`, as the caller: true, false or a Where. */
async function parentAccess(req: PayloadRequest, collection: string, operation: 'read' | 'update') {
  const access = req.payload.collections[collection as 'users']?.config.access[operation]
  return access ? ((await access({ req })) as boolean | Where) : Boolean(req.user)
}

/**
 * Files that name their record when uploaded (a project's documents, listed by a join): read with
 * the record, changed and deleted by whoever may change it, as the record collection's own access
 * says (its related scope included). Uploading needs a record the caller may change somewhere;
 * `underParent` around it judges the one named.
 */
export function filesOfRecordAccess(parent: { collection: string; field: string }): CollectionConfig['access'] {
  const through = async (req: PayloadRequest, operation: 'read' | 'update'): Promise<boolean | Where> => {
    requireSession(req)
    if (!req.user) return false
    const records = await parentAccess(req, parent.collection, operation)
    return typeof records === 'boolean' ? records : throughRelation(parent.field, records)
  }
  return {
    read: ({ req }) => through(req, 'read'),
    create: async ({ req }) => (await through(req, 'update')) !== false,
    update: ({ req }) => through(req, 'update'),
    delete: ({ req }) => through(req, 'update'),
  }
}
