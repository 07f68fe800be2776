import { execFileSync } from 'node:child_process'
import type { TestProject } from 'vitest/node'

import { createTestDatabase, type TestDatabase } from './testDatabase'
import { retryDroppedLoadsSync } from '../../scripts/loaderRetry'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
  }
}

// Both integration projects list this setup and vitest loads it once per project, in one process:
// the database is kept on the process so that the run makes, seeds and drops only one.
const run = globalThis as { organizeTestDatabase?: Promise<TestDatabase> }

/** Creates this run's database, builds its schema and loads the reference data once. */
async function prepare(): Promise<TestDatabase> {
  const database = await createTestDatabase('organizecrm_test')
  const { url } = database
  console.log(`[tests] database ${new URL(url).pathname.slice(1)} on ${new URL(url).host}`)
  retryDroppedLoadsSync(() =>
    execFileSync('npx', ['tsx', 'tests/helpers/prepareDatabase.ts'], {
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URL: url, NODE_ENV: 'test' },
    }),
  )
  return database
}

export async function setup(project: TestProject) {
  run.organizeTestDatabase ??= prepare()
  project.provide('databaseUrl', (await run.organizeTestDatabase).url)
}

export async function teardown() {
  const database = run.organizeTestDatabase
  run.organizeTestDatabase = undefined
  await (await database)?.drop()
}
