import path from 'node:path'
import type { CollectionBeforeChangeHook, CollectionConfig, CollectionSlug, Field } from 'payload'

import { type FileParent, recordFileAccess } from '@/access/recordFiles'
import { auditFields } from '@/fields/audit'
import { stampAuthor } from '@/hooks/audit'
import { withUploadCleanup } from '@/hooks/uploadCleanup'
import { t } from '@/lib/i18n'
import { checkFile, type FileRules } from './checkFile'
import { RECORD_FILE_TYPES, servedSafely } from './fileTypes'
import { FILING } from './fileUnderRecord'

export { fileUnderRecord } from './fileUnderRecord'
export { DEFAULT_MAX_UPLOAD_MB, RECORD_FILE_TYPES, servedSafely } from './fileTypes'

type Bilingual = ReturnType<typeof t>

export interface RecordFilesOptions extends FileRules {
  slug: string
  uploadsDir: string
  labels: { singular: Bilingual; plural: Bilingual }
  group: Bilingual
  /** The record the files belong to, and the label of the files' field pointing to it. */
  parent: FileParent & { label: Bilingual }
  /** What a kind of record keeps about its files beyond a description (a contract's document kind, version...). */
  fields?: Field[]
  beforeChange?: CollectionBeforeChangeHook[]
  /** Keep each file's earlier versions (its metadata's history). */
  versions?: boolean
  /**
   * The file names its record when uploaded (a record that lists its files by a join, not an
   * upload field): the parent field is required then and fixed afterwards, and `access` (with
   * `underParent` judging the record named) replaces the rules of files filed by their record.
   */
  namedOnUpload?: { access: NonNullable<CollectionConfig['access']> }
}

/** The files' field pointing to their record: never from the client, or (named on upload) only when uploading. */
function parentField(options: RecordFilesOptions): Field {
  const { parent } = options
  const base = {
    name: parent.field,
    type: 'relationship' as const,
    relationTo: parent.collection as CollectionSlug,
    index: true,
    label: parent.label,
  }
  if (options.namedOnUpload)
    return { ...base, required: true, access: { update: () => false }, admin: { readOnly: false } }
  return {
    ...base,
    // Never taken from the client: a file joins a record only when a save of that record,
    // which the record's own rules allowed, lists it (fileUnderRecord).
    access: {
      create: ({ req }) => req.context?.[FILING] === true,
      update: ({ req }) => req.context?.[FILING] === true,
    },
    admin: { readOnly: true },
  }
}

/**
 * An upload collection of the files of one kind of record (ticket files, offer files, later
 * contract and project files): stored apart under `<uploadsDir>/<slug>`, read and written exactly
 * as their record (access/recordFiles.ts), PDF, images and Office documents up to the size limit
 * of the settings, served so a browser never runs them. A record's upload field lists its files;
 * `fileUnderRecord` in the record's afterChange files the uploads under it.
 */
export function createRecordFiles(options: RecordFilesOptions): CollectionConfig {
  const { slug, parent } = options
  // A save that fails leaves no file behind on the disk.
  return withUploadCleanup({
    slug,
    // Read and written with their record: not a row of the roles' matrix.
    custom: { outsideRoles: true },
    labels: options.labels,
    access: options.namedOnUpload?.access ?? recordFileAccess(parent),
    // Reached through the record's upload field, never as a list of its own.
    admin: { group: options.group, hidden: true },
    upload: {
      staticDir: path.resolve(options.uploadsDir, slug),
      mimeTypes: RECORD_FILE_TYPES,
      modifyResponseHeaders: servedSafely,
    },
    hooks: { beforeOperation: [checkFile(options)], beforeChange: [...(options.beforeChange ?? []), stampAuthor] },
    ...(options.versions ? { versions: { maxPerDoc: 50 } } : {}),
    fields: [
      parentField(options),
      { name: 'description', type: 'text', label: t('Description', 'Descriere') },
      ...(options.fields ?? []),
      ...auditFields,
    ],
  })
}
