import type { Access, CollectionConfig } from 'payload'

import { accessResult, hiddenInNavigation } from '@/access/engine'
import { throughRelation } from '@/access/throughRelation'
import { dateTimeField } from '@/fields/dates'
import { t } from '@/lib/i18n'
import { projectOwnership } from '../projects/ownership'
import { CLEARED_BECAUSE } from './close'
import { CONDITIONS } from './conditions'
import { ALERT_EVENTS_SLUG, KINDS_SLUG, PROJECT_ALERTS_SLUG } from './fields'

const never = () => false

/** Whoever reads a project reads the alerts it raised, by the project's own rules. */
const readWithProject: Access = async ({ req }) => {
  const projects = await accessResult(req, 'projects', projectOwnership, 'read')
  return typeof projects === 'boolean' ? projects : throughRelation('project', projects)
}

/**
 * The log of plan alerts (R3, R23), append-only: the hourly job (evaluate.ts) writes an event when
 * an alert's condition starts to hold for a subject, and stamps `clearedAt` once, with why, when
 * the occurrence ends: its condition stopped holding (the job), its alert or kind was switched off
 * or removed, or its project left the running state (at that moment, close.ts). The next
 * occurrence is a new event. Nobody creates, edits or deletes events through the API,
 * administrators included; they are read with their project (not a row of the roles' matrix).
 */
export const AlertEvents: CollectionConfig = {
  slug: ALERT_EVENTS_SLUG,
  custom: { outsideRoles: true },
  labels: { singular: t('Alert event', 'Eveniment de alertă'), plural: t('Alert events', 'Evenimente de alertă') },
  access: { read: readWithProject, create: never, update: never, delete: never },
  admin: {
    group: t('Projects', 'Proiecte'),
    useAsTitle: 'occurrence',
    defaultColumns: ['firedAt', 'project', 'kind', 'subject', 'message', 'clearedAt', 'clearedBecause'],
    hidden: ({ user }) => hiddenInNavigation(user, 'projects', projectOwnership),
  },
  defaultSort: '-firedAt',
  indexes: [{ fields: ['alert', 'occurrence'] }],
  fields: [
    {
      name: 'project',
      type: 'relationship',
      relationTo: 'projects',
      required: true,
      index: true,
      label: t('Project', 'Proiect'),
    },
    {
      type: 'row',
      fields: [
        { name: 'alert', type: 'relationship', relationTo: PROJECT_ALERTS_SLUG, label: t('Alert', 'Alertă') },
        { name: 'kind', type: 'relationship', relationTo: KINDS_SLUG, label: t('Kind', 'Tip') },
        {
          name: 'condition',
          type: 'select',
          options: CONDITIONS.map(({ value, label }) => ({ value, label })),
          label: t('Condition', 'Condiție'),
        },
      ],
    },
    {
      name: 'subject',
      type: 'relationship',
      relationTo: ['project-activities', 'project-deliverables'],
      label: t('Concerning', 'Privind'),
    },
    // `<alert>:<subject>`: the same occurrence stays one open event until its condition clears.
    { name: 'occurrence', type: 'text', required: true, index: true, label: t('Occurrence', 'Apariție') },
    {
      type: 'row',
      fields: [
        dateTimeField({ name: 'firedAt', required: true, index: true, label: t('Fired at', 'Declanșată la') }),
        dateTimeField({ name: 'clearedAt', index: true, label: t('Cleared at', 'Încheiată la') }),
        {
          name: 'clearedBecause',
          type: 'select',
          options: CLEARED_BECAUSE.map(({ value, label }) => ({ value, label })),
          label: t('Cleared because', 'Încheiată pentru că'),
        },
      ],
    },
    {
      name: 'recipients',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      label: t('Told', 'Anunțați'),
    },
    { name: 'message', type: 'textarea', localized: true, label: t('Message', 'Mesaj') },
  ],
}
