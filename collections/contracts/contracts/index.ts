import type { CollectionConfig } from 'payload'

import { governedAccess, governedHidden } from '@/access/collectionAccess'
import { auditFields } from '@/fields/audit'
import { withCustomFields } from '@/fields/customFields'
import { dateField, dateTimeField } from '@/fields/dates'
import { nomenclatorField } from '@/fields/nomenclator'
import { joinOf, ofTheChosenClient, ownerField, teamField } from '@/fields/people'
import { serverOwned } from '@/fields/serverOwned'
import { stampAuthor } from '@/hooks/audit'
import { exportEndpoint } from '@/hooks/export'
import { listsWithoutJoins } from '@/hooks/listsWithoutJoins'
import { fileUnderRecord } from '@/hooks/recordFiles'
import { teamFromUser } from '@/hooks/teamFromUser'
import { workflowGoverned } from '@/hooks/workflow/governed'
import { t } from '@/lib/i18n'
import { computeTotals, linesAndTotals } from '../../sales'
import { contractDefaults } from './defaults'
import { fromOfferEndpoint } from './fromOffer'
import { contractOwnership } from './ownership'
import { contractPdfEndpoint } from './pdf'

const slug = 'contracts'
const governed = workflowGoverned(slug, { workflow: 'contract-signing', ownerField: 'owner', teamField: 'team' })

const stamp = (name: string, label: { en: string; ro: string }) =>
  serverOwned(dateTimeField({ name, label, admin: { readOnly: true, position: 'sidebar' } }))

/**
 * Contracts (R18–R20): made from an accepted offer or from scratch, with priced lines, the people
 * of both sides, activities (obligations, milestones, payments), documents, amendments once
 * signed, the signing flow from draft to active, and renewal at their end.
 */
