import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { governedAccess, governedHidden } from '@/access/collectionAccess'
import { underParent } from '@/access/parent'
import type { Ownership } from '@/access/types'
import { auditFields } from '@/fields/audit'
import { dateField, dateTimeField } from '@/fields/dates'
import { serverOwned } from '@/fields/serverOwned'
import { stampAuthor } from '@/hooks/audit'
import { workflowGoverned } from '@/hooks/workflow/governed'
import { nextCounterValue } from '@/lib/counters'
import { t } from '@/lib/i18n'
import { idOf } from '@/lib/ids'
import { computeTotals, linesAndTotals } from '../../sales'

const slug = 'contract-amendments'
const ownership: Ownership = { ownerFields: ['createdBy', 'contractOwner'], teamField: 'team' }
const governed = workflowGoverned(slug, {
  workflow: 'contract-amendment',
  ownerField: 'contractOwner',
  teamField: 'team',
})

/** An amendment is numbered after its contract (`CT-2026-0007/A1`) and filed with its team and owner. */
const followContract: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const contractId = idOf(originalDoc?.contract ?? data.contract)
  if (contractId === null) return data
  const contract = await req.payload.findByID({
    collection: 'contracts',
    id: contractId,
    depth: 0,
    disableErrors: true,
    select: { number: true, team: true, owner: true },
    // Copies the contract's number, team and owner, nothing shown to the caller.
    overrideAccess: true,
    req,
  })
  if (!contract) return data
  data.contract = contractId
  data.team = idOf(contract.team)
  data.contractOwner = idOf(contract.owner)
  if (operation === 'create') {
    data.number = `${contract.number}/A${await nextCounterValue(req, `contract-amendment:${contractId}`)}`
  }
  return data
}

/**
 * Amendments (annexes, R18): once signed, a contract changes only through them. An amendment
 * states a new end date and/or new lines; when approved it applies them to the contract and keeps
 * what the contract had before (here and in the contract's history).
 */
export const ContractAmendments: CollectionConfig = {
  slug,
  labels: { singular: t('Amendment', 'Act adițional'), plural: t('Amendments', 'Acte adiționale') },
  access: underParent(
    slug,
    { field: 'contract', collection: 'contracts', need: 'update' },
    governedAccess(slug, ownership),
  ),
  admin: {
    group: t('Sales', 'Vânzări'),
    useAsTitle: 'number',
    defaultColumns: ['number', 'title', 'contract', 'newEndDate', 'totals.gross', 'status'],
    listSearchableFields: ['number', 'title'],
    hidden: governedHidden(slug, ownership),
  },
  defaultSort: '-createdAt',
  versions: { maxPerDoc: 50 },
  endpoints: governed.endpoints,
  hooks: {
    beforeChange: [followContract, ...governed.hooks.beforeChange, computeTotals, stampAuthor],
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
        serverOwned({
          name: 'number',
          type: 'text',
          unique: true,
          label: t('Number', 'Număr'),
          admin: { readOnly: true },
        }),
        { name: 'title', type: 'text', required: true, label: t('Title', 'Titlu') },
      ],
    },
    { name: 'reason', type: 'textarea', label: t('Reason', 'Motivul') },
    {
      type: 'row',
      fields: [
        dateField({ name: 'newEndDate', label: t('New end date', 'Noua dată de încheiere') }),
        {
          name: 'changesLines',
          type: 'checkbox',
          label: t('Replaces the lines', 'Înlocuiește liniile'),
        },
      ],
    },
    {
      type: 'collapsible',
      label: t('New lines', 'Liniile noi'),
      admin: { condition: (data) => Boolean(data?.changesLines) },
      fields: linesAndTotals(),
    },
    serverOwned({
      name: 'previous',
      type: 'json',
      label: t('What the contract had before', 'Ce avea contractul înainte'),
      admin: { readOnly: true },
    }),
    serverOwned(dateTimeField({ name: 'appliedAt', label: t('Applied at', 'Aplicat la'), admin: { readOnly: true } })),
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
