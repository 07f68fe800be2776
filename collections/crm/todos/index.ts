import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook, CollectionConfig, Field } from 'payload'

import { handedOutResponsible } from '@/fields/people'
import { governedAccess, governedHidden } from '@/access/collectionAccess'
import type { Ownership } from '@/access/types'
import { auditFields } from '@/fields/audit'
import { serverOwned } from '@/fields/serverOwned'
import { dateTimeField } from '@/fields/dates'
import { stampAuthor } from '@/hooks/audit'
import { teamFromUser } from '@/hooks/teamFromUser'
import { workflowGoverned } from '@/hooks/workflow/governed'
import { t } from '@/lib/i18n'
import { idOf } from '@/lib/ids'

const slug = 'todos'
const ownership: Ownership = { ownerFields: ['responsible', 'participants', 'createdBy'], teamField: 'team' }
const governed = workflowGoverned(slug, {
  workflow: 'todo',
  ownerField: 'createdBy',
  responsibleField: 'responsible',
  watchersField: 'participants',
  teamField: 'team',
})

/**
 * A todo added from the client page's tab arrives with only `client` (the join's field) set: it
 * belongs to that client. `client` itself is derived from the link and dropped from what a client
 * sends (field access runs before collection hooks), so the wish is read before the operation.
 */
const linkFromClient: CollectionBeforeOperationHook = ({ args, operation }) => {
  const data = (args as { data?: Record<string, unknown> }).data
  if (operation !== 'create' || !data || typeof data !== 'object') return args
  const link = data.relatedTo as { value?: unknown } | null | undefined
  const client = idOf(data.client)
  if (client !== null && idOf(link?.value) === null) data.relatedTo = { relationTo: 'clients', value: client }
  return args
}

/**
 * The client a todo concerns: the linked record itself when it is a client, else that record's
 * `client`. Kept on the todo so the client page lists every todo about the client in one join.
 */
const clientFromLink: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (!('relatedTo' in data) && originalDoc) return data
  const link = data.relatedTo as { relationTo?: string; value?: unknown } | null | undefined
  const id = idOf(link?.value)
  if (!link?.relationTo || id === null) {
    data.client = null
    return data
  }
  if (link.relationTo === 'clients') {
    data.client = id
    return data
  }
  const related = await req.payload.findByID({
    collection: link.relationTo as 'users',
    id,
    depth: 0,
    disableErrors: true,
    // Only the link's client id is read, to file the todo.
    overrideAccess: true,
    req,
  })
  data.client = idOf((related as Record<string, unknown> | null)?.client)
  return data
}

/**
 * Actions (R9): calls, meetings, emails, tasks and visits with a responsible person, a date and
 * the record they belong to. Workflow steps hand out todos through the createTodo effect.
 * `relatedTo` lists the collections a todo can belong to; a module joining it adds a column to the
 * link table, and old rows stay as they are.
 */
export function createTodos(linkable: string[]): CollectionConfig {
  return {
    slug,
    labels: { singular: t('Todo', 'Acțiune'), plural: t('Todos', 'Acțiuni') },
    access: governedAccess(slug, ownership),
    admin: {
      group: t('Work', 'Activitate'),
      useAsTitle: 'title',
      defaultColumns: ['title', 'type', 'due', 'responsible', 'status'],
      listSearchableFields: ['title'],
      hidden: governedHidden(slug, ownership),
    },
    defaultSort: 'due',
    versions: { maxPerDoc: 50 },
    indexes: [{ fields: ['responsible', 'statusCategory', 'due'] }],
    endpoints: governed.endpoints,
    hooks: {
      beforeOperation: [linkFromClient],
      beforeChange: [teamFromUser('responsible'), clientFromLink, ...governed.hooks.beforeChange, stampAuthor],
      afterChange: governed.hooks.afterChange,
    },
    fields: [
      { name: 'title', type: 'text', required: true, label: t('Title', 'Titlu') },
      {
        type: 'row',
        fields: [
          {
            name: 'type',
            type: 'select',
            required: true,
            defaultValue: 'task',
            label: t('Type', 'Tip'),
            options: [
              { value: 'call', label: t('Call', 'Apel') },
              { value: 'meeting', label: t('Meeting', 'Întâlnire') },
              { value: 'email', label: t('Email', 'Email') },
              { value: 'task', label: t('Task', 'Sarcină') },
              { value: 'visit', label: t('Visit', 'Vizită') },
            ],
          },
          {
            name: 'priority',
            type: 'select',
            defaultValue: 'normal',
            label: t('Priority', 'Prioritate'),
            options: [
              { value: 'low', label: t('Low', 'Scăzută') },
              { value: 'normal', label: t('Normal', 'Normală') },
              { value: 'high', label: t('High', 'Ridicată') },
            ],
          },
        ],
      },
      {
        type: 'row',
        fields: [
          dateTimeField({ name: 'start', label: t('Start', 'Început') }),
          dateTimeField({ name: 'end', label: t('End', 'Sfârșit') }),
          dateTimeField({ name: 'due', index: true, label: t('Due', 'Termen') }),
          { name: 'allDay', type: 'checkbox', defaultValue: false, label: t('All day', 'Toată ziua') },
        ],
      },
      handedOutResponsible('todos'),
      {
        name: 'participants',
        type: 'relationship',
        relationTo: 'users',
        hasMany: true,
        label: t('Participants', 'Participanți'),
      },
      {
        name: 'team',
        type: 'relationship',
        relationTo: 'teams',
        index: true,
        label: t('Team', 'Echipă'),
        admin: { position: 'sidebar' },
      },
      ...(linkable.length
        ? [
            {
              name: 'relatedTo',
              type: 'relationship',
              relationTo: linkable,
              label: t('Belongs to', 'Aparține de'),
            } as Field,
            ...(linkable.includes('clients')
              ? [
                  serverOwned({
                    name: 'client',
                    type: 'relationship',
                    relationTo: 'clients',
                    index: true,
                    label: t('Client', 'Client'),
                    admin: { readOnly: true, position: 'sidebar' },
                  }) as Field,
                ]
              : []),
          ]
        : []),
      { name: 'notes', type: 'richText', label: t('Notes', 'Note') },
      { name: 'observations', type: 'richText', label: t('Meeting observations', 'Observații de la întâlnire') },
      serverOwned(
        dateTimeField({
          name: 'doneAt',
          label: t('Done at', 'Finalizată la'),
          admin: { readOnly: true, position: 'sidebar' },
        }),
      ),
      ...governed.fields,
      ...auditFields,
    ],
  }
}
