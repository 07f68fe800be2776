import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { onlyAssignablePeople } from '@/access/assignable'
import { governedAccess, governedHidden } from '@/access/collectionAccess'
import { underParent } from '@/access/parent'
import type { Ownership } from '@/access/types'
import { auditFields } from '@/fields/audit'
import { dateField, dateTimeField } from '@/fields/dates'
import { nomenclatorField } from '@/fields/nomenclator'
import { joinOf, ownerField } from '@/fields/people'
import { serverOwned } from '@/fields/serverOwned'
import { stampAuthor } from '@/hooks/audit'
import { exportEndpoint } from '@/hooks/export'
import { listsWithoutJoins } from '@/hooks/listsWithoutJoins'
import { workflowGoverned } from '@/hooks/workflow/governed'
import { t } from '@/lib/i18n'
import { idOf } from '@/lib/ids'

const slug = 'contract-activities'
// The contract's owner validates its activities, so they are theirs too, whoever added them.
const ownership: Ownership = { ownerFields: ['responsible', 'createdBy', 'contractOwner'], teamField: 'team' }
// The contract's owner validates; `contractOwner` is copied from the contract on every save.
const governed = workflowGoverned(slug, {
  workflow: 'contract-activity',
  ownerField: 'contractOwner',
  responsibleField: 'responsible',
  teamField: 'team',
})

/** An activity belongs to its contract's team, and its owner is the contract's owner. */
const followContract: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const contractId = idOf(data.contract ?? originalDoc?.contract)
  if (contractId === null) return data
  const contract = await req.payload.findByID({
    collection: 'contracts',
    id: contractId,
    depth: 0,
    disableErrors: true,
    select: { team: true, owner: true },
    // Copies the contract's team and owner to file the activity, nothing shown to the caller.
    overrideAccess: true,
    req,
  })
  if (!contract) return data
  data.team = idOf(contract.team)
  data.contractOwner = idOf(contract.owner)
  return data
}

/**
 * What a contract commits both sides to (R19): obligations, milestones, deliveries, payment
 * instalments and reviews, each with a due date and a responsible person, under its own flow:
 * planned → in progress → done → validated by the contract's owner or a sales manager (reopened
 * when it was not). Tickets and projects link to them.
 */
export const ContractActivities: CollectionConfig = {
  slug,
  labels: {
    singular: t('Contract activity', 'Activitate contract'),
    plural: t('Contract activities', 'Activități contracte'),
  },
  // Added only under a contract the caller may change.
  access: underParent(
    slug,
    { field: 'contract', collection: 'contracts', need: 'update' },
    governedAccess(slug, ownership),
  ),
  admin: {
    group: t('Sales', 'Vânzări'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'contract', 'type', 'dueDate', 'responsible', 'amount', 'status'],
    listSearchableFields: ['title'],
    hidden: governedHidden(slug, ownership),
    components: { beforeListTable: ['/hooks/export/components/ExportButton#ExportButton'] },
  },
  defaultSort: 'dueDate',
  versions: { maxPerDoc: 50 },
  indexes: [{ fields: ['responsible', 'statusCategory', 'dueDate'] }, { fields: ['contract', 'dueDate'] }],
  endpoints: [exportEndpoint(slug, { en: 'Contract activities', ro: 'Activitati contracte' }), ...governed.endpoints],
  hooks: {
    beforeOperation: [listsWithoutJoins],
    beforeChange: [followContract, ...governed.hooks.beforeChange, stampAuthor],
    afterChange: [...governed.hooks.afterChange],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'contract',
          type: 'relationship',
          relationTo: 'contracts',
          required: true,
          index: true,
          label: t('Contract', 'Contract'),
        },
        { name: 'title', type: 'text', required: true, label: t('Title', 'Titlu') },
        nomenclatorField({ name: 'type', list: 'activity-types', label: t('Type', 'Tip') }),
      ],
    },
    { name: 'description', type: 'textarea', label: t('Description', 'Descriere') },
    {
      type: 'row',
      fields: [
        dateField({ name: 'dueDate', index: true, required: true, label: t('Due date', 'Termen') }),
        {
          name: 'amount',
          type: 'number',
          min: 0,
          label: t('Amount (for a payment)', 'Suma (pentru o plată)'),
        },
        serverOwned(dateTimeField({ name: 'doneAt', label: t('Done at', 'Realizată la'), admin: { readOnly: true } })),
      ],
    },
    joinOf('todos', 'todos', 'relatedTo', t('Linked todos', 'Acțiuni legate'), {
      defaultSort: 'due',
      defaultColumns: ['title', 'type', 'due', 'responsible', 'status'],
    }),
    {
      ...ownerField('responsible', t('Responsible', 'Responsabil')),
      filterOptions: onlyAssignablePeople(slug, 'responsible', { acrossTeamsToWorkers: true }),
    },
    serverOwned({
      name: 'contractOwner',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: t("Contract's owner", 'Responsabilul contractului'),
      admin: { readOnly: true, position: 'sidebar' },
    }),
    serverOwned({
      name: 'team',
      type: 'relationship',
      relationTo: 'teams',
      index: true,
      label: t('Team', 'Echipă'),
      admin: { readOnly: true, position: 'sidebar' },
    }),
    ...governed.fields,
    ...auditFields,
  ],
}
