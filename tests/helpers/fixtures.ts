import type { CollectionConfig } from 'payload'

import { governedAccess } from '@/access/collectionAccess'
import type { Ownership } from '@/access/types'
import { t } from '@/lib/i18n'

const ownership: Ownership = { ownerFields: ['owner'], teamField: 'team' }

/** A business-like collection that exists only in the tests, to prove the engine on own/team/all. */
export const FixtureRecords: CollectionConfig = {
  slug: 'fixture-records',
  labels: {
    singular: t('Fixture record', 'Înregistrare de test'),
    plural: t('Fixture records', 'Înregistrări de test'),
  },
  access: governedAccess('fixture-records', ownership),
  fields: [
    { name: 'title', type: 'text', required: true, label: t('Title', 'Titlu') },
    { name: 'owner', type: 'relationship', relationTo: 'users', label: t('Owner', 'Proprietar') },
    { name: 'team', type: 'relationship', relationTo: 'teams', label: t('Team', 'Echipă') },
  ],
}
