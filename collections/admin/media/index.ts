import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { governedAccess, governedHidden } from '@/access/collectionAccess'
import type { Ownership } from '@/access/types'
import { auditFields } from '@/fields/audit'
import { stampAuthor } from '@/hooks/audit'
import { refuseDeleteWhileReferenced } from '@/hooks/refuseDeleteWhileReferenced'
import { withUploadCleanup } from '@/hooks/uploadCleanup'
import { t } from '@/lib/i18n'
import { servedSafely } from '@/hooks/recordFiles/fileTypes'

const slug = 'media'
const ownership: Ownership = { ownerFields: ['createdBy'] }

/**
 * What every user may see: the company logo, images in rich text. Files of a record (offers,
 * tickets) go to that record's own files (record-files), never here.
 */
export function createMedia(uploadsDir: string): CollectionConfig {
  return withUploadCleanup({
    slug,
    labels: { singular: t('File', 'Fișier'), plural: t('Files', 'Fișiere') },
    access: governedAccess(slug, ownership),
    admin: { group: t('Documents', 'Documente'), hidden: governedHidden(slug, ownership) },
    upload: {
      staticDir: path.resolve(uploadsDir, 'media'),
      // No SVG: it is a page a browser may run, and media is read by every role.
      mimeTypes: ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf'],
      modifyResponseHeaders: servedSafely,
    },
    hooks: { beforeChange: [stampAuthor], beforeDelete: [refuseDeleteWhileReferenced] },
    fields: [{ name: 'alt', type: 'text', label: t('Description', 'Descriere') }, ...auditFields],
  })
}
