import { describe, expect, it } from 'vitest'

import { seed } from '../../src/seed'
import { ROLE_SEEDS } from '../../src/seed/roles'
import { api } from '../helpers/http'
import { testPayload } from '../helpers/payload'

describe('demo data', () => {
  it('is idempotent: running it again adds nothing', async () => {
    const payload = await testPayload()
    const count = async () =>
      Object.fromEntries(
        await Promise.all(
          (['users', 'roles', 'teams', 'nomenclators'] as const).map(async (c) => [c, (await payload.count({ collection: c })).totalDocs]),
        ),
      )
    // Other files delete some reference data: the first run restores it, the second adds nothing.
    await seed(payload)
    const before = await count()
    await seed(payload)
    expect(await count()).toEqual(before)
  })

  it('gives every system role an active demo user who can log in with the demo password', async () => {
    for (const { key } of ROLE_SEEDS) {
      const { status, body } = await api('POST', 'users/login', { body: { email: `${key}@organizecrm.test`, password: 'Demo-Pass-2026' } })
      expect(status, key).toBe(200)
      expect(body.user.active).toBe(true)
    }
    for (const extra of ['support-agent2', 'sales2']) {
      expect((await api('POST', 'users/login', { body: { email: `${extra}@organizecrm.test`, password: 'Demo-Pass-2026' } })).status).toBe(200)
    }
  })
})
