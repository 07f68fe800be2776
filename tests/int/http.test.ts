import { beforeAll, describe, expect, it } from 'vitest'

import { api, graphql, login } from '../helpers/http'
import { testPayload, userByEmail } from '../helpers/payload'

describe('REST and GraphQL over HTTP', () => {
  let salesToken: string
  let adminToken: string

  beforeAll(async () => {
    await testPayload()
    salesToken = await login('sales@organizecrm.test')
    adminToken = await login('admin@organizecrm.test')
  })

  it('answers 401 to a request without a session', async () => {
    for (const path of ['users', 'roles', 'nomenclators', 'teams', 'globals/settings']) {
      const { status, body } = await api('GET', path)
      expect(status, path).toBe(401)
      expect(body.errors[0].message).toMatch(/logged in/i)
    }
    expect((await api('POST', 'nomenclators', { body: { list: 'units', value: 'x', label: 'X' } })).status).toBe(401)
  })

  it('answers 403 to a signed-in user who may not do the operation', async () => {
    const created = await api('POST', 'nomenclators', {
      token: salesToken,
      body: { list: 'units', value: 'kg', label: 'kg' },
    })
    expect(created.status).toBe(403)
    const roles = await api('POST', 'roles', { token: salesToken, body: { key: 'sneaky', name: 'Sneaky' } })
    expect(roles.status).toBe(403)
    const settings = await api('POST', 'globals/settings', { token: salesToken, body: { company: { name: 'Hacked' } } })
    expect(settings.status).toBe(403)
  })

  it('lets the administrator do the same operations', async () => {
    const created = await api('POST', 'nomenclators', {
      token: adminToken,
      body: { list: 'units', value: 'kg', label: 'kilogram' },
    })
    expect(created.status).toBe(201)
    expect(created.body.doc.label).toBe('kilogram')
    const removed = await api('DELETE', `nomenclators/${created.body.doc.id}`, { token: adminToken })
    expect(removed.status).toBe(200)
  })

  it('refuses a user changing their own roles through PATCH /api/users/<me>', async () => {
    const me = await api('GET', 'users/me', { token: salesToken })
    const adminRole = await api('GET', 'roles?where[key][equals]=admin', { token: adminToken })
    const attempt = await api('PATCH', `users/${me.body.user.id}`, {
      token: salesToken,
      body: { roles: [adminRole.body.docs[0].id] },
    })
    expect(attempt.status).toBe(403)
    expect(attempt.body.errors[0].message).toMatch(/your own roles/)
    const after = await api('GET', `users/${me.body.user.id}?depth=0`, { token: salesToken })
    expect(after.body.roles).toEqual(me.body.user.roles)
    // The rest of one's profile stays editable.
    const phone = await api('PATCH', `users/${me.body.user.id}`, {
      token: salesToken,
      body: { phone: '+40 722 000 111' },
    })
    expect(phone.status).toBe(200)
    expect(phone.body.doc.phone).toBe('+40 722 000 111')
  })

  it('applies the same rules to GraphQL', async () => {
    const anonymous = await graphql('{ Users { docs { id email } } }')
    expect(anonymous.body.errors?.[0]?.message).toMatch(/logged in/i)
    expect(anonymous.body.data?.Users ?? null).toBeNull()

    const denied = await graphql(
      'mutation { createNomenclator(data: { list: units, value: "box", label: "box" }) { id } }',
      salesToken,
    )
    expect(denied.body.errors?.[0]?.message).toMatch(/not allowed/i)

    const allowed = await graphql('{ Nomenclators(where: { list: { equals: currencies } }) { totalDocs } }', salesToken)
    expect(allowed.body.errors).toBeUndefined()
    const payload = await testPayload()
    const currencies = await payload.count({ collection: 'nomenclators', where: { list: { equals: 'currencies' } } })
    expect(currencies.totalDocs).toBeGreaterThan(0)
    expect(allowed.body.data.Nomenclators.totalDocs).toBe(currencies.totalDocs)
  })

  it('locks an account for 10 minutes after 5 failed logins', async () => {
    const email = 'viewer@organizecrm.test'
    for (let attempt = 1; attempt <= 5; attempt++) {
      const failed = await api('POST', 'users/login', { body: { email, password: 'wrong-password-123' } })
      expect(failed.status).toBe(401)
    }
    const locked = await api('POST', 'users/login', { body: { email, password: 'Demo-Pass-2026' } })
    expect(locked.status).toBe(401)
    expect(locked.body.errors[0].message).toMatch(/locked/i)
    const payload = await testPayload()
    const [user] = (
      await payload.find({ collection: 'users', where: { email: { equals: email } }, showHiddenFields: true })
    ).docs
    const lockedFor = new Date((user as { lockUntil?: string }).lockUntil ?? 0).getTime() - Date.now()
    expect(lockedFor).toBeGreaterThan(9 * 60 * 1000)
    expect(lockedFor).toBeLessThanOrEqual(10 * 60 * 1000)
    // An administrator unlocks it.
    const unlock = await api('POST', 'users/unlock', { token: adminToken, body: { email } })
    expect(unlock.status).toBe(200)
    expect((await api('POST', 'users/login', { body: { email, password: 'Demo-Pass-2026' } })).status).toBe(200)
  })

  it('releases the document locks of a user who logs out, and only theirs', async () => {
    const payload = await testPayload()
    const [viewer, admin] = await Promise.all(
      ['viewer@organizecrm.test', 'admin@organizecrm.test'].map((email) => userByEmail(payload, email)),
    )
    const team = (await payload.find({ collection: 'teams', limit: 1, depth: 0 })).docs[0]
    const lockOf = (user: { id: number }) =>
      payload.create({
        collection: 'payload-locked-documents',
        data: { document: { relationTo: 'teams', value: team.id }, user: { relationTo: 'users', value: user.id } },
      })
    const [viewersLock, adminsLock] = [await lockOf(viewer), await lockOf(admin)]
    const token = await login('viewer@organizecrm.test')
    expect((await api('POST', 'users/logout', { token })).status).toBe(200)
    const left = await payload.find({
      collection: 'payload-locked-documents',
      where: { id: { in: [viewersLock.id, adminsLock.id] } },
      depth: 0,
    })
    expect(left.docs.map((d) => d.id)).toEqual([adminsLock.id])
    await payload.delete({ collection: 'payload-locked-documents', id: adminsLock.id })
  })
})
