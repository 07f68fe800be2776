import type { CollectionConfig } from 'payload'

import { governedAccess, governedHidden } from '@/access/collectionAccess'
import type { Ownership } from '@/access/types'
import { auditFields } from '@/fields/audit'
import { nomenclatorField } from '@/fields/nomenclator'
import { joinOf, ownerField, teamField } from '@/fields/people'
import { stampAuthor } from '@/hooks/audit'
import { teamFromUser } from '@/hooks/teamFromUser'
import { listsWithoutJoins } from '@/hooks/listsWithoutJoins'
import { workflowGoverned } from '@/hooks/workflow/governed'
import { t } from '@/lib/i18n'
import { dateField } from '@/fields/dates'

const slug = 'campaigns'
const ownership: Ownership = { ownerFields: ['owner'], teamField: 'team' }
const governed = workflowGoverned(slug, { workflow: 'campaign', ownerField: 'owner', teamField: 'team' })

/** Marketing campaigns (R8): approved by a marketing manager before they run. */
export const Campaigns: CollectionConfig = {
  slug,
  labels: { singular: t('Campaign', 'Campanie'), plural: t('Campaigns', 'Campanii') },
  access: governedAccess(slug, ownership),
  admin: {
    group: t('Marketing', 'Marketing'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'type', 'startDate', 'endDate', 'owner', 'status'],
    listSearchableFields: ['name'],
    hidden: governedHidden(slug, ownership),
  },
  defaultSort: '-startDate',
  versions: { maxPerDoc: 50 },
  endpoints: governed.endpoints,
  hooks: {
    beforeOperation: [listsWithoutJoins],
    beforeChange: [teamFromUser('owner'), ...governed.hooks.beforeChange, stampAuthor],
    afterChange: governed.hooks.afterChange,
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
                nomenclatorField({ name: 'type', list: 'campaign-types', label: t('Type', 'Tip') }),
                dateField({ name: 'startDate', index: true, label: t('Start', 'Început') }),
                dateField({ name: 'endDate', label: t('End', 'Sfârșit') }),
              ],
            },
            {
              type: 'row',
              fields: [
                { name: 'budget', type: 'number', min: 0, label: t('Budget', 'Buget') },
                nomenclatorField({ name: 'currency', list: 'currencies', label: t('Currency', 'Monedă') }),
              ],
            },
            {
              name: 'targetClients',
              type: 'relationship',
              relationTo: 'clients',
              hasMany: true,
              label: t('Target clients', 'Clienți vizați'),
            },
            { name: 'description', type: 'textarea', label: t('Description', 'Descriere') },
          ],
        },
        {
          label: t('Actions', 'Acțiuni'),
          fields: [
            joinOf('actions', 'marketing-actions', 'campaign', t('Marketing actions', 'Acțiuni de marketing'), {
              defaultSort: 'due',
              defaultColumns: ['title', 'type', 'due', 'responsible', 'status'],
            }),
          ],
        },
        {
          label: t('Opportunities', 'Oportunități'),
          fields: [
            joinOf(
              'opportunities',
              'opportunities',
              'sourceCampaign',
              t('Opportunities from this campaign', 'Oportunități din această campanie'),
              { defaultColumns: ['title', 'client', 'stage', 'value'] },
            ),
          ],
        },
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
    ownerField(),
    teamField(),
    ...governed.fields,
    ...auditFields,
  ],
}
