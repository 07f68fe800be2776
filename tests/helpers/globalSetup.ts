import { execFileSync } from 'node:child_process'
import type { TestProject } from 'vitest/node'

import { createTestDatabase, type TestDatabase } from './testDatabase'

let database: TestDatabase | undefined

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
  }
}

/** Creates this run's database, builds its schema and loads the reference data once. */
export async function setup(project: TestProject) {
  database = await createTestDatabase('organizecrm_test')
  console.log(`[tests] database ${new URL(database.url).pathname.slice(1)} on ${new URL(database.url).host}`)
  execFileSync('npx', ['tsx', 'tests/helpers/prepareDatabase.ts'], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: database.url, NODE_ENV: 'test' },
  })
  project.provide('databaseUrl', database.url)
}

export async function teardown() {
  await database?.drop()
}
