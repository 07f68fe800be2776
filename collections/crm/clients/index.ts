import type { CollectionConfig } from 'payload'

import { phoneField } from '@/fields/phone'
import { governedAccess, governedHidden } from '@/access/collectionAccess'
import type { Ownership } from '@/access/types'
import { auditFields } from '@/fields/audit'
import { withCustomFields } from '@/fields/customFields'
import { nomenclatorField } from '@/fields/nomenclator'
import { ownerField, teamField } from '@/fields/people'
import { stampAuthor } from '@/hooks/audit'
import { teamFromUser } from '@/hooks/teamFromUser'
import { listsWithoutJoins } from '@/hooks/listsWithoutJoins'
import { t } from '@/lib/i18n'
import { completedLater, type ClientTab } from '@/hooks/modules'
import { checkFiscalCode } from './hooks'

const slug = 'clients'
export const clientOwnership: Ownership = { ownerFields: ['owner'], teamField: 'team' }

/** The modules' tabs in their order; tabs of one key (say, sales) gather every module's joins. */
const clientTabs = (tabs: ClientTab[]) => {
  const byKey = new Map<string, ClientTab>()
  for (const tab of [...tabs].sort((a, b) => a.order - b.order)) {
    const same = byKey.get(tab.key)
    byKey.set(tab.key, same ? { ...same, fields: [...same.fields, ...tab.fields] } : tab)
  }
  return [...byKey.values()].map(({ label, fields }) => ({ label, fields }))
}

/**
 * The client registry (R4) and the client page (R5, R11): the record's details in the first tab,
 * then everything that points at the client, each list with "add" pre-linked to the client.
 * Each module adds its tab (joins on its `client` field) as a client tab (hooks/modules).
 */
export const Clients: CollectionConfig = completedLater(slug, ({ registry }) =>
  withCustomFields(
    {
      slug,
      labels: { singular: t('Client', 'Client'), plural: t('Clients', 'Clienți') },
      access: governedAccess(slug, clientOwnership),
      admin: {
        group: t('Clients', 'Clienți'),
        useAsTitle: 'name',
        defaultColumns: ['name', 'fiscalCode', 'type', 'owner', 'status'],
        listSearchableFields: ['name', 'fiscalCode'],
        hidden: governedHidden(slug, clientOwnership),
      },
      defaultSort: 'name',
      versions: { maxPerDoc: 50 },
      indexes: [{ fields: ['owner', 'status'] }, { fields: ['team', 'status'] }],
      hooks: {
        beforeOperation: [listsWithoutJoins],
        beforeChange: [checkFiscalCode, teamFromUser('owner'), stampAuthor],
      },
      fields: [
        {
          type: 'tabs',
          tabs: [
            {
              label: t('Details', 'Detalii'),
              fields: [
                { name: 'name', type: 'text', required: true, index: true, label: t('Name', 'Denumire') },
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'legalForm',
                      type: 'select',
                      label: t('Legal form', 'Formă juridică'),
                      options: [
                        { value: 'srl', label: 'SRL' },
                        { value: 'sa', label: 'SA' },
                        { value: 'pfa', label: 'PFA' },
                        { value: 'ii', label: 'II' },
                        { value: 'ngo', label: t('NGO', 'ONG') },
                        { value: 'public', label: t('Public institution', 'Instituție publică') },
                        { value: 'other', label: t('Other', 'Altă formă') },
                      ],
                    },
                    {
                      name: 'fiscalCode',
                      type: 'text',
                      index: true,
                      label: t('Fiscal code (CUI)', 'Cod fiscal (CUI)'),
                    },
                    {
                      name: 'vatPayer',
                      type: 'checkbox',
                      defaultValue: false,
                      label: t('VAT payer', 'Plătitor de TVA'),
                    },
                    {
                      name: 'tradeRegisterNumber',
                      type: 'text',
                      label: t('Trade register no.', 'Nr. Registrul Comerțului'),
                    },
                  ],
                },
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'type',
                      type: 'select',
                      required: true,
                      defaultValue: 'prospect',
                      index: true,
                      label: t('Type', 'Tip'),
                      options: [
                        { value: 'prospect', label: t('Prospect', 'Prospect') },
                        { value: 'client', label: t('Client', 'Client') },
                        { value: 'partner', label: t('Partner', 'Partener') },
                        { value: 'former', label: t('Former client', 'Fost client') },
                      ],
                    },
                    nomenclatorField({
                      name: 'industry',
                      list: 'industries',
                      label: t('Industry', 'Domeniu de activitate'),
                    }),
                    nomenclatorField({ name: 'source', list: 'lead-sources', label: t('Source', 'Sursă') }),
                  ],
                },
                {
                  name: 'address',
                  type: 'group',
                  label: t('Address', 'Adresă'),
                  fields: [
                    { name: 'street', type: 'text', label: t('Street and number', 'Stradă și număr') },
                    {
                      type: 'row',
                      fields: [
                        { name: 'city', type: 'text', label: t('City', 'Localitate') },
                        { name: 'county', type: 'text', label: t('County', 'Județ') },
                        { name: 'postalCode', type: 'text', label: t('Postal code', 'Cod poștal') },
                        { name: 'country', type: 'text', defaultValue: 'România', label: t('Country', 'Țară') },
                      ],
                    },
                  ],
                },
                {
                  type: 'row',
                  fields: [
                    { name: 'website', type: 'text', label: t('Website', 'Site web') },
                    phoneField(),
                    { name: 'email', type: 'email', label: t('Email', 'Email') },
                  ],
                },
                {
                  type: 'row',
                  fields: [
                    { name: 'budget', type: 'number', min: 0, label: t('Allocated budget', 'Buget alocat') },
                    nomenclatorField({ name: 'budgetCurrency', list: 'currencies', label: t('Currency', 'Monedă') }),
                  ],
                },
                { name: 'requirements', type: 'richText', label: t('Requirements', 'Cerințe') },
                { name: 'notes', type: 'textarea', label: t('Notes', 'Note') },
              ],
            },
            ...clientTabs(registry.clientTabs),
          ],
        },
        {
          name: 'overview',
          type: 'ui',
          label: t('At a glance', 'Pe scurt'),
          admin: {
            position: 'sidebar',
            components: { Field: '/src/components/shared/records/RelatedCounts#RelatedCounts' },
          },
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'active',
          index: true,
          label: t('Status', 'Stare'),
          options: [
            { value: 'active', label: t('Active', 'Activ') },
            { value: 'inactive', label: t('Inactive', 'Inactiv') },
          ],
          admin: { position: 'sidebar' },
        },
        ownerField(),
        teamField(),
        ...auditFields,
      ],
    },
    { discriminatorField: 'type' },
  ),
)
