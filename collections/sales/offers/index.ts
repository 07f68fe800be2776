import type { CollectionConfig } from 'payload'

import { governedAccess, governedHidden } from '@/access/collectionAccess'
import type { Ownership } from '@/access/types'
import { fileUnderRecord } from '@/hooks/recordFiles'
import { auditFields } from '@/fields/audit'
import { withCustomFields } from '@/fields/customFields'
import { nomenclatorField } from '@/fields/nomenclator'
import { serverOwned } from '@/fields/serverOwned'
import { joinOf, ofTheChosenClient, ownerField, teamField } from '@/fields/people'
import { stampAuthor } from '@/hooks/audit'
import { listsWithoutJoins } from '@/hooks/listsWithoutJoins'
import { teamFromUser } from '@/hooks/teamFromUser'
import { workflowGoverned } from '@/hooks/workflow/governed'
import { t } from '@/lib/i18n'
import { offerDefaults } from './defaults'
import './effects'
import { fromTemplateEndpoint } from './fromTemplate'
import { pdfEndpoint } from './pdf'
import { reviseEndpoint } from './revise'
import { linesAndTotals } from './lines'
import { computeTotals } from './totals'
import { dateField, dateTimeField } from '@/fields/dates'

const slug = 'offers'
export const offerOwnership: Ownership = { ownerFields: ['owner'], teamField: 'team' }
const governed = workflowGoverned(slug, { workflow: 'offer', ownerField: 'owner', teamField: 'team' })

/**
 * Offers (R12, R13, R16): lines with server-computed amounts, sections owned by different people
 * (offer-sections), files, and the offer workflow from draft to the client's decision.
 */
export const Offers: CollectionConfig = withCustomFields({
  slug,
  labels: { singular: t('Offer', 'Ofertă'), plural: t('Offers', 'Oferte') },
  access: governedAccess(slug, offerOwnership),
  admin: {
    group: t('Sales', 'Vânzări'),
    useAsTitle: 'title',
    defaultColumns: ['number', 'title', 'client', 'totals.gross', 'validUntil', 'owner', 'status'],
    listSearchableFields: ['number', 'title'],
    hidden: governedHidden(slug, offerOwnership),
    components: { beforeListTable: ['/collections/sales/offers/components/NewFromTemplate#NewFromTemplate'] },
  },
  defaultSort: '-issueDate',
  versions: { maxPerDoc: 50 },
  indexes: [{ fields: ['owner', 'issueDate'] }, { fields: ['statusCategory', 'validUntil'] }],
  endpoints: [fromTemplateEndpoint, reviseEndpoint, pdfEndpoint, ...governed.endpoints],
  hooks: {
    beforeOperation: [listsWithoutJoins],
    beforeChange: [teamFromUser('owner'), offerDefaults, computeTotals, ...governed.hooks.beforeChange, stampAuthor],
    afterChange: [
      ...governed.hooks.afterChange,
      fileUnderRecord({ files: 'offer-files', field: 'files', parentField: 'offer', recordOf: (doc) => doc.id }),
    ],
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: t('Offer', 'Ofertă'),
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
              ],
            },
            { name: 'subject', type: 'textarea', label: t('Subject (object of the offer)', 'Obiectul ofertei') },
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
                {
                  name: 'opportunity',
                  type: 'relationship',
                  relationTo: 'opportunities',
                  index: true,
                  label: t('Opportunity', 'Oportunitate'),
                  filterOptions: ofTheChosenClient,
                },
              ],
            },
            {
              type: 'row',
              fields: [
                dateField({ name: 'issueDate', index: true, label: t('Issue date', 'Data emiterii') }),
                dateField({ name: 'validUntil', index: true, label: t('Valid until', 'Valabilă până la') }),
                nomenclatorField({ name: 'currency', list: 'currencies', label: t('Currency', 'Monedă') }),
                { name: 'clientBudget', type: 'number', min: 0, label: t('Client budget', 'Bugetul clientului') },
              ],
            },
            { name: 'requirements', type: 'richText', label: t('Client requirements', 'Cerințele clientului') },
            { name: 'intro', type: 'richText', label: t('Introduction', 'Introducere') },
          ],
        },
        {
          label: t('Lines and totals', 'Linii și totaluri'),
          fields: [...linesAndTotals()],
        },
        {
          label: t('Sections', 'Secțiuni'),
          fields: [
            joinOf('sections', 'offer-sections', 'offer', t('Sections', 'Secțiuni'), {
              defaultSort: 'order',
              defaultColumns: ['order', 'title', 'responsible', 'dueDate', 'status'],
            }),
          ],
        },
        {
          label: t('Terms and files', 'Condiții și fișiere'),
          fields: [
            { name: 'terms', type: 'richText', label: t('Terms', 'Condiții') },
            // Kept with the offer (offer-files): read and written as the offer is, Office documents included.
            {
              name: 'files',
              type: 'upload',
              relationTo: 'offer-files',
              hasMany: true,
              label: t('Files (drafts, annexes, final offer)', 'Fișiere (ciorne, anexe, oferta finală)'),
            },
            { name: 'notes', type: 'textarea', label: t('Internal notes', 'Note interne') },
          ],
        },
        {
          label: t('Decision', 'Decizie'),
          fields: [
            {
              type: 'row',
              fields: [
                serverOwned(
                  dateTimeField({ name: 'sentAt', label: t('Sent at', 'Trimisă la'), admin: { readOnly: true } }),
                ),
                dateField({ name: 'decisionDate', label: t('Client decision date', 'Data deciziei clientului') }),
                nomenclatorField({
                  name: 'lostReason',
                  list: 'lost-reasons',
                  label: t('Reason for rejection', 'Motivul respingerii'),
                }),
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'report',
      type: 'ui',
      label: t('Offer report', 'Raportul ofertei'),
      admin: {
        position: 'sidebar',
        components: { Field: '/collections/sales/offers/components/ReportLinks#ReportLinks' },
      },
    },
    {
      name: 'template',
      type: 'relationship',
      relationTo: 'offer-templates',
      label: t('Template used', 'Șablonul folosit'),
      admin: { position: 'sidebar', readOnly: true },
    },
    serverOwned({
      name: 'revision',
      type: 'number',
      label: t('Revision', 'Revizia'),
      admin: { position: 'sidebar', readOnly: true },
    }),
    serverOwned({
      name: 'previousRevision',
      type: 'relationship',
      relationTo: 'offers',
      label: t('Previous revision', 'Revizia anterioară'),
      admin: { position: 'sidebar', readOnly: true },
    }),
    ownerField(),
    teamField(),
    ...governed.fields,
    ...auditFields,
  ],
})
