import { defineModule } from '@/hooks/modules'
import { readEnv } from '@/lib/env'
import { t } from '@/lib/i18n'
import { projectsCalendarSources } from './calendarSources'
import { seedDemoProjects } from './demo'
import { projectsClientTabs } from './clientTabs'
import { ProjectActivities } from './project-activities'
import { ProjectDeliverables } from './project-deliverables'
import { createProjectDocuments } from './project-documents'
import { planAlertCollections, planAlertNotificationKinds, planAlertTasks } from './plan-alerts'
import { myProjectActivities } from './project-activities/myWork'
import { takenOverIn } from './project-activities/fromContractActivity'
import { myProjectDeliverables } from './project-deliverables/myWork'
import { projectActivitiesHome } from './project-activities/home'
import { projectDeliverablesHome } from './project-deliverables/home'
import { ProjectTemplates } from './project-templates'
import { resourcesEndpoint, resourcesNavLink, resourcesView } from './resources'
import { Projects } from './projects'
import { portfolioNavLink, portfolioView } from './projects/portfolioView'
import { projectEffects } from './projects/steps'
import { projectsReference } from './reference'
import { TimeEntries } from './time-entries'
import { timesheetNavLink, timesheetView } from './time-entries/timesheet'
import { NOMENCLATOR_LISTS } from './reference/nomenclatorLists'
import { projectsSearchSources } from './searchSources'

export type { MyProjectActivityRow } from './project-activities/myWork'
export type { MyProjectDeliverableRow } from './project-deliverables/myWork'

/**
 * Projects (R21–R23): templates, projects made from them with their people and budget, the plan
 * in working days under the project and activity flows, the deliverables under theirs, and the
 * time spent on it.
 */
export const projectsModule = () =>
  defineModule({
    name: 'projects',
    collections: [
      ProjectTemplates,
      Projects,
      ProjectActivities,
      ProjectDeliverables,
      TimeEntries,
      createProjectDocuments(readEnv().UPLOADS_DIR),
      ...planAlertCollections,
    ],
    tasks: planAlertTasks,
    notificationKinds: planAlertNotificationKinds,
    clientTabs: projectsClientTabs,
    calendarSources: projectsCalendarSources,
    searchSources: projectsSearchSources,
    myWorkSources: [
      { key: 'project-activities', collection: 'project-activities', read: myProjectActivities },
      { key: 'project-deliverables', collection: 'project-deliverables', read: myProjectDeliverables },
    ],
    homeSources: [projectActivitiesHome, projectDeliverablesHome],
    endpoints: [resourcesEndpoint],
    views: { resources: resourcesView, portfolio: portfolioView, timesheet: timesheetView },
    navLinks: [resourcesNavLink, portfolioNavLink, timesheetNavLink],
    // A ticket can concern a project or one of its activities (R29).
    extends: {
      tickets: { relationTo: { concerns: ['projects', 'project-activities'] } },
      // A signed contract's implementation starts from its page.
      contracts: {
        fields: [
          {
            name: 'createProject',
            type: 'ui',
            label: t('Create the project', 'Creează proiectul'),
            admin: {
              position: 'sidebar',
              components: { Field: '/collections/projects/projects/components/CreateFromContract#CreateFromContract' },
            },
          },
          {
            name: 'projects',
            type: 'join',
            collection: 'projects',
            on: 'contract',
            label: t('Projects implementing it', 'Proiectele care îl implementează'),
            admin: { position: 'sidebar', defaultColumns: ['number', 'name', 'status'] },
          },
        ],
      },
      // Which project activity a contract activity was taken over as (the link is on the project's side).
      'contract-activities': { fields: [takenOverIn] },
    },
    effects: projectEffects,
    nomenclatorLists: NOMENCLATOR_LISTS,
    reference: projectsReference,
    demo: seedDemoProjects,
  })
