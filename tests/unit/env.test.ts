import { describe, expect, it } from 'vitest'

import { DEV_SECRET, readEnv } from '@/lib/env'

const base = { DATABASE_URL: 'postgres://localhost/x' }

describe('configuration from the environment', () => {
  it('refuses to start in production without a real PAYLOAD_SECRET', () => {
    expect(() => readEnv({ ...base, NODE_ENV: 'production' })).toThrow(/PAYLOAD_SECRET/)
    expect(() => readEnv({ ...base, NODE_ENV: 'production', PAYLOAD_SECRET: DEV_SECRET })).toThrow(/PAYLOAD_SECRET/)
    expect(() => readEnv({ ...base, NODE_ENV: 'production', PAYLOAD_SECRET: 'short' })).toThrow(/at least 32/)
    expect(
      readEnv({
        ...base,
        NODE_ENV: 'production',
        PAYLOAD_SECRET: 'x'.repeat(40),
        SERVER_URL: 'https://crm.example.com',
      }).dbPush,
    ).toBe(false)
  })

  it('uses a development secret and schema push outside production', () => {
    const env = readEnv({ ...base, NODE_ENV: 'development' })
    expect(env.PAYLOAD_SECRET).toBe(DEV_SECRET)
    expect(env.dbPush).toBe(true)
  })

  it('gives the development schema push a minute to get a pooled connection, requests 10 s', () => {
    expect(readEnv({ ...base, NODE_ENV: 'development' }).DB_POOL_TIMEOUT_MS).toBe(60_000)
    expect(readEnv({ ...base, NODE_ENV: 'development', DB_PUSH: 'false' }).DB_POOL_TIMEOUT_MS).toBe(10_000)
    expect(readEnv({ ...base, NODE_ENV: 'test' }).DB_POOL_TIMEOUT_MS).toBe(10_000)
    expect(readEnv({ ...base, NODE_ENV: 'development', DB_POOL_TIMEOUT_MS: '2000' }).DB_POOL_TIMEOUT_MS).toBe(2000)
  })

  it('explains a missing database and bad values', () => {
    expect(() => readEnv({ NODE_ENV: 'development' })).toThrow(/DATABASE_URL is not set/)
    expect(() => readEnv({ ...base, DB_POOL_MAX: '1' })).toThrow(/DB_POOL_MAX/)
    expect(() => readEnv({ ...base, SERVER_URL: 'not a url' })).toThrow(/SERVER_URL/)
  })
})
