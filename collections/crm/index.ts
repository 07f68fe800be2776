import type { Config } from 'payload'

import { completedLater, defineModule } from '@/hooks/modules'
import { bindingOf } from '@/hooks/workflow/registry'
import { t } from '@/lib/i18n'
import { crmCalendarSources } from './calendarSources'
import { crmSearchSources } from './searchSources'
import { Campaigns } from './campaigns'
import { Clients } from './clients'
import { crmClientTabs } from './clients/tabs'
import { Contacts } from './contacts'
import { seedDemoCrm } from './demo'
import { MarketingActions } from './marketing-actions'
import { Opportunities } from './opportunities'
import { prospectEffects } from './prospects/convert'
import { Prospects } from './prospects'
import { crmReference } from './reference'
import { NOMENCLATOR_LISTS } from './reference/nomenclatorLists'
import { createTodos } from './todos'
import { myTodos } from './todos/myWork'
import { todosHome } from './todos/home'
import { opportunitiesHome } from './opportunities/home'

export { DEMO_CLIENT_CUIS, DEMO_OPPORTUNITIES } from './demo'
export type { MyTodoRow } from './todos/myWork'

/**
 * A todo belongs to a client, one of its people or an opportunity, or to any record that goes
 * through a workflow (its steps hand todos out), whichever module brought it.
 */
const todoLinks = (config: Config) => [
  ...new Set([
    'clients',
    'contacts',
    'opportunities',
    ...(config.collections ?? []).filter((c) => c.slug !== 'todos' && bindingOf(c.slug)).map((c) => c.slug),
  ]),
]

/**
 * The CRM (R4–R11): clients and their people, prospecting, opportunities and the pipeline board,
 * campaigns and marketing actions, todos and their calendar.
 */
export const crmModule = () =>
  defineModule({
    name: 'crm',
    collections: [
      Clients,
      Contacts,
      Prospects,
      Opportunities,
      Campaigns,
      MarketingActions,
      completedLater('todos', ({ config }) => createTodos(todoLinks(config))),
    ],
    views: {
      pipeline: { Component: '/collections/crm/opportunities/pipeline/PipelineView#PipelineView', path: '/pipeline' },
    },
    navLinks: [
      {
        href: '/admin/pipeline',
        id: 'nav-pipeline',
        label: t('Pipeline board', 'Pipeline vânzări'),
        order: 30,
        show: ({ collections }) => Boolean(collections.opportunities?.read),
      },
    ],
    clientTabs: crmClientTabs,
    extends: { tickets: { relationTo: { concerns: ['opportunities'] } } },
    calendarSources: crmCalendarSources,
    searchSources: crmSearchSources,
    myWorkSources: [{ key: 'todos', collection: 'todos', read: myTodos }],
    homeSources: [todosHome, opportunitiesHome],
    effects: prospectEffects,
    nomenclatorLists: NOMENCLATOR_LISTS,
    reference: crmReference,
    demo: seedDemoCrm,
  })
