import type { CollectionConfig } from 'payload'

import { governedAccess } from '@/access/collectionAccess'
import { workflowGoverned } from '@/hooks/workflow/governed'
import { registerEffect } from '@/hooks/workflow/registry'
import { t } from '@/lib/i18n'

/** A record under a workflow, defined only for the tests: the engine knows no module. */
const governed = workflowGoverned('wf-fixtures', {
  workflow: 'fixture-flow',
  ownerField: 'owner',
  responsibleField: 'responsible',
  watchersField: 'watchers',
  teamField: 'team',
})

export const WorkflowFixtures: CollectionConfig = {
  slug: 'wf-fixtures',
  labels: { singular: t('Workflow fixture', 'Fixtură de flux'), plural: t('Workflow fixtures', 'Fixturi de flux') },
  access: governedAccess('wf-fixtures', { ownerFields: ['owner', 'responsible'], teamField: 'team' }),
  admin: { useAsTitle: 'title' },
  endpoints: governed.endpoints,
  hooks: governed.hooks,
  fields: [
    { name: 'title', type: 'text', required: true, label: t('Title', 'Titlu') },
    { name: 'amount', type: 'number', label: t('Amount', 'Sumă') },
    { name: 'resolution', type: 'text', label: t('Resolution', 'Rezoluție') },
    { name: 'resolvedAt', type: 'date', label: t('Resolved at', 'Rezolvat la') },
    { name: 'owner', type: 'relationship', relationTo: 'users', label: t('Owner', 'Proprietar') },
    { name: 'responsible', type: 'relationship', relationTo: 'users', label: t('Responsible', 'Responsabil') },
    { name: 'watchers', type: 'relationship', relationTo: 'users', hasMany: true, label: t('Watchers', 'Observatori') },
    { name: 'team', type: 'relationship', relationTo: 'teams', label: t('Team', 'Echipă') },
    ...governed.fields,
  ],
}

/** Children for the allChildrenInCategory guard. */
const childGoverned = workflowGoverned('wf-children', {
  workflow: 'fixture-child-flow',
  responsibleField: 'responsible',
})
export const WorkflowChildren: CollectionConfig = {
  slug: 'wf-children',
  labels: { singular: t('Fixture child', 'Copil de test'), plural: t('Fixture children', 'Copii de test') },
  access: governedAccess('wf-children', { ownerFields: ['responsible'] }),
  endpoints: childGoverned.endpoints,
  hooks: childGoverned.hooks,
  fields: [
    { name: 'parent', type: 'relationship', relationTo: 'wf-fixtures' as 'users', label: t('Parent', 'Părinte') },
    { name: 'responsible', type: 'relationship', relationTo: 'users', label: t('Responsible', 'Responsabil') },
    ...childGoverned.fields,
  ],
}

/** An effect that always fails, to prove a step rolls back whole. */
registerEffect('failForTest', {
  description: 'Throws (tests only).',
  run: async () => {
    throw new Error('effect failed on purpose')
  },
})
