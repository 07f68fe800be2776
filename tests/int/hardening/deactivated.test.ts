import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, graphql, login } from '../../helpers/http'
import { testPayload, userByEmail } from '../../helpers/payload'

/** A deactivated user's token is worth nothing from the moment of deactivation, on every door. */
describe('a deactivated user', () => {
  const email = 'project-member@organizecrm.test'
  let adminToken: string
  let userId: number

  beforeAll(async () => {
    const payload = await testPayload()
    adminToken = await login('admin@organizecrm.test')
    userId = (await userByEmail(payload, email)).id as number
  })

  afterAll(async () => {
    const payload = await testPayload()
    await payload.update({ collection: 'users', id: userId, data: { active: true } })
  })

  it('gets 401 with the token issued before, on REST, GraphQL, me and refresh-token', async () => {
    const token = await login(email)
    // Valid while active.
    expect((await api('GET', 'clients?limit=1&depth=0', { token })).status).toBe(200)
    expect((await api('GET', 'users/me', { token })).body.user?.id).toBe(userId)

    const off = await api('PATCH', `users/${userId}`, { token: adminToken, body: { active: false } })
    expect(off.status, JSON.stringify(off.body)).toBe(200)

    for (const path of [
      'clients?limit=1&depth=0',
      'users?limit=1&depth=0',
      `users/${userId}`,
      'notifications?limit=1',
      'globals/settings',
      'users/me',
    ]) {
      const answer = await api('GET', path, { token })
      expect(answer.status, `${path}: ${JSON.stringify(answer.body)}`).toBe(401)
    }
    const refresh = await api('POST', 'users/refresh-token', { token })
    expect(refresh.status, JSON.stringify(refresh.body)).toBe(401)
    expect(refresh.body.refreshedToken).toBeUndefined()

    const gql = await graphql('{ Clients(limit: 1) { docs { id } } meUser { user { id } } }', token)
    expect(gql.body.data?.Clients ?? null).toBeNull()
    expect(gql.body.data?.meUser?.user ?? null).toBeNull()
    expect(gql.body.errors?.[0]?.message).toMatch(/logged in/i)
    expect(gql.body.errors?.[0]?.extensions?.statusCode).toBe(401)

    // A new login is refused too; reactivated, the same person signs in again.
    expect((await api('POST', 'users/login', { body: { email, password: 'Demo-Pass-2026' } })).status).toBe(401)
    expect((await api('PATCH', `users/${userId}`, { token: adminToken, body: { active: true } })).status).toBe(200)
    const again = await login(email)
    expect((await api('GET', 'clients?limit=1&depth=0', { token: again })).status).toBe(200)
  })
})
