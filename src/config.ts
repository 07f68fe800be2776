import { postgresAdapter } from '@payloadcms/db-postgres'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { ro } from '@payloadcms/translations/languages/ro'
import nodemailer from 'nodemailer'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CollectionConfig, Config, Plugin } from 'payload'
import sharp from 'sharp'

import { adminModule, LOGIN_REFUSED } from '@/collections/admin'
import { crmModule } from '@/collections/crm'
import { salesModule } from '@/collections/sales'
import { supportModule } from '@/collections/support'
import { Settings } from '@/globals/Settings'
import { completeModules, defineModule } from '@/hooks/modules'
import { guardEveryCollection, withQueryGuards } from '@/hooks/queryGuards'
import { workViews } from '@/hooks/workViews'
import { jobsConfig } from '@/jobs'
import { databaseBusyAfterError } from '@/lib/databaseBusy'
import { readEnv } from '@/lib/env'
import { healthEndpoint } from '@/lib/health'
import { t } from '@/lib/i18n'
import { captureTransport } from '@/lib/mailCapture'
import { withMissingFileAs404 } from '@/lib/missingFiles'
import { answerBadInput, answerNotFoundWithoutEndpoints } from '@/lib/publicErrors'
import { guardPool } from '@/lib/poolGuards'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The application's modules, in the order their reference and demo data load. */
export const MODULES = [adminModule, crmModule, salesModule, supportModule]

/** Every collection checks what a caller sends (hooks/queryGuards.ts); uploads answer a file gone from the disk with 404. */
const guarded: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) => withMissingFileAs404(withQueryGuards(collection))),
})

/**
 * The whole application's Payload configuration: the base (database, email, languages, admin
 * shell, engines) and the modules as plugins. `modules` lets a test leave one out;
 * `extraCollections` lets the tests add fixture collections that go through the same engines.
 */
export function organizeConfig({
  modules = MODULES,
  extraCollections = [],
}: { modules?: (() => Plugin)[]; extraCollections?: CollectionConfig[] } = {}): Config {
  const env = readEnv()
  return {
    serverURL: env.SERVER_URL,
    secret: env.PAYLOAD_SECRET,
    admin: {
      user: 'users',
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
      },
      dateFormat: 'dd.MM.yyyy HH:mm',
    },
    plugins: [
      workViews(),
      ...modules.map((module) => module()),
      defineModule({ name: 'test fixtures', collections: extraCollections }),
      completeModules(),
      guarded,
    ],
    globals: [Settings],
    // A database too busy answers 503; refusals that only bad input causes answer 4xx with a
    // readable message, not 500.
    hooks: { afterError: [databaseBusyAfterError, answerBadInput] },
    onInit: async (payload) => {
      guardPool(payload)
      answerNotFoundWithoutEndpoints(payload)
      guardEveryCollection(payload.config.collections)
    },
    endpoints: [healthEndpoint],
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
