import type { TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, login } from '../helpers/http'
import { type LoosePayload, testPayload, userByEmail } from '../helpers/payload'

/**
 * own / team / all on a business-like fixture collection, with two users of one role in two teams
 * (sales in "sales", sales2 in "sales-west") and the manager of the first.
 */
describe('row scopes: own, team, all', () => {
  let payload: LoosePayload
  let sales: TypedUser
  let sales2: TypedUser
  let colleague: TypedUser
  let manager: TypedUser
  const titles: Record<string, string> = {}
  // Other test files leave fixture records too: look only at this file's.
  const mark = `scopes-${Date.now()}`
  const mine = { title: { like: mark } }

  async function setGrant(roleKey: string, grant: { read: string; update: string; delete: string; create: boolean }) {
    const role = (await payload.find({ collection: 'roles', where: { key: { equals: roleKey } }, depth: 0 })).docs[0]
    const rows = (role.permissions ?? []).filter((r: { collection: string }) => r.collection !== 'fixture-records')
    await payload.update({
      collection: 'roles',
      id: role.id,
      data: { permissions: [...rows, { collection: 'fixture-records', ...grant }] as never },
    })
  }

  const visibleTo = async (user: TypedUser) =>
    (
      await payload.find({
        collection: 'fixture-records',
        where: mine,
        user,
        overrideAccess: false,
        limit: 100,
        depth: 0,
      })
    ).docs
      .map((d: { title: string }) => d.title)
      .sort()

  beforeAll(async () => {
    payload = (await testPayload()) as unknown as LoosePayload
    sales = await userByEmail(payload, 'sales@organizecrm.test')
    sales2 = await userByEmail(payload, 'sales2@organizecrm.test')
    manager = await userByEmail(payload, 'sales-manager@organizecrm.test')
    const team = (id: unknown) => (typeof id === 'object' && id ? (id as { id: number }).id : (id as number))
    colleague = await payload
      .create({
        collection: 'users',
        data: {
          name: 'Colleague',
          email: 'colleague@organizecrm.test',
          password: 'Demo-Pass-2026',
          roles: [(await payload.find({ collection: 'roles', where: { key: { equals: 'sales' } } })).docs[0].id],
          team: team(sales.team),
        },
      })
      .then((u) => ({ ...u, collection: 'users' }) as TypedUser)
    for (const [name, owner] of [
      ['sales', sales],
      ['sales2', sales2],
      ['colleague', colleague],
      ['manager', manager],
    ] as const) {
      titles[name] = `${mark} record of ${name}`
      await payload.create({
        collection: 'fixture-records',
        data: { title: titles[name], owner: owner.id as number, team: team(owner.team) },
      })
    }
    await setGrant('sales', { read: 'team', update: 'own', delete: 'none', create: true })
    await setGrant('sales-manager', { read: 'all', update: 'team', delete: 'team', create: true })
  })

  afterAll(async () => {
    // Other files expect the seeded roles: take the fixture grants back.
    for (const key of ['sales', 'sales-manager', 'viewer']) {
      await setGrant(key, { read: 'none', update: 'none', delete: 'none', create: false })
    }
  })

  it('team scope shows the own records and the team\u2019s, never another team\u2019s', async () => {
    expect(await visibleTo(sales)).toEqual([titles.colleague, titles.manager, titles.sales].sort())
    expect(await visibleTo(sales2)).toEqual([titles.sales2])
  })

  it('all scope shows every record', async () => {
    expect(await visibleTo(manager)).toEqual(Object.values(titles).sort())
  })

  it('own update scope lets a user change their record but not a teammate\u2019s', async () => {
    const mine = (await payload.find({ collection: 'fixture-records', where: { title: { equals: titles.sales } } }))
      .docs[0]
    const theirs = (
      await payload.find({ collection: 'fixture-records', where: { title: { equals: titles.colleague } } })
    ).docs[0]
    await payload.update({
      collection: 'fixture-records',
      id: mine.id,
      data: { title: titles.sales },
      user: sales,
      overrideAccess: false,
    })
    await expect(
      payload.update({
        collection: 'fixture-records',
        id: theirs.id,
        data: { title: 'taken over' },
        user: sales,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('a single record outside the scope is not found, through REST as well', async () => {
    const foreign = (await payload.find({ collection: 'fixture-records', where: { title: { equals: titles.sales2 } } }))
      .docs[0]
    const token = await login('sales@organizecrm.test')
    expect((await api('GET', `fixture-records/${foreign.id}`, { token })).status).toBe(404)
    const list = await api('GET', `fixture-records?limit=100&where[title][like]=${mark}`, { token })
    expect(list.body.docs.map((d: { title: string }) => d.title)).not.toContain(titles.sales2)
  })

  it('a user holding several roles gets the widest scope of them', async () => {
    const viewerRole = (await payload.find({ collection: 'roles', where: { key: { equals: 'viewer' } } })).docs[0]
    await setGrant('viewer', { read: 'all', update: 'none', delete: 'none', create: false })
    const salesRole = (await payload.find({ collection: 'roles', where: { key: { equals: 'sales' } } })).docs[0]
    await payload.update({ collection: 'users', id: sales2.id, data: { roles: [salesRole.id, viewerRole.id] } })
    const both = await userByEmail(payload, 'sales2@organizecrm.test')
    expect(await visibleTo(both)).toEqual(Object.values(titles).sort())
    await payload.update({ collection: 'users', id: sales2.id, data: { roles: [salesRole.id] } })
    await setGrant('viewer', { read: 'none', update: 'none', delete: 'none', create: false })
  })

  it('editing a role changes what its users may do on their next request', async () => {
    const token = await login('sales@organizecrm.test')
    const query = `fixture-records?limit=100&where[title][like]=${mark}`
    const before = await api('GET', query, { token })
    expect(before.body.totalDocs).toBe(3)
    await setGrant('sales', { read: 'own', update: 'own', delete: 'none', create: true })
    const after = await api('GET', query, { token })
    expect(after.body.docs.map((d: { title: string }) => d.title)).toEqual([titles.sales])
    await setGrant('sales', { read: 'none', update: 'none', delete: 'none', create: false })
    expect((await api('GET', 'fixture-records', { token })).status).toBe(403)
  })

  it('a deactivated user loses every permission at once, even with a valid token', async () => {
    const token = await login('colleague@organizecrm.test')
    expect((await api('GET', 'nomenclators?limit=1', { token })).status).toBe(200)
    await payload.update({ collection: 'users', id: colleague.id, data: { active: false } })
    // Signed out at once: the old token is no session any more (issue 10 §8).
    expect((await api('GET', 'nomenclators?limit=1', { token })).status).toBe(401)
    const relogin = await api('POST', 'users/login', {
      body: { email: 'colleague@organizecrm.test', password: 'Demo-Pass-2026' },
    })
    expect(relogin.status).toBe(401)
    expect(relogin.body.errors[0].message).toMatch(/deactivated/)
  })
})
