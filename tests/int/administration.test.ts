import type { Payload, TypedUser } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { api, login } from '../helpers/http'
import { testPayload, userByEmail } from '../helpers/payload'

describe('roles, users and teams: what must never break', () => {
  let payload: Payload
  let admin: TypedUser
  let adminToken: string
  let adminRoleId: number

  beforeAll(async () => {
    payload = await testPayload()
    admin = await userByEmail(payload, 'admin@organizecrm.test')
    adminToken = await login('admin@organizecrm.test')
    adminRoleId = (await payload.find({ collection: 'roles', where: { key: { equals: 'admin' } } })).docs[0].id
  })

  it('refuses to delete the system administrator role', async () => {
    const { status, body } = await api('DELETE', `roles/${adminRoleId}`, { token: adminToken })
    expect(status).toBe(403)
    expect(body.errors[0].message).toMatch(/cannot be deleted/)
    expect((await payload.findByID({ collection: 'roles', id: adminRoleId })).key).toBe('admin')
  })

  it('refuses to rename the system administrator role', async () => {
    const { status } = await api('PATCH', `roles/${adminRoleId}`, { token: adminToken, body: { key: 'former-admin' } })
    expect(status).toBe(403)
  })

  it('keeps the last active administrator: no deactivation, no demotion, no deletion', async () => {
    const viewerRole = (await payload.find({ collection: 'roles', where: { key: { equals: 'viewer' } } })).docs[0].id
    const deactivate = await api('PATCH', `users/${admin.id}`, { token: adminToken, body: { active: false } })
    expect(deactivate.status).toBe(409)
    expect(deactivate.body.errors[0].message).toMatch(/last active administrator/)
    // Even a second manager of users cannot demote the last administrator.
    const demote = await expect(
      payload.update({
        collection: 'users',
        id: admin.id,
        data: { roles: [viewerRole] },
        user: admin,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    void demote
    const remove = await api('DELETE', `users/${admin.id}`, { token: adminToken })
    expect(remove.status).toBe(409)
    const still = await payload.findByID({ collection: 'users', id: admin.id, depth: 0 })
    expect(still.active).toBe(true)
    expect(still.roles).toContain(adminRoleId)
  })

  it('allows removing an administrator while another active one remains', async () => {
    const second = await api('POST', 'users', {
      token: adminToken,
      body: {
        name: 'Second Admin',
        email: 'admin2@organizecrm.test',
        password: 'Second-Admin-2026',
        roles: [adminRoleId],
      },
    })
    expect(second.status).toBe(201)
    const off = await api('PATCH', `users/${second.body.doc.id}`, { token: adminToken, body: { active: false } })
    expect(off.status).toBe(200)
    // Now the second is inactive: the first is again the last one.
    const self = await api('PATCH', `users/${admin.id}`, { token: adminToken, body: { active: false } })
    expect(self.status).toBe(409)
  })

  it('refuses passwords shorter than 10 characters with a 400 naming the field', async () => {
    const viewerRole = (await payload.find({ collection: 'roles', where: { key: { equals: 'viewer' } } })).docs[0].id
    const { status, body } = await api('POST', 'users', {
      token: adminToken,
      body: { name: 'Short', email: 'short@organizecrm.test', password: 'short-pw', roles: [viewerRole] },
    })
    expect(status).toBe(400)
    expect(body.errors[0].data.errors[0]).toMatchObject({ path: 'password' })
    expect(body.errors[0].data.errors[0].message).toMatch(/at least 10 characters/)
    expect(
      (await payload.count({ collection: 'users', where: { email: { equals: 'short@organizecrm.test' } } })).totalDocs,
    ).toBe(0)
  })

  it('lets a user manager change roles, team and activity of others, and nobody else', async () => {
    const sales = await userByEmail(payload, 'sales@organizecrm.test')
    const salesToken = await login('sales@organizecrm.test')
    const sales2 = await userByEmail(payload, 'sales2@organizecrm.test')
    const attempt = await api('PATCH', `users/${sales2.id}`, { token: salesToken, body: { active: false } })
    expect(attempt.status).toBe(403)
    const ownTeam = await api('PATCH', `users/${sales.id}`, {
      token: salesToken,
      body: { team: (sales2 as { team: number }).team },
    })
    expect(ownTeam.status).toBe(403)
    expect(ownTeam.body.errors[0].message).toMatch(/team/)
    const byAdmin = await api('PATCH', `users/${sales2.id}`, { token: adminToken, body: { phone: '+40 733 111 222' } })
    expect(byAdmin.status).toBe(200)
  })

  it('refuses a permission matrix naming one collection twice', async () => {
    const { status, body } = await api('POST', 'roles', {
      token: adminToken,
      body: {
        key: 'doubled',
        name: 'Doubled',
        permissions: [
          { collection: 'teams', read: 'all', update: 'none', delete: 'none' },
          { collection: 'teams', read: 'none', update: 'none', delete: 'none' },
        ],
      },
    })
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(/appears twice/)
  })

  it('keeps history: versions record who changed a role and when', async () => {
    const role = await api('POST', 'roles', { token: adminToken, body: { key: 'auditor', name: 'Auditor' } })
    await api('PATCH', `roles/${role.body.doc.id}`, { token: adminToken, body: { description: 'Reads everything' } })
    const versions = await payload.findVersions({
      collection: 'roles',
      where: { parent: { equals: role.body.doc.id } },
      sort: '-updatedAt',
      depth: 0,
    })
    expect(versions.totalDocs).toBe(2)
    expect(versions.docs[0].version.description).toBe('Reads everything')
    expect(versions.docs[0].version.updatedBy).toBe(admin.id)
    expect(versions.docs[1].version.description ?? null).toBeNull()
  })
})
