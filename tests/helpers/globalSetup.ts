import type { TestProject } from 'vitest/node'

import { createTestDatabase, prepareSchemaAndReference, type TestDatabase } from './testDatabase'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
  }
}

// Both integration projects list this setup and vitest loads it once per project, in one process:
// the database is kept on the process so that the run makes, seeds and drops only one.
const run = globalThis as { organizeTestDatabase?: Promise<TestDatabase> }

/**
 * Creates this run's database with its schema and reference data: a copy of TEST_TEMPLATE_DATABASE
 * when set (`npm run test:template`, as CI does for its shards), else built here.
 */
async function prepare(): Promise<TestDatabase> {
  const template = process.env.TEST_TEMPLATE_DATABASE || undefined
  const database = await createTestDatabase('organizecrm_test', template)
  const { url } = database
  const copied = template ? `, a copy of ${template}` : ''
  console.log(`[tests] database ${new URL(url).pathname.slice(1)} on ${new URL(url).host}${copied}`)
  if (!template) prepareSchemaAndReference(url)
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
