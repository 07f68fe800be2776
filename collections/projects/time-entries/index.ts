import type { CollectionConfig } from 'payload'

import { onlyOwnUnlessManaging } from '@/access/assignable'
import { governedAccess, governedHidden } from '@/access/collectionAccess'
import { underParent } from '@/access/parent'
import type { Ownership } from '@/access/types'
import { auditFields } from '@/fields/audit'
import { dateField } from '@/fields/dates'
import { ownerField } from '@/fields/people'
import { derivedField } from '@/fields/serverOwned'
import { stampAuthor } from '@/hooks/audit'
import { exportEndpoint } from '@/hooks/export'
import { t } from '@/lib/i18n'
import { throughProject } from '../projects/ownership'
import { fileUnderActivity } from './fileUnderActivity'
import { lockProjectBeforeDelete } from '../projects/lock'
import { todayWhenEmpty } from './date'
import { timesheetEndpoint } from './timesheet/endpoint'
import { refreshSpentAfterChange, refreshSpentAfterDelete } from './spentEffort'

const slug = 'time-entries'
/** An entry is its person's; the project's team (its manager's) sees the team's entries. */
const ownership: Ownership = { ownerFields: ['person'], teamField: 'team', through: throughProject }

/**
 * Time spent on a project activity (R22): who, when, how many hours. The activity's spent effort
 * and the project's spent hours are their sums. Entered only on an activity the caller may work
 * on; a person enters their own, those who manage the team's entries may enter them for others.
 */
export const TimeEntries: CollectionConfig = {
  slug,
  labels: { singular: t('Time entry', 'Pontaj'), plural: t('Time entries', 'Pontaje') },
  access: underParent(
    slug,
    { field: 'activity', collection: 'project-activities', need: 'update' },
    governedAccess(slug, ownership),
  ),
  admin: {
    group: t('Projects', 'Proiecte'),
    defaultColumns: ['date', 'person', 'activity', 'project', 'hours', 'note'],
    hidden: governedHidden(slug, ownership),
  },
  defaultSort: '-date',
  endpoints: [exportEndpoint(slug, { en: 'Time entries', ro: 'Pontaje' }), timesheetEndpoint],
  indexes: [{ fields: ['person', 'date'] }, { fields: ['project', 'date'] }],
  hooks: {
    beforeChange: [fileUnderActivity, stampAuthor],
    beforeDelete: [lockProjectBeforeDelete(slug)],
    afterChange: [refreshSpentAfterChange],
    afterDelete: [refreshSpentAfterDelete],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'activity',
          type: 'relationship',
          relationTo: 'project-activities',
          required: true,
          index: true,
          label: t('Activity', 'Activitate'),
        },
        // Today (in the settings' time zone) when left out: not `required`, so API clients may omit it.
        dateField({
          name: 'date',
          index: true,
          hooks: { beforeValidate: [todayWhenEmpty] },
          label: t('Date', 'Data'),
        }),
        {
          name: 'hours',
          type: 'number',
          required: true,
          // A quarter of an hour at least, a day at most: longer work is entered day by day.
          min: 0.25,
          max: 24,
          label: t('Hours', 'Ore'),
        },
      ],
    },
    { ...ownerField('person', t('Person', 'Persoană')), filterOptions: onlyOwnUnlessManaging(slug) },
    { name: 'note', type: 'textarea', label: t('Note', 'Notă') },
    derivedField({
      name: 'project',
      type: 'relationship',
      relationTo: 'projects',
      index: true,
      label: t('Project', 'Proiect'),
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
    ...auditFields,
  ],
}
