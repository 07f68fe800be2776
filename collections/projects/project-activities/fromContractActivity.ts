import type { CollectionBeforeChangeHook, JoinField, RelationshipField } from 'payload'

import { derivedField } from '@/fields/serverOwned'
import { t } from '@/lib/i18n'

/** Set by the take-over endpoint around the creation of one activity: the contract activity it carries over. */
export const TAKING_OVER = 'organizecrm:projects:takingOver'

/**
 * The contract activity this project activity carries over (R19 → R22). Kept on the project's side:
 * the contracts module knows nothing of projects, and a module adds to another's collection only
 * what stores nothing there (the join below). Unique: a contract activity is carried over once.
 */
export const fromContractActivityField: RelationshipField = derivedField({
  name: 'fromContractActivity',
  type: 'relationship',
  relationTo: 'contract-activities',
  unique: true,
  index: true,
  label: t('Carries over the contract activity', 'Preia activitatea din contract'),
  admin: { position: 'sidebar' },
})

/** The link is written by the application only (clients' values are dropped by the field's access). */
export const linkContractActivity: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  const from = req.context[TAKING_OVER]
  if (operation === 'create' && typeof from === 'number') data.fromContractActivity = from
  return data
}

/** On the contract activity's page: the project activity that carries it over, if any. */
export const takenOverIn: JoinField = {
  name: 'takenOverIn',
  type: 'join',
  collection: 'project-activities',
  on: 'fromContractActivity',
  label: t('Taken over in the project as', 'Preluată în proiect ca'),
  defaultLimit: 1,
  admin: { position: 'sidebar', defaultColumns: ['title', 'project', 'plannedStart', 'status'] },
}
