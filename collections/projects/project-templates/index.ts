import type { CollectionBeforeValidateHook, CollectionConfig } from 'payload'

import { governedAccess, governedHidden } from '@/access/collectionAccess'
import type { Ownership } from '@/access/types'
import { auditFields } from '@/fields/audit'
import { nomenclatorField } from '@/fields/nomenclator'
import { stampAuthor } from '@/hooks/audit'
import { t } from '@/lib/i18n'
import { templateAlertsField } from '../plan-alerts/fields'
import { planItemsOf, refuseUnschedulable } from '../plan/problems'
import { MAX_WORKING_DAYS } from '../plan/workingDays'

const slug = 'project-templates'
// Shared: who may read or change them is the roles' matrix (all or none), no owner.
const ownership: Ownership = { ownerFields: ['createdBy'] }

/** A template whose plan the scheduler cannot place (cycle, unknown predecessor, bad numbers) is refused, naming why. */
const schedulable: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  const activities = data?.activities ?? originalDoc?.activities
  refuseUnschedulable(req, planItemsOf(activities))
  return data
}

const key = (label = t('Key', 'Cheie')) => ({ name: 'key', type: 'text' as const, required: true, label })

/**
 * Project templates (R21): the phases, activities with their offsets, durations, links and roles,
 * and the deliverables a project made from it starts with.
 */
export const ProjectTemplates: CollectionConfig = {
  slug,
  labels: {
    singular: t('Project template', 'Șablon de proiect'),
    plural: t('Project templates', 'Șabloane de proiect'),
  },
  access: governedAccess(slug, ownership),
  admin: {
    group: t('Projects', 'Proiecte'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'updatedAt'],
    hidden: governedHidden(slug, ownership),
  },
  hooks: { beforeValidate: [schedulable], beforeChange: [stampAuthor] },
  fields: [
    { name: 'name', type: 'text', required: true, label: t('Name', 'Denumire') },
    { name: 'description', type: 'textarea', label: t('Description', 'Descriere') },
    {
      name: 'phases',
      type: 'array',
      label: t('Phases', 'Faze'),
      labels: { singular: t('Phase', 'Fază'), plural: t('Phases', 'Faze') },
      fields: [
        { type: 'row', fields: [key(), { name: 'name', type: 'text', required: true, label: t('Name', 'Denumire') }] },
      ],
    },
    {
      name: 'activities',
      type: 'array',
      label: t('Activities', 'Activități'),
      labels: { singular: t('Activity', 'Activitate'), plural: t('Activities', 'Activități') },
      fields: [
        {
          type: 'row',
          fields: [
            key(),
            { name: 'phase', type: 'text', label: t('Phase key', 'Cheia fazei') },
            { name: 'title', type: 'text', required: true, label: t('Title', 'Titlu') },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'offset',
              type: 'number',
              min: 0,
              max: MAX_WORKING_DAYS,
              defaultValue: 0,
              label: t(
                'Start (working days after the project start)',
                'Început (zile lucrătoare de la startul proiectului)',
              ),
            },
            {
              name: 'duration',
              type: 'number',
              min: 0,
              max: MAX_WORKING_DAYS,
              defaultValue: 1,
              label: t('Duration (working days)', 'Durată (zile lucrătoare)'),
            },
            nomenclatorField({ name: 'role', list: 'project-roles', label: t('Role', 'Rol') }),
            { name: 'effort', type: 'number', min: 0, label: t('Planned effort (hours)', 'Efort planificat (ore)') },
            { name: 'milestone', type: 'checkbox', label: t('Milestone', 'Jalon') },
          ],
        },
        {
          name: 'predecessors',
          type: 'array',
          label: t('After (finish to start)', 'După (sfârșit–început)'),
          labels: { singular: t('Predecessor', 'Predecesor'), plural: t('Predecessors', 'Predecesori') },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'activity', type: 'text', required: true, label: t('Activity key', 'Cheia activității') },
                {
                  name: 'lag',
                  type: 'number',
                  min: -MAX_WORKING_DAYS,
                  max: MAX_WORKING_DAYS,
                  defaultValue: 0,
                  label: t('Lag (working days)', 'Decalaj (zile lucrătoare)'),
                },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'deliverables',
      type: 'array',
      label: t('Deliverables', 'Livrabile'),
      labels: { singular: t('Deliverable', 'Livrabil'), plural: t('Deliverables', 'Livrabile') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, label: t('Name', 'Denumire') },
            { name: 'activity', type: 'text', label: t('Activity key', 'Cheia activității') },
            { name: 'needsAcceptance', type: 'checkbox', label: t('Needs acceptance', 'Necesită acceptare') },
          ],
        },
      ],
    },
    templateAlertsField,
    ...auditFields,
  ],
}
