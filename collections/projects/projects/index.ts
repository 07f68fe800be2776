import type { CollectionConfig } from 'payload'

import { governedAccess, governedHidden } from '@/access/collectionAccess'
import { auditFields } from '@/fields/audit'
import { withCustomFields } from '@/fields/customFields'
import { dateField } from '@/fields/dates'
import { nomenclatorField } from '@/fields/nomenclator'
import { joinOf, ofTheChosenClient, ownerField, teamField } from '@/fields/people'
import { serverOwned } from '@/fields/serverOwned'
import { stampAuthor } from '@/hooks/audit'
import { exportEndpoint } from '@/hooks/export'
import { listsWithoutJoins } from '@/hooks/listsWithoutJoins'
import { teamFromUser } from '@/hooks/teamFromUser'
import { workflowGoverned } from '@/hooks/workflow/governed'
import { t } from '@/lib/i18n'
import { projectDefaults } from './defaults'
import { deletePlan } from './deletePlan'
import { contractActivityChoicesEndpoint, fromContractActivitiesEndpoint } from './fromContractActivities'
import { fromTemplateEndpoint } from './fromTemplate'
import { projectOwnership } from './ownership'
import { healthEndpoint, portfolioEndpoint } from './portfolio'
import { projectTicketsEndpoint } from './tickets'
import { clearWhenProjectStops } from '../plan-alerts/close'
import { planAlertFields } from '../plan-alerts/projectFields'
import { projectDocumentFields } from '../project-documents/projectFields'

const slug = 'projects'
const governed = workflowGoverned(slug, { workflow: 'project', ownerField: 'manager', teamField: 'team' })

/**
 * Projects (R22): made from a template (or by hand) for a client, often from a signed contract;
 * their people with their project roles and allocation, budget, and the plan (project-activities)
 * under the project flow, whose approval keeps the plan as the baseline.
 */
