import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { governedAccess, governedHidden } from '../../../access/collectionAccess'
import type { Ownership } from '../../../access/types'
import { auditFields } from '../../../fields/audit'
import { stampAuthor } from '../../../hooks/audit'
import { refuseDeleteWhileReferenced } from '../../../hooks/refuseDeleteWhileReferenced'
import { withUploadCleanup } from '../../../hooks/uploadCleanup'
import { t } from '../../../src/lib/i18n'

const slug = 'media'
const ownership: Ownership = { ownerFields: ['createdBy'] }

/** Images and documents shared across the application (the company logo, for a start). */
export function createMedia(uploadsDir: string): CollectionConfig {
  return withUploadCleanup({
    slug,
    labels: { singular: t('File', 'Fișier'), plural: t('Files', 'Fișiere') },
    access: governedAccess(slug, ownership),
    admin: { group: t('Documents', 'Documente'), hidden: governedHidden(slug, ownership) },
    upload: {
      staticDir: path.resolve(uploadsDir, 'media'),
      mimeTypes: ['image/*', 'application/pdf'],
    },
    hooks: { beforeChange: [stampAuthor], beforeDelete: [refuseDeleteWhileReferenced] },
    fields: [{ name: 'alt', type: 'text', label: t('Description', 'Descriere') }, ...auditFields],
  })
}
