import path from 'node:path'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { buildConfig, getPayload, handleEndpoints, type Field, type Payload, type SanitizedConfig } from 'payload'
import type pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminModule } from '@/collections/admin'
import { contractsModule } from '@/collections/contracts'
import { crmModule } from '@/collections/crm'
import { salesModule } from '@/collections/sales'
import { organizeConfig } from '@/config'
import { modulesOf } from '@/hooks/modules'
import { applyReferenceData, seedDemo } from '@/seed'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'

/**
 * A module is one plugin (ARCHITECTURE §2): leaving the support module out of the config leaves
 * nothing of it behind, and the application still boots, installs and serves. The contracts
 * module stays in: what it adds to tickets (what a ticket concerns) is skipped without them.
 */
const KEY = 'without-support'
const SUPPORT_COLLECTIONS = ['ticket-types', 'tickets', 'ticket-actions', 'ticket-files']
const mentionsSupport = (value: unknown) => JSON.stringify(value).match(/ticket|support/i)?.[0] ?? null

let database: TestDatabase
let config: SanitizedConfig
let payload: Payload

async function api(route: string, token?: string) {
  const request = new Request(`http://localhost:3000/api/${route}`, {
    headers: { 'accept-language': 'en', ...(token ? { authorization: `JWT ${token}` } : {}) },
  })
  const response = await handleEndpoints({
    config,
    path: `/api/${route.split('?')[0]}`,
    request,
    payloadInstanceCacheKey: KEY,
  })
  return { status: response.status, body: (await response.json().catch(() => null)) as Record<string, unknown> | null }
}

/** The options of a select field, wherever it is nested. */
function optionsOf(fields: Field[], name: string): string[] {
  for (const field of fields) {
    if ('name' in field && field.name === name && field.type === 'select') {
      return field.options.map((option) => (typeof option === 'string' ? option : option.value))
    }
    const nested = 'fields' in field ? field.fields : 'tabs' in field ? field.tabs.flatMap((tab) => tab.fields) : []
    const found = optionsOf(nested, name)
    if (found.length > 0) return found
  }
  return []
}

describe('the application without the support module', () => {
  beforeAll(async () => {
    database = await createTestDatabase('organizecrm_modules')
    config = await buildConfig({
      ...organizeConfig({ modules: [adminModule, crmModule, salesModule, contractsModule] }),
      db: postgresAdapter({
        pool: { connectionString: database.url, max: 4 },
        push: true,
        migrationDir: path.resolve('migrations'),
      }),
    })
    payload = await getPayload({ config, key: KEY })
  }, 240_000)

  afterAll(async () => {
    if (payload) {
      ;(payload.db as unknown as { pool?: pg.Pool }).pool?.on('error', () => undefined)
      await payload.destroy()
    }
    await database?.drop()
  })

  it('has no collection, view, link, job, tab, list or source of support', () => {
    const slugs = config.collections.map((c) => c.slug)
    expect(slugs).toEqual(expect.arrayContaining(['clients', 'offers', 'todos', 'roles']))
    expect(slugs.filter((slug) => SUPPORT_COLLECTIONS.includes(slug))).toEqual([])
    expect(Object.keys(config.admin.components?.views ?? {})).not.toContain('supportTeam')
    expect(Object.keys(config.admin.components?.views ?? {})).not.toContain('reports')
    expect(config.jobs.tasks?.map((task) => task.slug)).toEqual([
      'sendNotificationEmail',
      'expireOffers',
      'renewContracts',
    ])

    const registry = modulesOf(payload)
    expect(registry.modules.map((m) => m.name)).toEqual([
      'workflow engine',
      'work views',
      'admin',
      'crm',
      'sales',
      'contracts',
    ])
    expect(registry.navLinks.map((link) => link.id)).toEqual(['nav-my-work', 'nav-calendar', 'nav-pipeline'])
    expect(registry.myWorkSources.map((source) => source.key)).toEqual(['todos', 'contract-activities'])
    expect(Object.keys(registry.nomenclatorLists).filter((list) => list.startsWith('ticket'))).toEqual([])
    expect(registry.settingsTabs).toEqual([])

    // What names every collection names none of support's.
    expect(
      optionsOf(payload.collections.roles.config.fields, 'collection').filter((c) => c.startsWith('ticket')),
    ).toEqual([])
    expect(optionsOf(payload.collections.workflows.config.fields, 'collection')).not.toContain('tickets')
    expect(optionsOf(payload.collections['custom-fields'].config.fields, 'targetCollection')).not.toContain('tickets')
    const todoLink = payload.collections.todos.config.flattenedFields.find((f) => f.name === 'relatedTo')
    expect(todoLink && 'relationTo' in todoLink ? todoLink.relationTo : []).not.toContain('tickets')
    const joins = payload.collections.clients.config.flattenedFields.filter((f) => f.type === 'join').map((f) => f.name)
    expect(joins).toEqual(expect.arrayContaining(['contacts', 'offers', 'contracts', 'openTodos']))
    expect(joins).not.toContain('tickets')
    expect(payload.globals.config.find((g) => g.slug === 'settings')!.flattenedFields.map((f) => f.name)).not.toContain(
      'support',
    )
  })

  it('installs with no role row, workflow or list item of support, and seeds its demo company', async () => {
    await applyReferenceData(payload)
    const roles = await payload.find({ collection: 'roles', limit: 0, depth: 0 })
    expect(roles.docs.length).toBe(10)
    expect(roles.docs.map((role) => mentionsSupport(role.permissions))).toEqual(roles.docs.map(() => null))
    const workflows = await payload.find({ collection: 'workflows', limit: 0, depth: 0 })
    expect(workflows.docs.map((w) => w.collection).sort()).toEqual([
      'campaigns',
      'contract-activities',
      'contract-amendments',
      'contracts',
      'marketing-actions',
      'offer-sections',
      'offers',
      'prospects',
      'todos',
    ])
    const lists = await payload.findDistinct({ collection: 'nomenclators', field: 'list', limit: 100 })
    expect(lists.values.map((v) => v.list).filter((list) => String(list).startsWith('ticket'))).toEqual([])

    await seedDemo(payload)
    expect((await payload.count({ collection: 'offers' })).totalDocs).toBeGreaterThan(0)
    expect((await payload.count({ collection: 'contracts' })).totalDocs).toBeGreaterThan(0)
  }, 600_000)

  it('serves a user: login, my work without tickets, the calendar, and 404 for tickets', async () => {
    const login = await payload.login({
      collection: 'users',
      data: { email: 'support-manager@organizecrm.test', password: 'Demo-Pass-2026' },
    })
    const myWork = await api('my-work', login.token)
    expect(myWork.status).toBe(200)
    expect(Object.keys(myWork.body ?? {}).sort()).toEqual(['contract-activities', 'timeZone', 'today', 'todos'])
    expect((await api('calendar/events?from=2026-11-01&to=2026-12-01', login.token)).status).toBe(200)
    expect((await api('tickets', login.token)).status).toBe(404)
  })
})
