import type { CollectionConfig } from 'payload'

import { governedAccess, governedHidden } from '@/access/collectionAccess'
import type { Ownership } from '@/access/types'
import { auditFields } from '@/fields/audit'
import { nomenclatorField } from '@/fields/nomenclator'
import { stampAuthor } from '@/hooks/audit'
import { refuseDeleteWhileReferenced } from '@/hooks/refuseDeleteWhileReferenced'
import { t } from '@/lib/i18n'

const slug = 'ticket-types'
const ownership: Ownership = { ownerFields: ['createdBy'] }

/** The workflow a ticket follows when its type names none (the seeded complaint flow). */
export const DEFAULT_TICKET_WORKFLOW = 'complaint'

const hours = (name: string, label: { en: string; ro: string }) =>
  ({
    name,
    type: 'number',
    min: 0,
    label,
    admin: { description: t('Working hours (settings → time)', 'Ore lucrătoare (setări → timp)') },
  }) as const

/**
 * Kinds of support tickets (R24, R25): the flow each follows, the defaults a new ticket takes
 * (priority, team) and the service levels its due dates are computed from. Custom fields apply to
 * a type through the custom-field engine's discriminator (the type's id).
 */
export const TicketTypes: CollectionConfig = {
  slug,
  labels: { singular: t('Ticket type', 'Tip de tichet'), plural: t('Ticket types', 'Tipuri de tichet') },
  access: governedAccess(slug, ownership),
  admin: {
    group: t('Support', 'Suport'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'workflow', 'defaultPriority', 'defaultTeam', 'sla.resolutionHours', 'active'],
    listSearchableFields: ['name'],
    hidden: governedHidden(slug, ownership),
  },
  defaultSort: 'name',
  versions: { maxPerDoc: 20 },
  hooks: { beforeChange: [stampAuthor], beforeDelete: [refuseDeleteWhileReferenced] },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: t('Name', 'Denumire') },
    { name: 'description', type: 'textarea', localized: true, label: t('Description', 'Descriere') },
    {
      type: 'row',
      fields: [
        {
          name: 'workflow',
          type: 'relationship',
          relationTo: 'workflows',
          label: t('Workflow', 'Flux'),
          filterOptions: { collection: { equals: 'tickets' }, active: { equals: true } },
          admin: { description: t('Empty: the complaint flow.', 'Gol: fluxul de reclamații.') },
        },
        nomenclatorField({
          name: 'defaultPriority',
          list: 'ticket-priorities',
          label: t('Default priority', 'Prioritate implicită'),
        }),
        {
          name: 'defaultTeam',
          type: 'relationship',
          relationTo: 'teams',
          label: t('Default team', 'Echipa implicită'),
        },
      ],
    },
    {
      name: 'sla',
      type: 'group',
      label: t('Service levels', 'Niveluri de serviciu (SLA)'),
      fields: [
        {
          type: 'row',
          fields: [
            hours('firstResponseHours', t('First response within', 'Primul răspuns în')),
            hours('resolutionHours', t('Resolution within', 'Rezolvare în')),
          ],
        },
      ],
    },
    {
      name: 'customFieldsHint',
      type: 'ui',
      admin: {
        components: {
          Field: '/collections/support/ticket-types/components/TicketTypeCustomFields#TicketTypeCustomFields',
        },
      },
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      label: t('Active', 'Activ'),
      admin: { position: 'sidebar' },
    },
    ...auditFields,
  ],
}
