import type { CollectionConfig } from 'payload'

import { governedAccess, governedHidden } from '@/access/collectionAccess'
import { t } from '@/lib/i18n'

const slug = 'workflow-events'
const never = () => false
/** The list shows the stored keys by their names (hooks/workflow/components/EventCells). */
const cell = (kind: 'Collection' | 'Step' | 'State') => ({
  components: { Cell: `/hooks/workflow/components/EventCells#Event${kind}Cell` },
})

/**
 * Append-only log of workflow steps (R33), written by the engine in the same transaction as the
 * change. Nobody creates, edits or deletes it through the API, administrators included.
 */
export const WorkflowEvents: CollectionConfig = {
  slug,
  labels: { singular: t('Workflow step', 'Pas de flux'), plural: t('Workflow history', 'Istoric fluxuri') },
  access: {
    ...governedAccess(slug, { managedBy: 'manageWorkflows' }),
    create: never,
    update: never,
    delete: never,
  },
  admin: {
    group: t('Administration', 'Administrare'),
    defaultColumns: ['createdAt', 'collection', 'record', 'transition', 'from', 'to', 'user'],
    hidden: governedHidden(slug, { managedBy: 'manageWorkflows' }),
  },
  defaultSort: '-createdAt',
  indexes: [{ fields: ['collection', 'record'] }],
  fields: [
    { name: 'collection', type: 'text', required: true, label: t('Collection', 'Colecție'), admin: cell('Collection') },
    { name: 'record', type: 'text', required: true, label: t('Record', 'Înregistrare') },
    { name: 'workflow', type: 'text', label: t('Workflow', 'Flux') },
    { name: 'transition', type: 'text', required: true, label: t('Step', 'Pas'), admin: cell('Step') },
    { name: 'from', type: 'text', label: t('From', 'Din'), admin: cell('State') },
    { name: 'to', type: 'text', required: true, label: t('To', 'În'), admin: cell('State') },
    { name: 'user', type: 'relationship', relationTo: 'users', label: t('By', 'De către') },
    { name: 'comment', type: 'textarea', label: t('Comment', 'Comentariu') },
  ],
}
