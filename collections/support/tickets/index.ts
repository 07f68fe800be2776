import type { CollectionConfig, CollectionSlug, PayloadRequest } from 'payload'

import { onlyAssignablePeople } from '@/access/assignable'
import { governedAccess, governedHidden } from '@/access/collectionAccess'
import { auditFields } from '@/fields/audit'
import { withCustomFields } from '@/fields/customFields'
import { dateTimeField } from '@/fields/dates'
import { nomenclatorField } from '@/fields/nomenclator'
import { serverOwned } from '@/fields/serverOwned'
import { joinOf, ofTheChosenClient } from '@/fields/people'
import { stampAuthor } from '@/hooks/audit'
import { listsWithoutJoins } from '@/hooks/listsWithoutJoins'
import { teamFromUser } from '@/hooks/teamFromUser'
import { workflowGoverned } from '@/hooks/workflow/governed'
import { exportEndpoint } from '@/hooks/export'
import { t } from '@/lib/i18n'
import { idOf } from '@/lib/ids'
import { DEFAULT_TICKET_WORKFLOW } from '../ticket-types'
import { assignEndpoint } from './assign'
import { fileAttachmentsUnderTicket } from './attachments'
import { ticketDefaults } from './defaults'
import { announceNewTicket } from './announce'
import { ticketOwnership } from './ownership'
import { ticketReportsEndpoint } from './reports'
import { teamSummaryEndpoint } from './teamSummary'

const slug = 'tickets'

/** The flow of a ticket is its type's (read once per request), else the complaint flow. */
async function workflowOfType(doc: Record<string, unknown>, req: PayloadRequest) {
  const typeId = idOf(doc.type)
  if (typeId === null) return DEFAULT_TICKET_WORKFLOW
  const key = `organizecrm:ticket-type-workflow:${typeId}`
  if (!(key in req.context)) {
    const type = await req.payload.findByID({
      collection: 'ticket-types',
      id: typeId,
      depth: 1,
      disableErrors: true,
      overrideAccess: true,
      req,
    })
    const workflow = type?.workflow
    req.context[key] = (workflow && typeof workflow === 'object' ? workflow.key : null) ?? DEFAULT_TICKET_WORKFLOW
  }
  return req.context[key] as string
}

const governed = workflowGoverned(slug, {
  workflow: workflowOfType,
  ownerField: 'reporter',
  responsibleField: 'responsible',
  watchersField: 'watchers',
  teamField: 'team',
})

/** What a ticket can be about; other modules add theirs (`extends.tickets.relationTo.concerns`: a column in `tickets_rels`). */
const TICKET_CONCERNS: CollectionSlug[] = ['clients']

/** Due dates and time stamps: the application's (ticketDefaults, workflow effects, the overdue job). */
const stamp = (name: string, label: { en: string; ro: string }) =>
  serverOwned(dateTimeField({ name, index: true, label, admin: { readOnly: true, position: 'sidebar' } }))

/**
 * Support tickets (R24–R27): numbered, typed, with the client, the people involved, attachments,
 * the actions taken inside them and a flow controlled by role and status (by default the complaint
 * flow). Due dates come from the type's service levels, in working hours.
 */
