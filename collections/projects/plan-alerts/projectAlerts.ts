import type { CollectionConfig } from 'payload'

import { governedAccess, governedHidden } from '@/access/collectionAccess'
import { underParent } from '@/access/parent'
import type { Ownership } from '@/access/types'
import { auditFields } from '@/fields/audit'
import { derivedField } from '@/fields/serverOwned'
import { stampAuthor } from '@/hooks/audit'
import { t } from '@/lib/i18n'
import { followProject } from '../project-activities/followProject'
import { throughProject } from '../projects/ownership'
import { clearWhenRemoved, clearWhenSwitchedOff } from './close'
import { alertSettingFields, PROJECT_ALERTS_SLUG } from './fields'

// The project's manager keeps its alerts; the project's team is theirs too. Related: the alerts of
// a project one reads as related (one's clients' projects), as its plan is.
const ownership: Ownership = { ownerFields: ['projectManager'], teamField: 'team', through: throughProject }
const SIDEBAR = { position: 'sidebar' as const }

/**
 * A project's plan alerts (R3, R23): the kinds it watches, with its own thresholds and recipients,
 * copied from the template when the project is made and edited by the project's manager. Added,
 * moved or changed only under a project the caller may change.
 */
export const ProjectAlerts: CollectionConfig = {
  slug: PROJECT_ALERTS_SLUG,
  labels: { singular: t('Project alert', 'Alertă de proiect'), plural: t('Project alerts', 'Alerte de proiect') },
  access: underParent(
    PROJECT_ALERTS_SLUG,
    { field: 'project', collection: 'projects', need: 'update' },
    governedAccess(PROJECT_ALERTS_SLUG, ownership),
  ),
  admin: {
    group: t('Projects', 'Proiecte'),
    defaultColumns: ['project', 'kind', 'threshold', 'recipients', 'active'],
    hidden: governedHidden(PROJECT_ALERTS_SLUG, ownership),
  },
  defaultSort: 'id',
  hooks: {
    beforeChange: [followProject, stampAuthor],
    // Switched off or removed, its open occurrences end (close.ts).
    afterChange: [clearWhenSwitchedOff('alert')],
    beforeDelete: [clearWhenRemoved],
  },
  fields: [
    {
      name: 'project',
      type: 'relationship',
      relationTo: 'projects',
      required: true,
      index: true,
      label: t('Project', 'Proiect'),
    },
    ...alertSettingFields(),
    { name: 'notes', type: 'textarea', label: t('Notes', 'Note') },
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
    ...auditFields,
  ],
}
