import type { CollectionConfig } from 'payload'

import { governedAccess, governedHidden } from '@/access/collectionAccess'
import type { Ownership } from '@/access/types'
import { auditFields } from '@/fields/audit'
import { nomenclatorField } from '@/fields/nomenclator'
import { SERVER_OWNED } from '@/fields/serverOwned'
import { ownerField, teamField } from '@/fields/people'
import { stampAuthor } from '@/hooks/audit'
import { teamFromUser } from '@/hooks/teamFromUser'
import { workflowGoverned } from '@/hooks/workflow/governed'
import { t } from '@/lib/i18n'
import './convert'
import { dateTimeField } from '@/fields/dates'

const slug = 'prospects'
// Set by the conversion only.
const linkOnly = SERVER_OWNED
const ownership: Ownership = { ownerFields: ['owner'], teamField: 'team' }
const governed = workflowGoverned(slug, { workflow: 'prospect', ownerField: 'owner', teamField: 'team' })

/**
 * Prospecting (R7): a company not yet a client, worked new → contacted → qualified, then converted
 * (the client, its contact and an opportunity are created and linked back) or disqualified.
 */
export const Prospects: CollectionConfig = {
  slug,
  labels: { singular: t('Prospect', 'Prospect'), plural: t('Prospects', 'Prospecți') },
  access: governedAccess(slug, ownership),
  admin: {
    group: t('Sales', 'Vânzări'),
    useAsTitle: 'companyName',
    defaultColumns: ['companyName', 'contactName', 'source', 'nextStepDate', 'owner', 'status'],
    listSearchableFields: ['companyName', 'contactName', 'fiscalCode'],
    hidden: governedHidden(slug, ownership),
  },
  defaultSort: 'nextStepDate',
  versions: { maxPerDoc: 50 },
  indexes: [{ fields: ['owner', 'nextStepDate'] }],
  endpoints: governed.endpoints,
  hooks: {
    beforeChange: [teamFromUser('owner'), ...governed.hooks.beforeChange, stampAuthor],
    afterChange: governed.hooks.afterChange,
  },
  fields: [
    { name: 'companyName', type: 'text', required: true, index: true, label: t('Company', 'Companie') },
    {
      type: 'row',
      fields: [
        { name: 'fiscalCode', type: 'text', label: t('Fiscal code (CUI)', 'Cod fiscal (CUI)') },
        nomenclatorField({ name: 'industry', list: 'industries', label: t('Industry', 'Domeniu de activitate') }),
        nomenclatorField({ name: 'source', list: 'lead-sources', label: t('Source', 'Sursă') }),
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'city', type: 'text', label: t('City', 'Localitate') },
        { name: 'website', type: 'text', label: t('Website', 'Site web') },
      ],
    },
    {
      type: 'collapsible',
      label: t('Contact person', 'Persoana de contact'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'contactName', type: 'text', label: t('Name', 'Nume') },
            { name: 'contactJobTitle', type: 'text', label: t('Job title', 'Funcție') },
            { name: 'contactEmail', type: 'email', label: t('Email', 'Email') },
            { name: 'contactPhone', type: 'text', label: t('Phone', 'Telefon') },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'nextStep', type: 'text', label: t('Next step', 'Pasul următor') },
        dateTimeField({ name: 'nextStepDate', index: true, label: t('Next step date', 'Data pasului următor') }),
      ],
    },
    { name: 'estimatedValue', type: 'number', min: 0, label: t('Estimated value', 'Valoare estimată') },
    { name: 'notes', type: 'textarea', label: t('Notes', 'Note') },
    {
      type: 'collapsible',
      label: t('After conversion', 'După conversie'),
      admin: { condition: (data) => Boolean(data?.client) },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'client',
              type: 'relationship',
              relationTo: 'clients',
              index: true,
              label: t('Client', 'Client'),
              admin: { readOnly: true },
              access: linkOnly,
            },
            {
              name: 'contact',
              type: 'relationship',
              relationTo: 'contacts',
              label: t('Contact', 'Persoană de contact'),
              admin: { readOnly: true },
              access: linkOnly,
            },
            {
              name: 'opportunity',
              type: 'relationship',
              relationTo: 'opportunities',
              label: t('Opportunity', 'Oportunitate'),
              admin: { readOnly: true },
              access: linkOnly,
            },
          ],
        },
      ],
    },
    ownerField(),
    teamField(),
    ...governed.fields,
    ...auditFields,
  ],
}