export const Projects: CollectionConfig = withCustomFields({
  slug,
  labels: { singular: t('Project', 'Proiect'), plural: t('Projects', 'Proiecte') },
  access: governedAccess(slug, projectOwnership),
  admin: {
    group: t('Projects', 'Proiecte'),
    useAsTitle: 'name',
    defaultColumns: ['number', 'name', 'client', 'startDate', 'plannedEnd', 'manager', 'status'],
    listSearchableFields: ['number', 'name'],
    hidden: governedHidden(slug, projectOwnership),
  },
  defaultSort: '-createdAt',
  versions: { maxPerDoc: 50 },
  indexes: [{ fields: ['manager', 'createdAt'] }, { fields: ['team', 'createdAt'] }],
  endpoints: [
    exportEndpoint(slug, { en: 'Projects', ro: 'Proiecte' }),
    fromTemplateEndpoint,
    contractActivityChoicesEndpoint,
    fromContractActivitiesEndpoint,
    portfolioEndpoint,
    healthEndpoint,
    projectTicketsEndpoint,
    ...governed.endpoints,
  ],
  hooks: {
    beforeOperation: [listsWithoutJoins],
    beforeChange: [teamFromUser('manager'), projectDefaults, ...governed.hooks.beforeChange, stampAuthor],
    // Leaving the running state ends its plan alerts' open occurrences (plan-alerts/close.ts).
    afterChange: [...governed.hooks.afterChange, clearWhenProjectStops],
    beforeDelete: [deletePlan],
  },
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
          admin: { readOnly: true },
        }),
        { name: 'name', type: 'text', required: true, label: t('Name', 'Denumire') },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'client',
          type: 'relationship',
          relationTo: 'clients',
          required: true,
          index: true,
          label: t('Client', 'Client'),
        },
        {
          name: 'contract',
          type: 'relationship',
          relationTo: 'contracts',
          index: true,
          label: t('Contract', 'Contract'),
          filterOptions: ofTheChosenClient,
        },
        {
          name: 'template',
          type: 'relationship',
          relationTo: 'project-templates',
          label: t('Template', 'Șablon'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        dateField({ name: 'startDate', index: true, label: t('Start date', 'Data de început') }),
        // The latest end of its activities, kept by the plan's saves.
        serverOwned(
          dateField({
            name: 'plannedEnd',
            index: true,
            label: t('Planned end', 'Sfârșit planificat'),
            admin: { readOnly: true },
          }),
        ),
      ],
    },
    { name: 'description', type: 'textarea', label: t('Description', 'Descriere') },
    // Tabs without a name keep every field where it was stored: no schema change.
    {
      type: 'tabs',
      tabs: [
        {
          label: t('Plan', 'Plan'),
          fields: [
            {
              name: 'timeline',
              type: 'ui',
              label: t('Timeline', 'Cronologie'),
              admin: { components: { Field: '/collections/projects/projects/components/PlanTimeline#PlanTimeline' } },
            },
          ],
        },
        {
          label: t('Activities', 'Activități'),
          fields: [
            {
              name: 'takeOverContractActivities',
              type: 'ui',
              label: t('Take over contract activities', 'Preia activitățile din contract'),
              admin: {
                components: {
                  Field:
                    '/collections/projects/projects/components/TakeOverContractActivities#TakeOverContractActivities',
                },
              },
            },
            joinOf(
              'activities',
              'project-activities',
              'project',
              t('Activities of the plan', 'Activitățile planului'),
              {
                defaultSort: 'plannedStart',
                defaultColumns: ['title', 'phase', 'plannedStart', 'plannedEnd', 'responsible', 'status'],
              },
            ),
            {
              name: 'tickets',
              type: 'ui',
              label: t(
                'Tickets about this project or its activities',
                'Tichete despre acest proiect sau activitățile lui',
              ),
              admin: {
                components: { Field: '/collections/projects/projects/components/ProjectTickets#ProjectTickets' },
              },
            },
          ],
        },
        {
          label: t('Deliverables', 'Livrabile'),
          fields: [
            joinOf('deliverables', 'project-deliverables', 'project', t('Deliverables', 'Livrabile'), {
              defaultSort: 'dueDate',
              defaultColumns: ['name', 'activity', 'dueDate', 'responsible', 'status'],
            }),
          ],
        },
        {
          label: t('Team', 'Echipă'),
          fields: [
            {
              name: 'members',
              type: 'array',
              label: t('Team members', 'Membrii echipei'),
              labels: { singular: t('Member', 'Membru'), plural: t('Members', 'Membri') },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'user',
                      type: 'relationship',
                      relationTo: 'users',
                      required: true,
                      label: t('Person', 'Persoană'),
                    },
                    nomenclatorField({
                      name: 'role',
                      list: 'project-roles',
                      label: t('Project role', 'Rol în proiect'),
                    }),
                    {
                      name: 'allocation',
                      type: 'number',
                      min: 0,
                      max: 100,
                      defaultValue: 100,
                      label: t('Allocation (%)', 'Alocare (%)'),
                    },
                    dateField({ name: 'from', label: t('From', 'De la') }),
                    dateField({ name: 'to', label: t('To', 'Până la') }),
                  ],
                },
              ],
            },
          ],
        },
        {
          label: t('Time', 'Pontaj'),
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'budgetHours', type: 'number', min: 0, label: t('Budget (hours)', 'Buget (ore)') },
                { name: 'budgetAmount', type: 'number', min: 0, label: t('Budget (money)', 'Buget (valoare)') },
                // The sum of the time entered on its activities (time-entries/spentEffort.ts).
                serverOwned({
                  name: 'spentHours',
                  type: 'number',
                  defaultValue: 0,
                  label: t('Spent (hours)', 'Consumat (ore)'),
                  admin: { readOnly: true },
                }),
              ],
            },
            joinOf('time', 'time-entries', 'project', t('Time', 'Pontaj'), {
              defaultSort: '-date',
              defaultColumns: ['date', 'person', 'activity', 'hours', 'note'],
            }),
          ],
        },
        { label: t('Alerts', 'Alerte'), fields: [...planAlertFields] },
        { label: t('Documents', 'Documente'), fields: [...projectDocumentFields] },
        {
          label: t('History', 'Istoric'),
          fields: [
            {
              name: 'history',
              type: 'ui',
              label: t('History', 'Istoric'),
              admin: {
                components: { Field: '/collections/projects/projects/components/ProjectHistory#ProjectHistory' },
              },
            },
          ],
        },
      ],
    },
    {
      name: 'health',
      type: 'ui',
      label: t('Health', 'Sănătate'),
      admin: {
        position: 'sidebar',
        components: { Field: '/collections/projects/projects/components/HealthPanel#HealthPanel' },
      },
    },
    ownerField('manager', t('Project manager', 'Manager de proiect')),
    teamField(),
    ...governed.fields,
    ...auditFields,
  ],
})
