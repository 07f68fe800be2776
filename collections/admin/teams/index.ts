import type { CollectionConfig } from 'payload'

import { governedAccess, governedHidden } from '@/access/collectionAccess'
import type { Ownership } from '@/access/types'
import { auditFields } from '@/fields/audit'
import { keyField } from '@/fields/key'
import { stampAuthor } from '@/hooks/audit'
import { refuseDeleteWhileReferenced } from '@/hooks/refuseDeleteWhileReferenced'
import { t } from '@/lib/i18n'

const slug = 'teams'
const ownership: Ownership = { managedBy: 'manageUsers' }

/** Departments (R2): marketing, sales, implementation, support, editable by the administrator. */
export const Teams: CollectionConfig = {
  slug,
  labels: { singular: t('Team', 'Echipă'), plural: t('Teams', 'Echipe') },
  access: governedAccess(slug, ownership),
  admin: {
    group: t('Administration', 'Administrare'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'key', 'managers'],
    hidden: governedHidden(slug, ownership),
  },
  versions: { maxPerDoc: 50 },
  hooks: { beforeChange: [stampAuthor], beforeDelete: [refuseDeleteWhileReferenced] },
  fields: [
    keyField(),
    { name: 'name', type: 'text', required: true, localized: true, label: t('Name', 'Nume') },
    { name: 'description', type: 'textarea', localized: true, label: t('Description', 'Descriere') },
    {
      name: 'managers',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      label: t('Managers', 'Manageri'),
      admin: {
        description: t(
          'They see the team\u2019s aggregated lists and validate its work.',
          'Văd listele agregate ale echipei și validează munca ei.',
        ),
      },
    },
    {
      name: 'members',
      type: 'join',
      collection: 'users',
      on: 'team',
      label: t('Members', 'Membri'),
      defaultLimit: 50,
    },
    ...auditFields,
  ],
}
