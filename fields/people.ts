import type { FilterOptions, JoinField, RelationshipField } from 'payload'

import { onlyAssignablePeople } from '@/access/assignable'
import { t } from '@/lib/i18n'

/** The user a record belongs to; the person creating it unless they pick someone else. */
export const ownerField = (name = 'owner', label = t('Owner', 'Responsabil')): RelationshipField => ({
  name,
  type: 'relationship',
  relationTo: 'users',
  required: true,
  index: true,
  label,
  defaultValue: ({ user }) => user?.id,
  admin: { position: 'sidebar' },
})

/** The team a record belongs to: filled from its owner's team when left empty (hooks/teamFromUser). */
export const teamField = (): RelationshipField => ({
  name: 'team',
  type: 'relationship',
  relationTo: 'teams',
  index: true,
  label: t('Team', 'Echipă'),
  admin: { position: 'sidebar' },
})

/** A list of the records of another collection that point here, with a button adding one pre-linked. */
export const joinOf = (
  name: string,
  collection: string,
  on: string,
  label: { en: string; ro: string },
  extra: Partial<Pick<JoinField, 'defaultSort' | 'where'>> & { defaultColumns?: string[] } = {},
): JoinField => {
  const { defaultColumns, ...rest } = extra
  return {
    name,
    type: 'join',
    collection: collection as JoinField['collection'],
    on,
    label,
    defaultLimit: 10,
    ...rest,
    admin: { allowCreate: true, ...(defaultColumns ? { defaultColumns } : {}) },
  }
}

/** In a relationship field: only records of the client chosen in the same form (its contacts, its opportunities). */
export const ofTheChosenClient: FilterOptions = ({ siblingData }) => {
  const client = (siblingData as { client?: unknown } | undefined)?.client
  return client ? { client: { equals: client } } : true
}

/**
 * The person who carries out a record of `slug` handed across teams (a todo, an offer section):
 * the author by default, chosen among the people the caller may assign, their team or anyone whose
 * role works on such records.
 */
export const handedOutResponsible = (slug: string): RelationshipField => ({
  name: 'responsible',
  type: 'relationship',
  relationTo: 'users',
  required: true,
  index: true,
  label: t('Responsible', 'Responsabil'),
  defaultValue: ({ user }: { user?: { id?: unknown } | null }) => user?.id,
  filterOptions: onlyAssignablePeople(slug, 'responsible', { acrossTeamsToWorkers: true }),
})