export const Tickets: CollectionConfig = withCustomFields(
  {
    slug,
    labels: { singular: t('Ticket', 'Tichet'), plural: t('Tickets', 'Tichete') },
    access: governedAccess(slug, ticketOwnership),
    admin: {
      group: t('Support', 'Suport'),
      useAsTitle: 'title',
      defaultColumns: ['number', 'title', 'client', 'type', 'priority', 'responsible', 'dueDate', 'status'],
      listSearchableFields: ['number', 'title'],
      hidden: governedHidden(slug, ticketOwnership),
      components: { beforeListTable: ['/hooks/export/components/ExportButton#ExportButton'] },
    },
    defaultSort: '-createdAt',
    versions: { maxPerDoc: 50 },
    indexes: [
      { fields: ['responsible', 'statusCategory', 'dueDate'] },
      { fields: ['team', 'statusCategory'] },
      { fields: ['statusCategory', 'dueDate'] },
    ],
    endpoints: [
      exportEndpoint(slug, { en: 'Tickets', ro: 'Tichete' }),
      assignEndpoint,
      ticketReportsEndpoint,
      teamSummaryEndpoint,
      ...governed.endpoints,
    ],
    hooks: {
      beforeOperation: [listsWithoutJoins],
      beforeChange: [ticketDefaults, teamFromUser('reporter'), ...governed.hooks.beforeChange, stampAuthor],
      afterChange: [...governed.hooks.afterChange, fileAttachmentsUnderTicket((doc) => doc.id), announceNewTicket],
    },
    fields: [
      {
        type: 'tabs',
        tabs: [
          {
            label: t('Ticket', 'Tichet'),
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
                    admin: { readOnly: true, width: '25%' },
                  }),
                  { name: 'title', type: 'text', required: true, label: t('Title', 'Titlu') },
                ],
              },
              { name: 'description', type: 'richText', label: t('Description', 'Descriere') },
              {
                type: 'row',
                fields: [
                  {
                    name: 'type',
                    type: 'relationship',
                    relationTo: 'ticket-types',
                    required: true,
                    index: true,
                    label: t('Type', 'Tip'),
                    filterOptions: { active: { equals: true } },
                  },
                  nomenclatorField({
                    name: 'category',
                    list: 'ticket-categories',
                    index: true,
                    label: t('Category', 'Categorie'),
                  }),
                  nomenclatorField({
                    name: 'priority',
                    list: 'ticket-priorities',
                    index: true,
                    label: t('Priority', 'Prioritate'),
                  }),
                  {
                    name: 'typeDefaults',
                    type: 'ui',
                    admin: {
                      components: {
                        Field: '/collections/support/tickets/components/TicketTypeDefaults#TicketTypeDefaults',
                      },
                    },
                  },
                  {
                    name: 'channel',
                    type: 'select',
                    defaultValue: 'phone',
                    label: t('Channel', 'Canal'),
                    options: [
                      { value: 'phone', label: t('Phone', 'Telefon') },
                      { value: 'email', label: t('Email', 'Email') },
                      { value: 'portal', label: t('Portal', 'Portal') },
                      { value: 'on-site', label: t('On site', 'La client') },
                    ],
                  },
                ],
              },
              {
                type: 'row',
                fields: [
                  {
                    name: 'client',
                    type: 'relationship',
                    relationTo: 'clients',
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
                    name: 'concerns',
                    type: 'relationship',
                    relationTo: TICKET_CONCERNS,
                    label: t('Concerns', 'Se referă la'),
                  },
                ],
              },
              {
                name: 'attachments',
                type: 'upload',
                relationTo: 'ticket-files',
                hasMany: true,
                label: t('Attachments', 'Atașamente'),
              },
            ],
          },
          {
            label: t('Actions', 'Acțiuni'),
            fields: [
              joinOf('actions', 'ticket-actions', 'ticket', t('Actions taken', 'Acțiuni efectuate'), {
                defaultSort: 'plannedAt',
                defaultColumns: ['title', 'type', 'responsible', 'plannedAt', 'doneAt', 'status'],
              }),
            ],
          },
        ],
      },
      serverOwned({
        name: 'reporter',
        type: 'relationship',
        relationTo: 'users',
        index: true,
        label: t('Reported by', 'Raportat de'),
        admin: { position: 'sidebar', readOnly: true },
      }),
      {
        name: 'responsible',
        type: 'relationship',
        relationTo: 'users',
        index: true,
        label: t('Responsible', 'Responsabil'),
        filterOptions: onlyAssignablePeople('tickets', 'responsible'),
        admin: { position: 'sidebar' },
      },
      {
        name: 'team',
        type: 'relationship',
        relationTo: 'teams',
        index: true,
        label: t('Team', 'Echipă'),
        admin: { position: 'sidebar' },
      },
      {
        name: 'watchers',
        type: 'relationship',
        relationTo: 'users',
        hasMany: true,
        label: t('Watchers', 'Urmăritori'),
        admin: { position: 'sidebar' },
      },
      // The state and its buttons right under the people, above the dates.
      ...governed.fields,
      stamp('responseDue', t('First response due', 'Termen primul răspuns')),
      stamp('dueDate', t('Due (service level)', 'Termen (SLA)')),
      stamp('firstResponseAt', t('First response at', 'Primul răspuns la')),
      stamp('resolvedAt', t('Resolved at', 'Rezolvat la')),
      stamp('closedAt', t('Closed at', 'Închis la')),
      serverOwned({
        name: 'overdue',
        type: 'checkbox',
        index: true,
        label: t('Past due', 'Depășit'),
        admin: { readOnly: true, position: 'sidebar' },
      }),
      serverOwned({
        name: 'overdueNotifiedAt',
        type: 'date',
        label: t('Overdue notice sent at', 'Anunț de depășire trimis la'),
        admin: { hidden: true },
      }),
      ...auditFields,
    ],
  },
  { discriminatorField: 'type' },
)
