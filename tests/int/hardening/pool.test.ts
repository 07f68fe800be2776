import type { Pool, PoolClient } from 'pg'
import { beforeAll, describe, expect, it } from 'vitest'

import { readEnv } from '@/lib/env'
import { api, login } from '../../helpers/http'
import { testPayload, userByEmail } from '../../helpers/payload'

/**
 * Issue 10 §1, the defences: whatever holds connections, the app answers (503 with a reason) within
 * the pool's acquisition timeout instead of hanging, its connections carry statement and
 * idle-in-transaction timeouts, a connection the server ends does not take the process down, and
 * `/api/health` reports the pool.
 */
const env = readEnv()
const poolOf = async () => ((await testPayload()).db as unknown as { pool: Pool }).pool

/** Takes every connection the pool can still hand out, each inside an open transaction (a stuck request). */
async function exhaust(pool: Pool) {
  const held: PoolClient[] = []
  const free = (pool.options.max as number) - pool.totalCount + pool.idleCount
  for (let i = 0; i < free; i++) {
    const client = await pool.connect()
    await client.query('begin')
    held.push(client)
  }
  return async () => {
    for (const client of held) {
      await client.query('rollback')
      client.release()
    }
  }
}

describe('pool defences', () => {
  let sales: string
  let clientId: number

  beforeAll(async () => {
    const payload = await testPayload()
    sales = await login('sales@organizecrm.test')
    const me = await userByEmail(payload, 'sales@organizecrm.test')
    clientId = (
      await payload.create({
        collection: 'clients',
        data: { name: 'Pool defence client', type: 'client', status: 'active', owner: me.id },
        depth: 0,
      })
    ).id
  })

  it('GET /api/health is public and reports the pool', async () => {
    const pool = await poolOf()
    const health = await api('GET', 'health')
    expect(health.status).toBe(200)
    expect(health.body).toEqual({
      status: 'ok',
      db: { max: pool.options.max, total: expect.any(Number), idle: expect.any(Number), waiting: 0 },
    })
    expect(health.body.db.total).toBeGreaterThan(0)
    expect(health.body.db.total).toBeLessThanOrEqual(pool.options.max as number)
  })

  it('every pooled connection carries the statement and idle-in-transaction timeouts', async () => {
    const pool = await poolOf()
    const setting = async (name: string) =>
      (await pool.query(`select setting::int as ms from pg_settings where name = $1`, [name])).rows[0].ms
    expect(await setting('statement_timeout')).toBe(env.DB_STATEMENT_TIMEOUT_MS)
    expect(await setting('idle_in_transaction_session_timeout')).toBe(env.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS)
    expect(env.DB_STATEMENT_TIMEOUT_MS).toBeGreaterThan(0)
    expect(env.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS).toBeGreaterThan(0)
  })

  it('answers 503 with a reason, within the acquisition timeout, when no connection is free', async () => {
    const pool = await poolOf()
    expect(pool.options.connectionTimeoutMillis).toBe(env.DB_POOL_TIMEOUT_MS)
    // Shortened on the live pool (pg-pool reads it on every connect) to keep the test quick.
    const timeout = 3_000
    pool.options.connectionTimeoutMillis = timeout
    const release = await exhaust(pool)
    try {
      const started = performance.now()
      const save = await api('PATCH', `clients/${clientId}`, { token: sales, body: { phone: '0700 503 503' } })
      const elapsed = performance.now() - started
      expect(save.status).toBe(503)
      expect(save.body.errors[0].message).toMatch(/too busy/)
      // The request waits for a connection twice at most (its sign-in check, then its transaction).
      expect(elapsed).toBeLessThan(2 * timeout + 5_000)
      const health = await api('GET', 'health')
      expect(health.status).toBe(503)
      expect(health.body.status).toBe('unavailable')
    } finally {
      await release()
      pool.options.connectionTimeoutMillis = env.DB_POOL_TIMEOUT_MS
    }
    expect((await api('GET', 'health')).status).toBe(200)
    const retry = await api('PATCH', `clients/${clientId}`, { token: sales, body: { phone: '0700 200 200' } })
    expect(retry.status).toBe(200)
    expect(retry.body.doc.phone).toBe('0700 200 200')
  }, 90_000)

  it('survives the server ending a connection left idle in a transaction', async () => {
    const pool = await poolOf()
    const client = await pool.connect()
    const ended = new Promise((resolve) => client.once('end', resolve))
    await client.query(`set idle_in_transaction_session_timeout = '300ms'`)
    await client.query('begin')
    // PostgreSQL ends the session; pg emits 'error' on the checked-out client, which would be an
    // uncaught exception (the whole server down) without a listener.
    await ended
    client.release()
    expect((await api('GET', 'health')).status).toBe(200)
    const list = await api('GET', 'clients?limit=1&depth=0', { token: sales })
    expect(list.status).toBe(200)
  })
})
