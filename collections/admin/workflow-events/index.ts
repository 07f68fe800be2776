import type { CollectionConfig } from 'payload'

import { governedAccess, governedHidden } from '@/access/collectionAccess'
import { t } from '@/lib/i18n'

const slug = 'workflow-events'
const never = () => false

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
    { name: 'collection', type: 'text', required: true, label: t('Collection', 'Colecție') },
    { name: 'record', type: 'text', required: true, label: t('Record', 'Înregistrare') },
    { name: 'workflow', type: 'text', label: t('Workflow', 'Flux') },
    { name: 'transition', type: 'text', required: true, label: t('Step', 'Pas') },
    { name: 'from', type: 'text', label: t('From', 'Din') },
    { name: 'to', type: 'text', required: true, label: t('To', 'În') },
    { name: 'user', type: 'relationship', relationTo: 'users', label: t('By', 'De către') },
    { name: 'comment', type: 'textarea', label: t('Comment', 'Comentariu') },
  ],
}
