import type { Field } from 'payload'

import { t } from '@/lib/i18n'
import { serverOwned } from './serverOwned'

/**
 * Who created and who last changed a record. Saved with every version, so the version history
 * answers "who changed what and when" (R33). Set by hooks/audit.ts on every save: whatever a client sends is overwritten.
 */
export const auditFields: Field[] = [
  serverOwned({
    name: 'createdBy',
    type: 'relationship',
    relationTo: 'users',
    label: t('Created by', 'Creat de'),
    admin: { readOnly: true, position: 'sidebar' },
  }),
  serverOwned({
    name: 'updatedBy',
    type: 'relationship',
    relationTo: 'users',
    label: t('Last changed by', 'Modificat ultima dată de'),
    admin: { readOnly: true, position: 'sidebar' },
  }),
]
