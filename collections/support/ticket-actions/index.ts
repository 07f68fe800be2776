import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { onlyAssignablePeople } from '@/access/assignable'
import { governedAccess, governedHidden } from '@/access/collectionAccess'
import { underParent } from '@/access/parent'
import type { Ownership } from '@/access/types'
import { auditFields } from '@/fields/audit'
import { serverOwned } from '@/fields/serverOwned'
import { nomenclatorField } from '@/fields/nomenclator'
import { ownerField } from '@/fields/people'
import { stampAuthor } from '@/hooks/audit'
import { refuse } from '@/lib/errors'
import { stateCategoryOf } from '@/hooks/workflow/engine'
import { workflowGoverned } from '@/hooks/workflow/governed'
import { exportEndpoint } from '@/hooks/export'
import { t } from '@/lib/i18n'
import { idOf } from '@/lib/ids'
import { fileAttachmentsUnderTicket } from '../tickets/attachments'
import { dateTimeField } from '@/fields/dates'

const slug = 'ticket-actions'
const ownership: Ownership = { ownerFields: ['responsible', 'createdBy'], teamField: 'team' }
const governed = workflowGoverned(slug, {
  workflow: 'ticket-action',
  ownerField: 'createdBy',
  responsibleField: 'responsible',
  teamField: 'team',
})

/**
 * An action belongs to its ticket's team, and is added only while the ticket is still being worked
 * on: a resolved, closed or cancelled ticket takes no new actions (reopen it first).
 */
const followTicket: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const ticketId = idOf(data.ticket ?? originalDoc?.ticket)
  if (ticketId === null) return data
  const ticket = await req.payload.findByID({
    collection: 'tickets',
    id: ticketId,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
  })
  if (!ticket) return data
  const category = operation === 'create' ? await stateCategoryOf(req, 'tickets', ticket) : undefined
  if (category === 'done' || category === 'cancelled') {
    throw refuse(req, 409, {
      // Neither number nor state: the caller may not be allowed to read the ticket.
      en: 'The ticket is resolved, closed or cancelled: reopen it before adding actions.',
      ro: 'Tichetul este rezolvat, închis sau anulat: redeschideți-l înainte de a adăuga acțiuni.',
    })
  }
  data.team = idOf(ticket.team)
  return data
}

/**
 * The steps taken inside a ticket (R24, R30): analysis, intervention, call, visit, escalation…,
 * each with its responsible person, planned and done dates, time spent and result, under its own
 * flow: open → done → validated | reopened (the responsible marks it done, a support manager
 * validates it).
 */
export const TicketActions: CollectionConfig = {
  slug,
  labels: { singular: t('Ticket action', 'Acțiune tichet'), plural: t('Ticket actions', 'Acțiuni tichete') },
  // Whoever works the ticket's queue (reads the ticket) records actions in it, as agents do for their team.
  access: underParent(slug, { field: 'ticket', collection: 'tickets', need: 'read' }, governedAccess(slug, ownership)),
  admin: {
    group: t('Support', 'Suport'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'ticket', 'type', 'responsible', 'plannedAt', 'doneAt', 'status'],
    listSearchableFields: ['title'],
    hidden: governedHidden(slug, ownership),
    components: { beforeListTable: ['/hooks/export/components/ExportButton#ExportButton'] },
  },
  defaultSort: 'plannedAt',
  versions: { maxPerDoc: 50 },
  indexes: [{ fields: ['responsible', 'statusCategory', 'plannedAt'] }, { fields: ['ticket', 'statusCategory'] }],
  endpoints: [exportEndpoint(slug, { en: 'Ticket actions', ro: 'Actiuni tichete' }), ...governed.endpoints],
  hooks: {
    beforeChange: [followTicket, ...governed.hooks.beforeChange, stampAuthor],
    afterChange: [...governed.hooks.afterChange, fileAttachmentsUnderTicket((doc) => doc.ticket)],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'ticket',
          type: 'relationship',
          relationTo: 'tickets',
          required: true,
          index: true,
          label: t('Ticket', 'Tichet'),
        },
        { name: 'title', type: 'text', required: true, label: t('Title', 'Titlu') },
        nomenclatorField({ name: 'type', list: 'ticket-action-types', label: t('Type', 'Tip') }),
      ],
    },
    { name: 'description', type: 'textarea', label: t('Description', 'Descriere') },
    {
      type: 'row',
      fields: [
        dateTimeField({ name: 'plannedAt', index: true, label: t('Planned for', 'Planificată pentru') }),
        serverOwned(dateTimeField({ name: 'doneAt', label: t('Done at', 'Realizată la'), admin: { readOnly: true } })),
        { name: 'minutesSpent', type: 'number', min: 0, label: t('Time spent (minutes)', 'Timp lucrat (minute)') },
      ],
    },
    { name: 'result', type: 'textarea', label: t('Result', 'Rezultat') },
    {
      name: 'attachments',
      type: 'upload',
      relationTo: 'ticket-files',
      hasMany: true,
      label: t('Attachments', 'Atașamente'),
    },
    {
      ...ownerField('responsible', t('Responsible', 'Responsabil')),
      filterOptions: onlyAssignablePeople('ticket-actions', 'responsible'),
    },
    // The ticket's team, copied by followTicket.
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
