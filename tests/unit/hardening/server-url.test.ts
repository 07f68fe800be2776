import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

import { readEnv } from '@/lib/env'

const production = { DATABASE_URL: 'postgres://localhost/x', NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(40) }
const root = path.resolve(import.meta.dirname, '../../..')

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return sources(full)
    return /\.(ts|tsx)$/.test(name) ? [full] : []
  })
}

describe('SERVER_URL in production', () => {
  const phase = process.env.NEXT_PHASE
  afterEach(() => {
    if (phase === undefined) delete process.env.NEXT_PHASE
    else process.env.NEXT_PHASE = phase
  })

  it('refuses to start without it and says what to set', () => {
    expect(() => readEnv(production)).toThrow(/SERVER_URL must be set in production.*https:\/\/crm\.example\.com/)
    const env = readEnv({ ...production, SERVER_URL: 'https://crm.example.com/' })
    expect(env.SERVER_URL).toBe('https://crm.example.com')
  })

  it('lets next build run without it, and development default to localhost', () => {
    process.env.NEXT_PHASE = 'phase-production-build'
    expect(() => readEnv({ NODE_ENV: 'production' })).not.toThrow()
    delete process.env.NEXT_PHASE
    expect(readEnv({ DATABASE_URL: 'postgres://localhost/x', NODE_ENV: 'development' }).SERVER_URL).toBe(
      'http://localhost:3000',
    )
  })

  it('our own admin views call the API with relative addresses, never SERVER_URL or the config serverURL', () => {
    const offenders = sources(path.join(root, 'src/components')).filter((file) => {
      const text = readFileSync(file, 'utf8')
      return /serverURL|SERVER_URL|localhost:3000/.test(text)
    })
    expect(offenders.map((file) => path.relative(root, file))).toEqual([])
  })
})
