import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Config, Plugin } from 'payload'
import sharp from 'sharp'

import { adminModule } from '@/collections/admin'
import { contractsModule } from '@/collections/contracts'
import { crmModule } from '@/collections/crm'
import { projectsModule } from '@/collections/projects'
import { salesModule } from '@/collections/sales'
import { supportModule } from '@/collections/support'
import { companyLogoEndpoint } from '@/globals/companyIdentity'
import { Settings } from '@/globals/Settings'
import { completeModules, defineModule, type ModuleDefinition } from '@/hooks/modules'
import { guardCollections, guardEveryCollection } from '@/hooks/queryGuards'
import { globalSearch } from '@/hooks/search'
import { workflowEngine } from '@/hooks/workflow/plugin'
import { frozenFieldsInForms } from '@/hooks/workflow/frozenInForms'
import { workViews } from '@/hooks/workViews'
import { closeJobStats, jobsConfig } from '@/jobs'
import { databaseAdapter } from '@/lib/database'
import { databaseBusyAfterError } from '@/lib/databaseBusy'
import { emailAdapter } from '@/lib/email'
import { REFUSAL } from '@/lib/errors'
import { readEnv } from '@/lib/env'
import { healthEndpoint } from '@/lib/health'
import { languages } from '@/lib/languages'
import { guardPool } from '@/lib/poolGuards'
import { answerBadInput, answerNotFoundWithoutEndpoints } from '@/lib/publicErrors'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The application's modules, in the order their reference and demo data load. */
export const MODULES = [adminModule, crmModule, salesModule, supportModule, contractsModule, projectsModule]

/**
 * The whole application's Payload configuration: the base (database, email, languages, admin
 * shell, engines) and the modules as plugins. `modules` lets a test leave one out; `fixtures`
 * lets the tests add a module of fixture collections that go through the same engines.
 */
export function organizeConfig({
  modules = MODULES,
  fixtures,
}: { modules?: (() => Plugin)[]; fixtures?: Omit<ModuleDefinition, 'name'> } = {}): Config {
  const env = readEnv()
  return {
    serverURL: env.SERVER_URL,
    secret: env.PAYLOAD_SECRET,
    admin: {
      user: 'users',
      importMap: { baseDir: rootDir, importMapFile: path.resolve(rootDir, 'src/app/(payload)/admin/importMap.js') },
      meta: { titleSuffix: ' — OrganizeCRM' },
      // Initials, not Payload's default Gravatar: nothing loaded from another site (CSP), no email hash sent out.
      avatar: { Component: '/src/components/shell/InitialsAvatar#InitialsAvatar' },
      components: {
        providers: [
          '/src/components/shell/PreferredLanguage#PreferredLanguage',
          '/src/components/shell/OpenNavOnWideScreens#OpenNavOnWideScreens',
          '/src/components/shell/SettingsTimeZone#SettingsTimeZone',
          '/src/components/shell/accessibility/AccessibleAdmin#AccessibleAdmin',
        ],
        afterNavLinks: ['/src/components/shell/WorkViewsNav#WorkViewsNav'],
        // The company's logo and name from the settings, instead of Payload's.
        graphics: {
          Logo: '/src/components/shell/CompanyLogo#CompanyLogo',
          Icon: '/src/components/shell/CompanyIcon#CompanyIcon',
        },
      },
      dateFormat: 'dd.MM.yyyy HH:mm',
    },
    plugins: [
      workflowEngine(),
      workViews(),
      ...modules.map((module) => module()),
      ...(fixtures ? [defineModule({ name: 'test fixtures', ...fixtures })] : []),
      globalSearch(),
      completeModules(),
      frozenFieldsInForms(),
      guardCollections(),
    ],
    globals: [Settings],
    // A database too busy answers 503; refusals only bad input causes answer 4xx with a readable message.
    hooks: { afterError: [databaseBusyAfterError, answerBadInput] },
    onInit: async (payload) => {
      guardPool(payload)
      answerNotFoundWithoutEndpoints(payload)
      guardEveryCollection(payload.config.collections)
      closeJobStats(payload)
    },
    endpoints: [healthEndpoint, companyLogoEndpoint],
    editor: lexicalEditor(),
    ...languages,
    db: databaseAdapter(env, path.resolve(rootDir, 'migrations')),
    email: emailAdapter(env),
    jobs: jobsConfig(env),
    graphQL: { disablePlaygroundInProduction: true },
    sharp,
    typescript: { outputFile: path.resolve(rootDir, 'src/payload-types.ts') },
    logger: { options: { level: env.LOG_LEVEL } },
    // Refusals (ours and a request without a session) are answers, not faults: info, not error.
    // Payload's type lists only its own error names; it looks any name up.
    loggingLevels: { [REFUSAL]: 'info', UnauthorizedError: 'info' } as Config['loggingLevels'],
    telemetry: false,
  }
}
