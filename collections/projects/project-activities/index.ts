import type { CollectionConfig } from 'payload'
import { relationship } from 'payload/shared'

import { governedAccess, governedHidden } from '@/access/collectionAccess'
import { underParent } from '@/access/parent'
import type { Ownership } from '@/access/types'
import { auditFields } from '@/fields/audit'
import { dateField, dateTimeField } from '@/fields/dates'
import { joinOf, ownerField } from '@/fields/people'
import { derivedField } from '@/fields/serverOwned'
import { stampAuthor } from '@/hooks/audit'
import { exportEndpoint } from '@/hooks/export'
import { listsWithoutJoins } from '@/hooks/listsWithoutJoins'
import { workflowGoverned } from '@/hooks/workflow/governed'
import { t } from '@/lib/i18n'
import { throughProject } from '../projects/ownership'
import { followProject } from './followProject'
import { fromContractActivityField, linkContractActivity } from './fromContractActivity'
import { keepLoggedTime } from './keepLoggedTime'
import { unlinkFollowers } from './unlinkFollowers'
import { lockPlan } from './lockPlan'
import { lockProjectBeforeDelete } from '../projects/lock'
import { keepProjectEnd, keepProjectEndAfterDelete } from './plannedEnd'
import { replan } from './replan'
import { MAX_WORKING_DAYS } from '../plan/workingDays'
import { warnOverAllocation } from '../resources/overAllocation'

const slug = 'project-activities'
// The responsible person and the assignees work on it; the project's manager validates it.
// Related: the whole plan of a project one is a member of.
const ownership: Ownership = {
  ownerFields: ['responsible', 'assignees', 'projectManager'],
  teamField: 'team',
  through: throughProject,
}
const governed = workflowGoverned(slug, {
  workflow: 'project-activity',
  ownerField: 'projectManager',
  responsibleField: 'responsible',
  teamField: 'team',
})

/**
 * A project's plan (R22, R23): activities in working days, linked finish to start, with a
 * responsible person and their effort, under their own flow: planned → in progress → done →
 * validated by the project manager (reopened when it was not). Moving one pushes its successors.
 */
