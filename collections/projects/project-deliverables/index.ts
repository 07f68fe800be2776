import type { CollectionConfig } from 'payload'

import { governedAccess, governedHidden } from '@/access/collectionAccess'
import { underParent } from '@/access/parent'
import type { Ownership } from '@/access/types'
import { auditFields } from '@/fields/audit'
import { dateField, dateTimeField } from '@/fields/dates'
import { ownerField } from '@/fields/people'
import { derivedField } from '@/fields/serverOwned'
import { stampAuthor } from '@/hooks/audit'
import { workflowGoverned } from '@/hooks/workflow/governed'
import { t } from '@/lib/i18n'
import { throughProject } from '../projects/ownership'
import { followProject } from '../project-activities/followProject'

const slug = 'project-deliverables'
// Its responsible prepares it; the project's manager accepts it.
const ownership: Ownership = {
  ownerFields: ['responsible', 'projectManager'],
  teamField: 'team',
  through: throughProject,
}
const SIDEBAR = { position: 'sidebar' as const }
const governed = workflowGoverned(slug, {
  workflow: 'project-deliverable',
  ownerField: 'projectManager',
  responsibleField: 'responsible',
  teamField: 'team',
})

/**
 * What a project hands over (R22): a document, a configured system, a training, due on a day,
 * prepared by its responsible and accepted by the project manager under its own flow (draft →
 * submitted → accepted, or rejected and submitted again), the client's acceptance recorded beside.
 */
export const ProjectDeliverables: CollectionConfig = {
  slug,
  labels: { singular: t('Deliverable', 'Livrabil'), plural: t('Deliverables', 'Livrabile') },
  // Added only under a project the caller may change.
  access: underParent(
    slug,
    { field: 'project', collection: 'projects', need: 'update' },
    governedAccess(slug, ownership),
  ),
  admin: {
    group: t('Projects', 'Proiecte'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'project', 'dueDate', 'responsible', 'status'],
    listSearchableFields: ['name'],
    hidden: governedHidden(slug, ownership),
  },
  defaultSort: 'dueDate',
  versions: { maxPerDoc: 50 },
  // The project's list, and each person's deliverables still to hand over (My work).
  indexes: [{ fields: ['project', 'dueDate'] }, { fields: ['responsible', 'statusCategory', 'dueDate'] }],
  endpoints: [...governed.endpoints],
  hooks: {
    beforeChange: [followProject, ...governed.hooks.beforeChange, stampAuthor],
    afterChange: [...governed.hooks.afterChange],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'project',
          type: 'relationship',
          relationTo: 'projects',
          required: true,
          index: true,
          label: t('Project', 'Proiect'),
        },
        { name: 'name', type: 'text', required: true, label: t('Name', 'Denumire') },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'activity',
          type: 'relationship',
          relationTo: 'project-activities',
          label: t('Activity', 'Activitate'),
          filterOptions: ({ data }) => (data?.project ? { project: { equals: data.project } } : true),
        },
        dateField({ name: 'dueDate', index: true, label: t('Due date', 'Termen') }),
        {
          name: 'needsAcceptance',
          type: 'checkbox',
          defaultValue: true,
          label: t('Needs acceptance', 'Necesită acceptare'),
        },
      ],
    },
    { name: 'description', type: 'textarea', label: t('Description', 'Descriere') },
    {
      type: 'row',
      fields: [
        {
          name: 'clientAcceptedBy',
          type: 'relationship',
          relationTo: 'contacts',
          label: t('Accepted for the client by', 'Acceptat din partea clientului de'),
        },
        dateField({ name: 'clientAcceptedOn', label: t('Client acceptance date', 'Data acceptării de client') }),
      ],
    },
    ownerField('responsible', t('Responsible', 'Responsabil')),
    derivedField(dateTimeField({ name: 'submittedAt', label: t('Submitted at', 'Predat la'), admin: SIDEBAR })),
    derivedField(dateTimeField({ name: 'acceptedAt', label: t('Accepted at', 'Acceptat la'), admin: SIDEBAR })),
    derivedField({
      name: 'projectManager',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: t('Project manager', 'Manager de proiect'),
      admin: SIDEBAR,
    }),
    derivedField({
      name: 'team',
      type: 'relationship',
      relationTo: 'teams',
      index: true,
      label: t('Team', 'Echipă'),
      admin: SIDEBAR,
    }),
    ...governed.fields,
    ...auditFields,
  ],
}
