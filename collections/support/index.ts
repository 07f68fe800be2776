import { overseesTickets } from '@/access/overseesTickets'
import { hasFunctionIn } from '@/access/engine'
import { defineModule } from '@/hooks/modules'
import { readEnv } from '@/lib/env'
import { t } from '@/lib/i18n'
import { supportClientTabs } from './clientTabs'
import { seedDemoSupport } from './demo'
import { supportReference } from './reference'
import { NOMENCLATOR_LISTS } from './reference/nomenclatorLists'
import { supportSearchSources } from './searchSources'
import { supportSettings } from './settings'
import { TicketActions } from './ticket-actions'
import { myActions } from './ticket-actions/myWork'
import { createTicketFiles } from './ticket-files'
import { TicketTypes } from './ticket-types'
import { Tickets } from './tickets'
import { myTickets } from './tickets/myWork'
import { ticketsHome } from './tickets/home'
import { ticketActionsHome } from './ticket-actions/home'
import { flagOverdueTicketsTask } from './tickets/overdue'

export type { MyActionRow } from './ticket-actions/myWork'
export type { MyTicketRow, TicketSection } from './tickets/myWork'

/**
 * Support (R24–R30): ticket types, tickets and their actions resolved through role-and-status
 * flows, their files, overdue flags, the support team's view and the reports.
 */
export const supportModule = () =>
  defineModule({
    name: 'support',
    collections: [TicketTypes, Tickets, TicketActions, createTicketFiles(readEnv().UPLOADS_DIR)],
    tasks: [flagOverdueTicketsTask],
    notificationKinds: {
      'tickets.new': t('New ticket', 'Tichet nou'),
      'tickets.overdue': t('Ticket past due', 'Tichet depășit'),
    },
    views: {
      supportTeam: {
        Component: '/collections/support/tickets/teamSummary/components/SupportTeamView#SupportTeamView',
        path: '/support-team',
      },
      reports: {
        Component: '/collections/support/tickets/reports/components/ReportsView#ReportsView',
        path: '/reports',
      },
    },
    navLinks: [
      {
        href: '/admin/support-team',
        id: 'nav-support-team',
        label: t('Support team', 'Echipa de suport'),
        order: 40,
        // The same predicate as the page and its endpoint: who reads and steers others' tickets.
        show: ({ permissions }) => overseesTickets(permissions ?? null),
      },
      {
        href: '/admin/reports',
        id: 'nav-reports',
        label: t('Reports', 'Rapoarte'),
        order: 50,
        // The same check as the page and its endpoint (hasFunction).
        show: ({ permissions }) => hasFunctionIn(permissions, 'reports'),
      },
    ],
    clientTabs: supportClientTabs,
    searchSources: supportSearchSources,
    myWorkSources: [
      { key: 'tickets', collection: 'tickets', read: myTickets },
      { key: 'actions', collection: 'ticket-actions', read: myActions },
    ],
    homeSources: [ticketsHome, ticketActionsHome],
    settingsTabs: [supportSettings],
    nomenclatorLists: NOMENCLATOR_LISTS,
    reference: supportReference,
    demo: seedDemoSupport,
  })
