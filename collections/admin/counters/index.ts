import type { CollectionConfig } from 'payload'

import { hasFunction } from '@/access/engine'
import { t } from '@/lib/i18n'

/**
 * Counters behind human-readable numbers (offers, contracts, tickets). Written only by
 * src/lib/counters.ts inside the transaction that uses the number; settings managers may look.
 */
export const Counters: CollectionConfig = {
  slug: 'counters',
  labels: { singular: t('Counter', 'Contor'), plural: t('Counters', 'Contoare') },
  access: {
    read: ({ req }) => hasFunction(req, 'manageSettings'),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  admin: { group: t('Administration', 'Administrare'), useAsTitle: 'key', hidden: true },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, label: t('Key', 'Cheie') },
    { name: 'value', type: 'number', required: true, defaultValue: 0, label: t('Last number', 'Ultimul număr') },
  ],
}
