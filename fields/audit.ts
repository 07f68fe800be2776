import type { Condition, Field } from 'payload'

import { t } from '@/lib/i18n'
import { serverOwned } from './serverOwned'

/** Not while the record is being created: the application fills these on saving. */
export const notWhenCreating: Condition = (_data, _siblingData, { operation }) => operation !== 'create'

/**
 * Who created and who last changed a record. Saved with every version, so the version history
 * answers "who changed what and when" (R33). Set by hooks/audit.ts on every save: whatever a client sends is overwritten.
 * In the form: absent on a new record (empty until saved), folded in the sidebar afterwards.
 */
export const auditFields: Field[] = [
  {
    type: 'collapsible',
    label: t('Record history', 'Istoricul înregistrării'),
    admin: { position: 'sidebar', initCollapsed: true, condition: notWhenCreating },
    fields: [
      serverOwned({
        name: 'createdBy',
        type: 'relationship',
        relationTo: 'users',
        label: t('Created by', 'Creat de'),
        admin: { readOnly: true },
      }),
      serverOwned({
        name: 'updatedBy',
        type: 'relationship',
        relationTo: 'users',
        label: t('Last changed by', 'Modificat ultima dată de'),
        admin: { readOnly: true },
      }),
    ],
  },
]
