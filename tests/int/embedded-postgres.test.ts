import { existsSync } from 'node:fs'
import { mkdtemp, readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { describe, expect, it } from 'vitest'

import { startEmbeddedPostgres } from '@/lib/embeddedPostgres'

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql)).rows
  } finally {
    await client.end()
  }
}

describe('the embedded PostgreSQL', () => {
  it('starts on a free port, keeps data across restarts and recovers after a crash', async () => {
    const dataDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'organizecrm-embedded-')), 'pg')
    const first = await startEmbeddedPostgres({ dataDir })
    await query(first.url('postgres'), "create table kept (v text); insert into kept values ('still here')")
    const lock = path.join(dataDir, 'postmaster.pid')
    const pid = Number((await readFile(lock, 'utf8')).split('\n')[0])

    // A second launcher on the same directory joins the running server instead of failing.
    const joined = await startEmbeddedPostgres({ dataDir })
    expect(joined.port).toBe(first.port)
    await joined.stop()
    expect((await query(first.url('postgres'), 'select v from kept'))[0].v).toBe('still here')

    // Crash: the server dies without removing its lock file.
    process.kill(pid, 'SIGKILL')
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(existsSync(lock)).toBe(true)

    const second = await startEmbeddedPostgres({ dataDir, persistent: false })
    try {
      expect((await query(second.url('postgres'), 'select v from kept'))[0].v).toBe('still here')
    } finally {
      await second.stop()
    }
    expect(existsSync(dataDir)).toBe(false)
  })
})
