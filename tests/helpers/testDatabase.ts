import { randomBytes } from 'node:crypto'
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { ensureDatabase, startEmbeddedPostgres } from '@/lib/embeddedPostgres'

export interface TestDatabase {
  url: string
  drop: () => Promise<void>
}

async function onServer(serverUrl: string, sql: string) {
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

/**
 * A database nobody else uses: a new one on DATABASE_URL's server (dropped after), else a
 * throw-away embedded server in a temporary directory (deleted after).
 */
export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString('hex')}`
  const serverUrl = process.env.DATABASE_URL
  if (serverUrl) {
    await onServer(serverUrl, `create database "${name}"`)
    const url = new URL(serverUrl)
    url.pathname = `/${name}`
    return {
      url: url.toString(),
      drop: () => onServer(serverUrl, `drop database if exists "${name}" with (force)`),
    }
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'organizecrm-test-'))
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), persistent: false })
  await ensureDatabase(server.url, name)
  return { url: server.url(name), drop: () => server.stop() }
}