export const ProjectActivities: CollectionConfig = {
  slug,
  labels: {
    singular: t('Project activity', 'Activitate de proiect'),
    plural: t('Project activities', 'Activități de proiect'),
  },
  // Added only under a project the caller may change.
  access: underParent(
    slug,
    { field: 'project', collection: 'projects', need: 'update' },
    governedAccess(slug, ownership),
  ),
  admin: {
    group: t('Projects', 'Proiecte'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'project', 'phase', 'plannedStart', 'plannedEnd', 'responsible', 'status'],
    listSearchableFields: ['title'],
    hidden: governedHidden(slug, ownership),
  },
  defaultSort: 'plannedStart',
  versions: { maxPerDoc: 50 },
  indexes: [{ fields: ['project', 'plannedStart'] }, { fields: ['responsible', 'statusCategory', 'plannedEnd'] }],
  endpoints: [exportEndpoint(slug, { en: 'Project activities', ro: 'Activități de proiect' }), ...governed.endpoints],
  hooks: {
    beforeOperation: [listsWithoutJoins],
    // The project's row is locked first (lockPlan.ts): saves of one plan run one after the other.
    beforeDelete: [lockProjectBeforeDelete(slug), keepLoggedTime, unlinkFollowers],
    beforeChange: [lockPlan, followProject, linkContractActivity, replan, ...governed.hooks.beforeChange, stampAuthor],
    afterChange: [keepProjectEnd, ...governed.hooks.afterChange, warnOverAllocation],
    afterDelete: [keepProjectEndAfterDelete],
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
        { name: 'title', type: 'text', required: true, label: t('Title', 'Titlu') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'phase', type: 'text', label: t('Phase', 'Fază') },
        { name: 'key', type: 'text', index: true, label: t('Key (from the template)', 'Cheie (din șablon)') },
        { name: 'milestone', type: 'checkbox', label: t('Milestone', 'Jalon') },
      ],
    },
    { name: 'description', type: 'textarea', label: t('Description', 'Descriere') },
    {
      type: 'row',
      fields: [
        dateField({ name: 'plannedStart', index: true, label: t('Planned start', 'Început planificat') }),
        {
          name: 'duration',
          type: 'number',
          min: 0,
          max: MAX_WORKING_DAYS,
          defaultValue: 1,
          label: t('Duration (working days)', 'Durată (zile lucrătoare)'),
        },
        // From the start and the duration, in working days.
        derivedField(dateField({ name: 'plannedEnd', index: true, label: t('Planned end', 'Sfârșit planificat') })),
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
            {
              name: 'activity',
              type: 'relationship',
              relationTo: 'project-activities',
              // Required by validation, not by the column: deleting a followed activity empties the
              // links its followers' older versions keep (unlinkFollowers.ts).
              validate: (value: unknown, options: Parameters<typeof relationship>[1]) =>
                value === null || value === undefined || value === ''
                  ? options.req.t('validation:required')
                  : relationship(value as never, options),
              label: t('Activity', 'Activitate'),
              filterOptions: ({ data }) => (data?.project ? { project: { equals: data.project } } : true),
            },
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
    {
      type: 'row',
      fields: [
        { name: 'plannedEffort', type: 'number', min: 0, label: t('Planned effort (hours)', 'Efort planificat (ore)') },
        // The sum of its time entries (time-entries/spentEffort.ts).
        derivedField({
          name: 'spentEffort',
          type: 'number',
          defaultValue: 0,
          label: t('Spent effort (hours)', 'Efort consumat (ore)'),
        }),
        {
          name: 'percentComplete',
          type: 'number',
          min: 0,
          max: 100,
          defaultValue: 0,
          label: t('Complete (%)', 'Realizat (%)'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        dateTimeField({ name: 'actualStart', label: t('Actual start', 'Început efectiv') }),
        dateTimeField({ name: 'actualEnd', label: t('Actual end', 'Sfârșit efectiv') }),
      ],
    },
    {
      type: 'row',
      fields: [
        // Kept when the project's plan is approved.
        derivedField(dateField({ name: 'baselineStart', label: t('Baseline start', 'Început de referință') })),
        derivedField(dateField({ name: 'baselineEnd', label: t('Baseline end', 'Sfârșit de referință') })),
      ],
    },
    // What the last move of this activity pushed (itself after a predecessor, its successors).
    derivedField({
      name: 'lastReschedule',
      type: 'json',
      label: t('Pushed by the last move', 'Mutate de ultima schimbare'),
      admin: { hidden: true },
    }),
    joinOf('timeEntries', 'time-entries', 'activity', t('Time entries', 'Pontaje'), {
      defaultSort: '-date',
      defaultColumns: ['date', 'person', 'hours', 'note'],
    }),
    fromContractActivityField,
    ownerField('responsible', t('Responsible', 'Responsabil')),
    {
      name: 'assignees',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      label: t('Other assignees', 'Alți participanți'),
      admin: { position: 'sidebar' },
    },
    // The responsible person's load in the activity's weeks, warning when above 100 % (resources).
    {
      name: 'responsibleLoad',
      type: 'ui',
      label: t('Load of the responsible person', 'Încărcarea responsabilului'),
      admin: {
        position: 'sidebar',
        components: { Field: '/collections/projects/resources/components/ResponsibleLoad#ResponsibleLoad' },
      },
    },
    derivedField({
      name: 'projectManager',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: t('Project manager', 'Manager de proiect'),
      admin: { position: 'sidebar' },
    }),
    derivedField({
      name: 'team',
      type: 'relationship',
      relationTo: 'teams',
      index: true,
      label: t('Team', 'Echipă'),
      admin: { position: 'sidebar' },
    }),
    ...governed.fields,
    ...auditFields,
  ],
}
