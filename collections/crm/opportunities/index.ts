import type { CollectionConfig } from 'payload'

import { governedAccess, governedHidden } from '@/access/collectionAccess'
import type { Ownership } from '@/access/types'
import { auditFields } from '@/fields/audit'
import { withCustomFields } from '@/fields/customFields'
import { nomenclatorField } from '@/fields/nomenclator'
import { serverOwned } from '@/fields/serverOwned'
import { joinOf, ofTheChosenClient, ownerField, teamField } from '@/fields/people'
import { stampAuthor } from '@/hooks/audit'
import { listsWithoutJoins } from '@/hooks/listsWithoutJoins'
import { teamFromUser } from '@/hooks/teamFromUser'
import { t } from '@/lib/i18n'
import { boardEndpoint } from './board'
import { defaultCurrency, followStage } from './hooks'
import { dateField, dateTimeField } from '@/fields/dates'

const slug = 'opportunities'
export const opportunityOwnership: Ownership = { ownerFields: ['owner'], teamField: 'team' }

/** Sales opportunities (R6), moved along stages on the pipeline board. */
export const Opportunities: CollectionConfig = withCustomFields({
  slug,
  labels: { singular: t('Opportunity', 'Oportunitate'), plural: t('Opportunities', 'Oportunități') },
  access: governedAccess(slug, opportunityOwnership),
  admin: {
    group: t('Sales', 'Vânzări'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'client', 'stage', 'value', 'expectedCloseDate', 'owner'],
    listSearchableFields: ['title'],
    hidden: governedHidden(slug, opportunityOwnership),
  },
  defaultSort: 'expectedCloseDate',
  versions: { maxPerDoc: 50 },
  indexes: [{ fields: ['outcome', 'stage'] }, { fields: ['owner', 'expectedCloseDate'] }],
  endpoints: [boardEndpoint],
  hooks: {
    beforeOperation: [listsWithoutJoins],
    beforeChange: [teamFromUser('owner'), defaultCurrency, followStage, stampAuthor],
  },
  fields: [
    { name: 'title', type: 'text', required: true, index: true, label: t('Title', 'Titlu') },
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
          name: 'contact',
          type: 'relationship',
          relationTo: 'contacts',
          label: t('Contact', 'Persoană de contact'),
          filterOptions: ofTheChosenClient,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        nomenclatorField({ name: 'stage', list: 'opportunity-stages', required: true, label: t('Stage', 'Etapă') }),
        serverOwned({
          name: 'probability',
          type: 'number',
          label: t('Probability %', 'Probabilitate %'),
          admin: { readOnly: true },
        }),
        serverOwned({
          name: 'outcome',
          type: 'select',
          index: true,
          defaultValue: 'open',
          label: t('Outcome', 'Rezultat'),
          options: [
            { value: 'open', label: t('Open', 'Deschisă') },
            { value: 'won', label: t('Won', 'Câștigată') },
            { value: 'lost', label: t('Lost', 'Pierdută') },
          ],
          admin: { readOnly: true },
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'value', type: 'number', min: 0, label: t('Estimated value', 'Valoare estimată') },
        nomenclatorField({ name: 'currency', list: 'currencies', label: t('Currency', 'Monedă') }),
        serverOwned({
          name: 'weightedValue',
          type: 'number',
          label: t('Weighted value', 'Valoare ponderată'),
          admin: { readOnly: true },
        }),
        { name: 'clientBudget', type: 'number', min: 0, label: t('Client budget', 'Bugetul clientului') },
      ],
    },
    {
      type: 'row',
      fields: [
        dateField({ name: 'expectedCloseDate', index: true, label: t('Expected close', 'Închidere estimată') }),
        { name: 'nextStep', type: 'text', label: t('Next step', 'Pasul următor') },
        {
          name: 'sourceCampaign',
          type: 'relationship',
          relationTo: 'campaigns',
          index: true,
          label: t('Source campaign', 'Campania sursă'),
        },
      ],
    },
    nomenclatorField({
      name: 'lostReason',
      list: 'lost-reasons',
      label: t('Lost reason', 'Motivul pierderii'),
      admin: { description: t('Required when the stage is “Lost”.', 'Obligatoriu când etapa este „Pierdută”.') },
    }),
    { name: 'requirements', type: 'richText', label: t('Client requirements', 'Cerințele clientului') },
    joinOf('offers', 'offers', 'opportunity', t('Offers', 'Oferte'), {
      defaultSort: '-issueDate',
      defaultColumns: ['number', 'title', 'totals.gross', 'status'],
    }),
    serverOwned(
      dateTimeField({
        name: 'closedAt',
        label: t('Closed at', 'Închisă la'),
        admin: { readOnly: true, position: 'sidebar' },
      }),
    ),
    {
      name: 'prospect',
      type: 'relationship',
      relationTo: 'prospects',
      label: t('From prospect', 'Din prospectul'),
      admin: { readOnly: true, position: 'sidebar' },
    },
    ownerField(),
    teamField(),
    ...auditFields,
  ],
})
