import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { buildConfig, createLocalReq, getPayload, handleEndpoints, type Payload, type Validate } from 'payload'
import type pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { organizeConfig } from '@/config'
import { DEMO_PASSWORD, USER_SEEDS } from '@/collections/admin/demoUsers'
import { createTestDatabase, type TestDatabase } from '../../helpers/testDatabase'
import { retryDroppedLoadsSync } from '../../../scripts/loaderRetry'

/**
 * A new company's install (issue 10 §2): an empty database, migrated and given its reference data
 * exactly as `npm start` and the Docker image do (scripts/migrate.ts), no demo data. The first
 * person to register becomes the administrator and can run the company from there.
 */
const KEY = 'install'
/** A run of scripts/migrate.ts loads the whole config through tsx: minutes on a busy machine. */
const MIGRATION_TIME = 600_000
let database: TestDatabase
let env: NodeJS.ProcessEnv
let config: ReturnType<typeof buildConfig>
let payload: Payload

/** What `npm start` runs before serving: migrations, then the reference data. */
const migrateAndApplyReferenceData = () =>
  retryDroppedLoadsSync(() =>
    execFileSync('npx', ['tsx', 'scripts/migrate.ts'], { env, encoding: 'utf8', stdio: 'pipe' }),
  )

/** The app's REST handlers in this process, on the install's database (its own Payload instance). */
async function api(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  route: string,
  options: { token?: string; body?: unknown } = {},
) {
  const request = new Request(`http://localhost:3000/api/${route}`, {
    method,
    headers: {
      'content-type': 'application/json',
      'accept-language': 'en',
      ...(options.token ? { authorization: `JWT ${options.token}` } : {}),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  const response = await handleEndpoints({
    config,
    path: `/api/${route.split('?')[0]}`,
    request,
    payloadInstanceCacheKey: KEY,
  })
  return { status: response.status, body: (await response.json().catch(() => null)) as any }
}

async function login(email: string, password: string) {
  const answer = await api('POST', 'users/login', { body: { email, password } })
  expect(answer.status, JSON.stringify(answer.body)).toBe(200)
  return answer.body.token as string
}

const step = (id: number, token: string, transition: string) =>
  api('POST', `tickets/${id}/transition`, { token, body: { transition } })

const REFERENCE = ['roles', 'nomenclators', 'workflows', 'ticket-types', 'teams', 'users'] as const
const counts = async () =>
  Object.fromEntries(
    await Promise.all(REFERENCE.map(async (c) => [c, (await payload.count({ collection: c })).totalDocs])),
  )

describe('a new company installs OrganizeCRM', () => {
  beforeAll(async () => {
    database = await createTestDatabase('organizecrm_install')
    env = {
      ...process.env,
      DATABASE_URL: database.url,
      NODE_ENV: 'production',
      DB_PUSH: 'false',
      SERVER_URL: 'http://localhost:3000',
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    }
    migrateAndApplyReferenceData()
    // The application's configuration on that database, never pushing: its schema is the migrations'.
    config = buildConfig({
      ...organizeConfig(),
      db: postgresAdapter({
        pool: { connectionString: database.url, max: 4 },
        push: false,
        migrationDir: path.resolve('migrations'),
      }),
    })
    payload = await getPayload({ config, key: KEY })
  }, MIGRATION_TIME)

  afterAll(async () => {
    // The adapter keeps one pooled client checked out for good, so ending the pool would wait for
    // ever: dropping the database (with force) ends its connections, whose errors are expected.
    if (payload) {
      ;(payload.db as unknown as { pool?: pg.Pool }).pool?.on('error', () => undefined)
      await payload.destroy()
    }
    await database?.drop()
  })

  it('has roles, workflows, nomenclators, settings and a ticket type, and no demo data', async () => {
    const now = await counts()
    expect(now.users).toBe(0)
    expect(now.roles).toBeGreaterThanOrEqual(10)
    expect(now.workflows).toBeGreaterThanOrEqual(5)
    expect(now.nomenclators).toBeGreaterThanOrEqual(50)
    expect(now['ticket-types']).toBe(1)
    expect(now.teams).toBe(0)
    expect((await payload.count({ collection: 'clients' })).totalDocs).toBe(0)
    const settings = await payload.findGlobal({ slug: 'settings', depth: 1 })
    expect((settings.commercial?.defaultCurrency as { value?: string } | null)?.value).toBe('RON')
    expect((settings.commercial?.defaultVatRate as { number?: number } | null)?.number).toBe(21)
    expect(settings.commercial?.numberPrefixes).toMatchObject({ offer: 'OF', contract: 'CT', ticket: 'TK' })
    expect(settings.time?.timeZone).toBe('Europe/Bucharest')
  })

  it('lets the create-first-user form through without roles while nobody is registered', async () => {
    // The form is checked field by field, as the admin's create-first-user screen does before sending.
    const roles = payload.collections.users.config.fields.find((f) => 'name' in f && f.name === 'roles') as {
      validate: Validate
    }
    const req = await createLocalReq({}, payload)
    const verdict = await roles.validate([], {
      req,
      operation: 'create',
      data: {},
      siblingData: {},
      required: true,
      hasMany: true,
      relationTo: 'roles',
      path: ['roles'],
      event: 'submit',
    } as never)
    expect(verdict).toBe(true)
  })

  it('makes the first person an active administrator, who sets up a team, a colleague and a client, and runs a complaint to its end', async () => {
    const viewer = (await payload.find({ collection: 'roles', where: { key: { equals: 'viewer' } }, depth: 0 })).docs[0]
    const adminRole = (await payload.find({ collection: 'roles', where: { key: { equals: 'admin' } }, depth: 0 }))
      .docs[0]
    const agentRole = (
      await payload.find({ collection: 'roles', where: { key: { equals: 'support-agent' } }, depth: 0 })
    ).docs[0]

    // Whatever the form sent (here: the viewer role, inactive), the first account administers.
    const first = await api('POST', 'users/first-register', {
      body: {
        email: 'director@firma-noua.ro',
        password: 'Prima-Parola-2027',
        name: 'Ileana Director',
        roles: [viewer.id],
        active: false,
      },
    })
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    expect(first.body.user.roles.map((r: { id: number } | number) => (typeof r === 'object' ? r.id : r))).toEqual([
      adminRole.id,
    ])
    expect(first.body.user.active).toBe(true)
    // Only the first.
    const second = await api('POST', 'users/first-register', {
      body: { email: 'intrus@firma-noua.ro', password: 'Alta-Parola-2027', name: 'Intrus' },
    })
    expect(second.status).toBe(403)

    const admin = await login('director@firma-noua.ro', 'Prima-Parola-2027')
    const team = await api('POST', 'teams', { token: admin, body: { key: 'suport', name: 'Suport clienți' } })
    expect(team.status, JSON.stringify(team.body)).toBe(201)
    const colleague = await api('POST', 'users', {
      token: admin,
      body: {
        email: 'agent@firma-noua.ro',
        password: 'Sorin-Lucreaza-2027',
        name: 'Sorin Agent',
        roles: [agentRole.id],
        team: team.body.doc.id,
        active: true,
      },
    })
    expect(colleague.status, JSON.stringify(colleague.body)).toBe(201)
    const client = await api('POST', 'clients', { token: admin, body: { name: 'Brutăria Dulce SRL', type: 'client' } })
    expect(client.status, JSON.stringify(client.body)).toBe(201)

    // A complaint: entered and assigned by the administrator, worked and resolved by the agent, closed.
    const types = await api('GET', 'ticket-types?depth=0', { token: admin })
    expect(types.body.docs.length).toBe(1)
    const made = await api('POST', 'tickets?depth=0', {
      token: admin,
      body: { title: 'Comanda a sosit incompletă', type: types.body.docs[0].id, client: client.body.doc.id },
    })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    const ticket = made.body.doc
    expect(ticket).toMatchObject({ status: 'new', number: 'TK-000001' })
    const assigned = await api('POST', `tickets/${ticket.id}/assign`, {
      token: admin,
      body: { responsible: colleague.body.doc.id },
    })
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(200)
    const agent = await login('agent@firma-noua.ro', 'Sorin-Lucreaza-2027')
    for (const transition of ['start', 'resolve']) {
      const answer = await step(ticket.id, agent, transition)
      expect(answer.status, `${transition}: ${JSON.stringify(answer.body)}`).toBe(200)
    }
    const closed = await step(ticket.id, admin, 'close')
    expect(closed.status, JSON.stringify(closed.body)).toBe(200)
    expect(closed.body.doc).toMatchObject({ status: 'closed', statusCategory: 'done' })
    expect(closed.body.doc.closedAt).toBeTruthy()
  })

  it('has no demo account and no account with the demo password', async () => {
    const { docs: users } = await payload.find({ collection: 'users', depth: 0, pagination: false })
    expect(users.map((u) => u.email).sort()).toEqual(['agent@firma-noua.ro', 'director@firma-noua.ro'])
    expect(users.some((u) => USER_SEEDS.some((seed) => seed.email === u.email))).toBe(false)
    for (const user of users) {
      expect(
        (await api('POST', 'users/login', { body: { email: user.email, password: DEMO_PASSWORD } })).status,
        user.email,
      ).toBe(401)
    }
  })

  it(
    'applies the reference data again on every start without adding anything or undoing an administrator’s edit',
    async () => {
      const admin = await login('director@firma-noua.ro', 'Prima-Parola-2027')
      const item = (list: string, value: string) =>
        payload
          .find({
            collection: 'nomenclators',
            where: { list: { equals: list }, value: { equals: value } },
            depth: 0,
            locale: 'ro',
          })
          .then((r) => r.docs[0])
      const it = await item('industries', 'it')
      expect(
        (
          await api('PATCH', `nomenclators/${it.id}?locale=ro`, {
            token: admin,
            body: { label: 'Tehnologia informației' },
          })
        ).status,
      ).toBe(200)
      const timing = await item('lost-reasons', 'timing')
      expect((await api('DELETE', `nomenclators/${timing.id}`, { token: admin })).status).toBe(200)
      const before = await counts()

      migrateAndApplyReferenceData()
      const after = await counts()
      // The deleted item comes back; nothing else is added.
      expect(after).toEqual({ ...before, nomenclators: before.nomenclators + 1 })
      expect((await item('industries', 'it')).label).toBe('Tehnologia informației')
      expect(await item('lost-reasons', 'timing')).toBeTruthy()
    },
    MIGRATION_TIME,
  )
})
