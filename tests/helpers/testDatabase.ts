import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { ensureDatabase, startEmbeddedPostgres } from '@/lib/embeddedPostgres'
import { retryDroppedLoadsSync } from '../../scripts/loaderRetry'

export interface TestDatabase {
  url: string
  drop: () => Promise<void>
}

export async function onServer(serverUrl: string, sql: string) {
  const admin = new URL(serverUrl)
  admin.pathname = '/postgres'
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** The address of database `name` on the server of `serverUrl`. */
export function databaseUrl(serverUrl: string, name: string) {
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return url.toString()
}

/**
 * A database nobody else uses: a new one on DATABASE_URL's server (dropped after), copied from
 * `template` when given, else a throw-away embedded server in a temporary directory (deleted after).
 */
export async function createTestDatabase(prefix: string, template?: string): Promise<TestDatabase> {
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString('hex')}`
  const serverUrl = process.env.DATABASE_URL
  if (serverUrl) {
    await onServer(serverUrl, `create database "${name}"${template ? ` template "${template}"` : ''}`)
    return {
      url: databaseUrl(serverUrl, name),
      drop: () => onServer(serverUrl, `drop database if exists "${name}" with (force)`),
    }
  }
  if (template) throw new Error('a template database needs DATABASE_URL (its server)')
  const dir = await mkdtemp(path.join(os.tmpdir(), 'organizecrm-test-'))
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), persistent: false })
  await ensureDatabase(server.url, name)
  return { url: server.url(name), drop: () => server.stop() }
}

/** Pushes the test configuration's schema into the database at `url` and loads the reference data. */
export function prepareSchemaAndReference(url: string) {
  retryDroppedLoadsSync(() =>
    execFileSync('npx', ['tsx', 'tests/helpers/prepareDatabase.ts'], {
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URL: url, NODE_ENV: 'test' },
    }),
  )
}
