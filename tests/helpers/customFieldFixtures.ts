import type { CollectionConfig } from 'payload'

import { governedAccess } from '@/access/collectionAccess'
import { withCustomFields } from '@/fields/customFields'
import { t } from '@/lib/i18n'

/**
 * A record with custom fields, defined only for the tests: `kind` selects which definitions apply
 * (as a ticket's type will), `status` is the state `requiredFromState` looks at.
 */
export const CustomFieldFixtures: CollectionConfig = withCustomFields(
  {
    slug: 'cf-fixtures',
    labels: {
      singular: t('Custom field fixture', 'Fixtură câmpuri personalizate'),
      plural: t('Custom field fixtures', 'Fixturi câmpuri personalizate'),
    },
    access: governedAccess('cf-fixtures', { ownerFields: ['owner'] }),
    admin: { useAsTitle: 'title' },
    graphQL: { singularName: 'CfFixture', pluralName: 'CfFixtures' },
    // Business collections keep versions: hidden values must not leak through the history either.
    versions: { maxPerDoc: 10 },
    fields: [
      { name: 'title', type: 'text', required: true, label: t('Title', 'Titlu') },
      {
        name: 'kind',
        type: 'select',
        label: t('Kind', 'Tip'),
        options: [
          { value: 'bug', label: t('Bug', 'Defect') },
          { value: 'feature', label: t('Feature', 'Funcționalitate') },
        ],
      },
      { name: 'status', type: 'text', defaultValue: 'new', label: t('Status', 'Stare') },
      { name: 'owner', type: 'relationship', relationTo: 'users', label: t('Owner', 'Proprietar') },
    ],
  },
  { discriminatorField: 'kind', statusField: 'status' },
)
