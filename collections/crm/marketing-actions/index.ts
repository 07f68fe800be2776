import type { CollectionConfig } from 'payload'

import { governedAccess, governedHidden } from '@/access/collectionAccess'
import { underParent } from '@/access/parent'
import type { Ownership } from '@/access/types'
import { auditFields } from '@/fields/audit'
import { nomenclatorField } from '@/fields/nomenclator'
import { ownerField, teamField } from '@/fields/people'
import { stampAuthor } from '@/hooks/audit'
import { teamFromUser } from '@/hooks/teamFromUser'
import { workflowGoverned } from '@/hooks/workflow/governed'
import { t } from '@/lib/i18n'
import { dateField } from '@/fields/dates'

const slug = 'marketing-actions'
const ownership: Ownership = { ownerFields: ['responsible', 'createdBy'], teamField: 'team' }
const governed = workflowGoverned(slug, {
  workflow: 'marketing-action',
  ownerField: 'createdBy',
  responsibleField: 'responsible',
  teamField: 'team',
})

/**
 * The steps of a campaign (R8), each validated by a marketing manager before it is carried out:
 * draft → submitted → validated | returned → done; the history of every step shows beside the form.
 */
export const MarketingActions: CollectionConfig = {
  slug,
  labels: {
    singular: t('Marketing action', 'Acțiune de marketing'),
    plural: t('Marketing actions', 'Acțiuni de marketing'),
  },
  // Specialists carry out the actions of campaigns they read (a manager's campaign included).
  access: underParent(
    slug,
    { field: 'campaign', collection: 'campaigns', need: 'read' },
    governedAccess(slug, ownership),
  ),
  admin: {
    group: t('Marketing', 'Marketing'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'campaign', 'type', 'due', 'responsible', 'status'],
    listSearchableFields: ['title'],
    hidden: governedHidden(slug, ownership),
  },
  defaultSort: 'due',
  versions: { maxPerDoc: 50 },
  indexes: [{ fields: ['responsible', 'due'] }],
  endpoints: governed.endpoints,
  hooks: {
    beforeChange: [teamFromUser('responsible'), ...governed.hooks.beforeChange, stampAuthor],
    afterChange: governed.hooks.afterChange,
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: t('Title', 'Titlu') },
    {
      type: 'row',
      fields: [
        {
          name: 'campaign',
          type: 'relationship',
          relationTo: 'campaigns',
          required: true,
          index: true,
          label: t('Campaign', 'Campanie'),
        },
        nomenclatorField({ name: 'type', list: 'marketing-action-types', label: t('Type', 'Tip') }),
        {
          name: 'client',
          type: 'relationship',
          relationTo: 'clients',
          index: true,
          label: t('Client (if one)', 'Client (dacă e cazul)'),
        },
      ],
    },
    { name: 'description', type: 'textarea', label: t('Description', 'Descriere') },
    {
      type: 'row',
      fields: [
        dateField({ name: 'due', index: true, label: t('Due date', 'Termen') }),
        { name: 'cost', type: 'number', min: 0, label: t('Cost', 'Cost') },
      ],
    },
    ownerField('responsible', t('Responsible', 'Responsabil')),
    teamField(),
    ...governed.fields,
    ...auditFields,
  ],
}
