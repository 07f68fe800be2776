import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'
import { retryDroppedLoadsSync } from '../../scripts/loaderRetry'

/** The production path: a fresh database built only from migrations/ must match the config. */
describe('committed migrations', () => {
  let database: TestDatabase
  let env: NodeJS.ProcessEnv

  beforeAll(async () => {
    database = await createTestDatabase('organizecrm_migrations')
    env = {
      ...process.env,
      DATABASE_URL: database.url,
      NODE_ENV: 'production',
      DB_PUSH: 'false',
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      SERVER_URL: 'http://localhost:3000',
      // The drift check pulls every table's schema at once through the pool; with the projects
      // tables the queued queries waited past the 10 s a request may wait for a connection.
      DB_POOL_TIMEOUT_MS: '300000',
    }
  })
  afterAll(async () => {
    await database?.drop()
  })

  // Two scripts, each retried when tsx drops its loader (scripts/loaderRetry.ts): a minute is not enough.
  it('build a database that serves every collection with no drift from the config', () => {
    retryDroppedLoadsSync(() => execFileSync('npx', ['tsx', 'scripts/migrate.ts'], { env, stdio: 'pipe' }))
    const output = retryDroppedLoadsSync(() =>
      execFileSync('npx', ['tsx', 'tests/helpers/checkDrift.ts'], { env, encoding: 'utf8' }),
    )
    const line = output.split('\n').find((l) => l.startsWith('DRIFT-REPORT '))
    expect(line, output).toBeTruthy()
    const report = JSON.parse(line!.slice('DRIFT-REPORT '.length)) as {
      statements: string[]
      served: Record<string, number>
    }
    expect(report.statements).toEqual([])
    expect(Object.keys(report.served).sort()).toEqual(
      [
        'alert-events',
        'campaigns',
        'clients',
        'contacts',
        'contract-activities',
        'contract-amendments',
        'contract-documents',
        'contracts',
        'counters',
        'custom-fields',
        'global:payload-jobs-stats',
        'global:settings',
        'marketing-actions',
        'media',
        'nomenclators',
        'notifications',
        'offer-files',
        'offer-sections',
        'offer-templates',
        'offers',
        'opportunities',
        'payload-jobs',
        'payload-kv',
        'payload-locked-documents',
        'payload-migrations',
        'payload-preferences',
        'plan-alert-kinds',
        'products',
        'project-activities',
        'project-alerts',
        'project-deliverables',
        'project-documents',
        'project-templates',
        'projects',
        'prospects',
        'roles',
        'teams',
        'ticket-actions',
        'ticket-files',
        'ticket-types',
        'tickets',
        'time-entries',
        'todos',
        'users',
        'workflow-events',
        'workflows',
      ].sort(),
    )
  }, 300_000)
})
