import { postgresAdapter } from '@payloadcms/db-postgres'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { ro } from '@payloadcms/translations/languages/ro'
import nodemailer from 'nodemailer'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CollectionConfig, Config } from 'payload'
import sharp from 'sharp'

import { Counters } from '@/collections/admin/counters'
import { createCustomFields } from '@/collections/admin/custom-fields'
import { createMedia } from '@/collections/admin/media'
import { Nomenclators } from '@/collections/admin/nomenclators'
import { Notifications } from '@/collections/admin/notifications'
import { createRoles } from '@/collections/admin/roles'
import { Teams } from '@/collections/admin/teams'
import { LOGIN_REFUSED, Users } from '@/collections/admin/users'
import { WorkflowEvents } from '@/collections/admin/workflow-events'
import { createWorkflows } from '@/collections/admin/workflows'
import { customFieldTargets } from '@/fields/customFields'
import { Campaigns } from '@/collections/crm/campaigns'
import { Clients } from '@/collections/crm/clients'
import { Contacts } from '@/collections/crm/contacts'
import { MarketingActions } from '@/collections/crm/marketing-actions'
import { Opportunities } from '@/collections/crm/opportunities'
import { Prospects } from '@/collections/crm/prospects'
import { createTodos } from '@/collections/crm/todos'
import { createOfferFiles } from '@/collections/sales/offer-files'
import { OfferSections } from '@/collections/sales/offer-sections'
import { OfferTemplates } from '@/collections/sales/offer-templates'
import { Offers } from '@/collections/sales/offers'
import { Products } from '@/collections/sales/products'
import { TicketActions } from '@/collections/support/ticket-actions'
import { createTicketFiles } from '@/collections/support/ticket-files'
import { TicketTypes } from '@/collections/support/ticket-types'
import { Tickets } from '@/collections/support/tickets'
import { calendarEndpoints } from '@/endpoints/calendar'
import { healthEndpoint } from '@/endpoints/health'
import { myWorkEndpoints } from '@/endpoints/myWork'
import { Settings } from '@/globals/Settings'
import { guardEveryCollection, withQueryGuards } from '@/hooks/queryGuards'
import { bindingOf } from '@/hooks/workflow/registry'
import { jobsConfig } from '@/jobs'
import { databaseBusyAfterError } from '@/lib/databaseBusy'
import { readEnv } from '@/lib/env'
import { t } from '@/lib/i18n'
import { captureTransport } from '@/lib/mailCapture'
import { withMissingFileAs404 } from '@/lib/missingFiles'
import { answerBadInput, answerNotFoundWithoutEndpoints } from '@/lib/publicErrors'
import { guardPool } from '@/lib/poolGuards'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const pluralLabel = (collection: CollectionConfig) => {
  const plural = collection.labels?.plural
  return plural && typeof plural === 'object' && 'en' in plural
    ? (plural as { en: string; ro: string })
    : t(collection.slug, collection.slug)
}

/**
 * The whole application's Payload configuration. `extraCollections` lets the tests add fixture
 * collections that go through the same engines.
 */