export const Contracts: CollectionConfig = withCustomFields({
  slug,
  labels: { singular: t('Contract', 'Contract'), plural: t('Contracts', 'Contracte') },
  access: governedAccess(slug, contractOwnership),
  admin: {
    group: t('Sales', 'Vânzări'),
    useAsTitle: 'title',
    defaultColumns: ['number', 'title', 'client', 'totals.gross', 'startDate', 'endDate', 'owner', 'status'],
    listSearchableFields: ['number', 'title'],
    hidden: governedHidden(slug, contractOwnership),
    components: { beforeListTable: ['/hooks/export/components/ExportButton#ExportButton'] },
  },
  defaultSort: '-createdAt',
  versions: { maxPerDoc: 100 },
  indexes: [
    { fields: ['owner', 'createdAt'] },
    { fields: ['team', 'createdAt'] },
    { fields: ['statusCategory', 'endDate'] },
  ],
  endpoints: [
    exportEndpoint(slug, { en: 'Contracts', ro: 'Contracte' }),
    fromOfferEndpoint,
    contractPdfEndpoint,
    ...governed.endpoints,
  ],
  hooks: {
    beforeOperation: [listsWithoutJoins],
    beforeChange: [teamFromUser('owner'), contractDefaults, computeTotals, ...governed.hooks.beforeChange, stampAuthor],
    afterChange: [
      ...governed.hooks.afterChange,
      fileUnderRecord({
        files: 'contract-documents',
        field: 'documents',
        parentField: 'contract',
        recordOf: (doc) => doc.id,
      }),
    ],
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: t('General', 'General'),
          fields: [
            {
              type: 'row',
              fields: [
                serverOwned({
                  name: 'number',
                  type: 'text',
                  unique: true,
                  index: true,
                  label: t('Number', 'Număr'),
                  admin: { readOnly: true },
                }),
                { name: 'title', type: 'text', required: true, label: t('Title', 'Titlu') },
                nomenclatorField({ name: 'contractType', list: 'contract-types', label: t('Type', 'Tip') }),
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'client',
                  type: 'relationship',
                  relationTo: 'clients',
                  required: true,
                  index: true,
                  label: t('Client', 'Client'),
                },
                {
                  name: 'offer',
                  type: 'relationship',
                  relationTo: 'offers',
                  index: true,
                  label: t('From offer', 'Din oferta'),
                  filterOptions: ofTheChosenClient,
                },
              ],
            },
            {
              name: 'signatories',
              type: 'relationship',
              relationTo: 'contacts',
              hasMany: true,
              label: t("Client's signatories", 'Semnatarii clientului'),
              filterOptions: ofTheChosenClient,
            },
            {
              type: 'row',
              fields: [
                dateField({ name: 'startDate', index: true, label: t('Start date', 'Data de început') }),
                {
                  name: 'durationMonths',
                  type: 'number',
                  min: 1,
                  label: t('Duration (months)', 'Durata (luni)'),
                },
                dateField({ name: 'endDate', index: true, label: t('End date', 'Data de încheiere') }),
              ],
            },
            {
              type: 'row',
              fields: [
                { name: 'autoRenew', type: 'checkbox', label: t('Renews automatically', 'Se prelungește automat') },
                {
                  name: 'noticeDays',
                  type: 'number',
                  min: 0,
                  defaultValue: 30,
                  label: t('Notice period (days)', 'Termen de preaviz (zile)'),
                },
                serverOwned(
                  dateField({
                    name: 'renewalDecisionDate',
                    index: true,
                    label: t('Renewal decision by', 'Decizia de prelungire până la'),
                    admin: { readOnly: true },
                  }),
                ),
              ],
            },
            {
              type: 'row',
              fields: [
                nomenclatorField({ name: 'currency', list: 'currencies', label: t('Currency', 'Monedă') }),
                { name: 'paymentTerms', type: 'text', label: t('Payment terms', 'Condiții de plată') },
              ],
            },
            { name: 'description', type: 'richText', label: t('Description', 'Descriere') },
          ],
        },
        { label: t('Lines', 'Linii'), fields: linesAndTotals() },
        {
          label: t('Activities', 'Activități'),
          fields: [
            joinOf('activities', 'contract-activities', 'contract', t('Activities', 'Activități'), {
              defaultSort: 'dueDate',
              defaultColumns: ['title', 'type', 'dueDate', 'responsible', 'amount', 'status'],
            }),
            joinOf('todos', 'todos', 'relatedTo', t('Linked todos', 'Acțiuni legate'), {
              defaultSort: 'due',
              defaultColumns: ['title', 'type', 'due', 'responsible', 'status'],
            }),
          ],
        },
        {
          label: t('People', 'Persoane'),
          fields: [
            {
              name: 'ourPeople',
              type: 'array',
              label: t('Our people', 'Persoanele noastre'),
              labels: { singular: t('Person', 'Persoană'), plural: t('People', 'Persoane') },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'user',
                      type: 'relationship',
                      relationTo: 'users',
                      required: true,
                      label: t('Colleague', 'Coleg'),
                    },
                    nomenclatorField({ name: 'role', list: 'contract-roles', label: t('Role', 'Rol') }),
                  ],
                },
              ],
            },
            {
              name: 'clientPeople',
              type: 'array',
              label: t("The client's people", 'Persoanele clientului'),
              labels: { singular: t('Person', 'Persoană'), plural: t('People', 'Persoane') },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'contact',
                      type: 'relationship',
                      relationTo: 'contacts',
                      required: true,
                      label: t('Contact', 'Persoană de contact'),
                    },
                    nomenclatorField({ name: 'role', list: 'contract-roles', label: t('Role', 'Rol') }),
                  ],
                },
              ],
            },
          ],
        },
        {
          label: t('Documents', 'Documente'),
          fields: [
            // Kept with the contract (contract-documents): read and written as the contract is.
            {
              name: 'documents',
              type: 'upload',
              relationTo: 'contract-documents',
              hasMany: true,
              label: t('Documents (drafts, annexes, signed copy)', 'Documente (ciorne, anexe, exemplar semnat)'),
            },
          ],
        },
        {
          label: t('Amendments', 'Acte adiționale'),
          fields: [
            joinOf('amendments', 'contract-amendments', 'contract', t('Amendments', 'Acte adiționale'), {
              defaultSort: '-createdAt',
              defaultColumns: ['number', 'title', 'newEndDate', 'totals.gross', 'status'],
            }),
          ],
        },
        {
          label: t('Tickets', 'Tichete'),
          fields: [
            {
              name: 'tickets',
              type: 'ui',
              label: t('Tickets about this contract', 'Tichete despre acest contract'),
              admin: { components: { Field: '/collections/contracts/contracts/components/ConcernedBy#ConcernedBy' } },
            },
          ],
        },
        {
          label: t('History', 'Istoric'),
          fields: [
            {
              name: 'history',
              type: 'ui',
              label: t('History', 'Istoric'),
              admin: { components: { Field: '/collections/contracts/contracts/components/History#History' } },
            },
          ],
        },
      ],
    },
    {
      name: 'printable',
      type: 'ui',
      label: t('Printable contract', 'Contractul de tipărit'),
      admin: {
        position: 'sidebar',
        components: { Field: '/collections/contracts/contracts/components/PrintLinks#PrintLinks' },
      },
    },
    ownerField(),
    teamField(),
    stamp('signedAt', t('Signed at', 'Semnat la')),
    stamp('activatedAt', t('Active since', 'Activ de la')),
    serverOwned({
      name: 'renewals',
      type: 'number',
      defaultValue: 0,
      label: t('Renewals', 'Prelungiri'),
      admin: { position: 'sidebar', readOnly: true },
    }),
    // Set by the renewals job (renewals.ts) with the end date whose renewal it asked about: once per period.
    serverOwned(
      dateField({
        name: 'renewalNoticeFor',
        label: t('Renewal notice sent for the term ending', 'Înștiințare de prelungire trimisă pentru termenul din'),
        admin: { position: 'sidebar', readOnly: true },
      }),
    ),
    {
      name: 'terminationReason',
      type: 'textarea',
      label: t('Reason for termination', 'Motivul rezilierii'),
      admin: { position: 'sidebar' },
    },
    ...governed.fields,
    ...auditFields,
  ],
})
