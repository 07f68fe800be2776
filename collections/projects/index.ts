import { defineModule } from '@/hooks/modules'
import { ProjectActivities } from './project-activities'
import { ProjectTemplates } from './project-templates'
import { Projects } from './projects'
import { projectEffects } from './projects/steps'
import { projectsReference } from './reference'
import { NOMENCLATOR_LISTS } from './reference/nomenclatorLists'

/**
 * Projects (R21–R23): templates, projects made from them with their people and budget, and the
 * plan in working days under the project and activity flows.
 */
export const projectsModule = () =>
  defineModule({
    name: 'projects',
    collections: [ProjectTemplates, Projects, ProjectActivities],
    effects: projectEffects,
    nomenclatorLists: NOMENCLATOR_LISTS,
    reference: projectsReference,
  })
