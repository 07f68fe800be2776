import { execFileSync } from 'node:child_process'
import type { TestProject } from 'vitest/node'

import { createTestDatabase, type TestDatabase } from './testDatabase'
import { retryDroppedLoadsSync } from '../../scripts/loaderRetry'

let database: TestDatabase | undefined

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
  }
}

/** Creates this run's database, builds its schema and loads the reference data once. */
export async function setup(project: TestProject) {
  const { url } = (database = await createTestDatabase('organizecrm_test'))
  console.log(`[tests] database ${new URL(url).pathname.slice(1)} on ${new URL(url).host}`)
  retryDroppedLoadsSync(() =>
    execFileSync('npx', ['tsx', 'tests/helpers/prepareDatabase.ts'], {
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URL: url, NODE_ENV: 'test' },
    }),
  )
  project.provide('databaseUrl', url)
}

export async function teardown() {
  await database?.drop()
}