export function organizeConfig({ extraCollections = [] }: { extraCollections?: CollectionConfig[] } = {}): Config {
  const env = readEnv()
  const business: CollectionConfig[] = [
    Users,
    Teams,
    Nomenclators,
    createMedia(env.UPLOADS_DIR),
    Clients,
    Contacts,
    Prospects,
    Opportunities,
    Campaigns,
    MarketingActions,
    Products,
    OfferTemplates,
    Offers,
    OfferSections,
    TicketTypes,
    Tickets,
    TicketActions,
    ...extraCollections,
  ]
  // Todos can belong to clients, their people and opportunities, and to any record that goes
  // through a workflow (its steps hand todos out).
  const todoLinks = ['clients', 'contacts', 'opportunities', ...business.filter((c) => bindingOf(c.slug)).map((c) => c.slug)]
  business.push(createTodos([...new Set(todoLinks)]))
  // Custom field definitions can target exactly the collections that have a customFields field.
  business.push(createCustomFields(customFieldTargets(business).map((c) => ({ slug: c.slug, label: pluralLabel(c) }))))
  const workflows = createWorkflows(
    business.filter((c) => bindingOf(c.slug)).map((c) => ({ slug: c.slug, label: pluralLabel(c) })),
  )
  const engineCollections = [workflows, WorkflowEvents, Counters]
  const roles = createRoles([
    ...[...business, ...engineCollections].map((c) => ({ slug: c.slug, label: pluralLabel(c) })),
    { slug: 'roles', label: t('Roles', 'Roluri') },
  ])

  return {
    serverURL: env.SERVER_URL,
    secret: env.PAYLOAD_SECRET,
    admin: {
      user: Users.slug,
      importMap: {
        baseDir: rootDir,
        importMapFile: path.resolve(rootDir, 'src/app/(payload)/admin/importMap.js'),
      },
      meta: { titleSuffix: ' — OrganizeCRM' },
      components: {
        providers: ['/src/components/PreferredLanguage#PreferredLanguage'],
        actions: ['/src/components/notifications/UnreadBadge#UnreadBadge'],
        afterNavLinks: ['/src/components/nav/WorkViewsNav#WorkViewsNav'],
        beforeDashboard: ['/src/components/myWork/MyWorkDashboard#MyWorkDashboard'],
        views: {
          myWork: { Component: '/src/components/myWork/MyWorkView#MyWorkView', path: '/my-work' },
          supportTeam: { Component: '/src/components/supportTeam/SupportTeamView#SupportTeamView', path: '/support-team' },
          reports: { Component: '/src/components/reports/ReportsView#ReportsView', path: '/reports' },
          calendar: { Component: '/src/components/calendar/CalendarView#CalendarView', path: '/calendar' },
          pipeline: { Component: '/src/components/pipeline/PipelineView#PipelineView', path: '/pipeline' },
        },
      },
      dateFormat: 'dd.MM.yyyy HH:mm',
    },
    // Notifications are each user's own, whatever their roles; files of a record (tickets, offers)
    // are read and written with their record: none is part of the roles matrix.
    // Every collection checks the ids, page, limit, filter, body and sort a caller sends
    // (hooks/queryGuards.ts); upload collections answer a file gone from the disk with 404.
    collections: [
      ...business,
      ...engineCollections,
      roles,
      Notifications,
      createTicketFiles(env.UPLOADS_DIR),
      createOfferFiles(env.UPLOADS_DIR),
    ].map((collection) => withMissingFileAs404(withQueryGuards(collection))),
    globals: [Settings],
    // A database too busy answers 503; refusals that only bad input causes answer 4xx with a
    // readable message, not 500.
    hooks: { afterError: [databaseBusyAfterError, answerBadInput] },
    onInit: async (payload) => {
      guardPool(payload)
      answerNotFoundWithoutEndpoints(payload)
      guardEveryCollection(payload.config.collections)
    },
    endpoints: [...calendarEndpoints, ...myWorkEndpoints, healthEndpoint],
    editor: lexicalEditor(),
    i18n: {
      supportedLanguages: { ro, en },
      fallbackLanguage: 'ro',
      // One answer to every refused login: it must not tell whether the account exists (users/equalLoginWork).
      translations: {
        en: { error: { emailOrPasswordIncorrect: LOGIN_REFUSED.en, userLocked: LOGIN_REFUSED.en } },
        ro: { error: { emailOrPasswordIncorrect: LOGIN_REFUSED.ro, userLocked: LOGIN_REFUSED.ro } },
      },
    },
    localization: {
      locales: [
        { code: 'ro', label: t('Romanian', 'Română') },
        { code: 'en', label: t('English', 'Engleză') },
      ],
      defaultLocale: 'ro',
      fallback: true,
    },
    db: postgresAdapter({
      pool: {
        connectionString: env.DATABASE_URL,
        max: env.DB_POOL_MAX,
        // Nothing waits for ever: no free connection within the timeout answers 503 (src/lib/databaseBusy.ts),
        // and PostgreSQL itself ends runaway statements and transactions left open.
        connectionTimeoutMillis: env.DB_POOL_TIMEOUT_MS,
        statement_timeout: env.DB_STATEMENT_TIMEOUT_MS,
        idle_in_transaction_session_timeout: env.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
      },
      push: env.dbPush,
      migrationDir: path.resolve(rootDir, 'migrations'),
    }),
    email: nodemailerAdapter({
      defaultFromAddress: env.EMAIL_FROM_ADDRESS,
      defaultFromName: env.EMAIL_FROM_NAME,
      skipVerify: true,
      // Tests (EMAIL_CAPTURE=memory, the default under NODE_ENV=test) keep messages in memory.
      // Without SMTP settings messages are rendered to JSON and dropped, never sent anywhere.
      transport: env.emailCapture
        ? captureTransport()
        : env.SMTP_HOST
        ? nodemailer.createTransport({
            host: env.SMTP_HOST,
            port: env.SMTP_PORT,
            secure: env.SMTP_SECURE === 'true',
            auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD } : undefined,
          })
        : nodemailer.createTransport({ jsonTransport: true }),
    }),
    jobs: jobsConfig(env),
    graphQL: { disablePlaygroundInProduction: true },
    sharp,
    typescript: { outputFile: path.resolve(rootDir, 'src/payload-types.ts') },
    logger: { options: { level: env.LOG_LEVEL } },
    telemetry: false,
  }
}
