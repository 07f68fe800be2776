import { beforeAll, describe, expect, it } from 'vitest'

import { api, login } from '../helpers/http'
import { testPayload, userByEmail } from '../helpers/payload'

/** The seeded todo workflow on the real todos collection, as its users meet it. */
describe('todos under the seeded workflow', () => {
  let sales: string
  let sales2: string
  let manager: string

  beforeAll(async () => {
    await testPayload()
    sales = await login('sales@organizecrm.test')
    sales2 = await login('sales2@organizecrm.test')
    manager = await login('sales-manager@organizecrm.test')
  })

  it('shows each user their own todos and a manager their team\u2019s, history included', async () => {
    const payload = await testPayload()
    const me = await userByEmail(payload, 'sales@organizecrm.test')
    // "Own" todos: the user is responsible, a participant or their author (the collection's ownership).
    type Todo = { responsible: number; participants?: number[] | null; createdBy?: number | null }
    const isMine = (d: Todo) =>
      d.responsible === me.id || Boolean(d.participants?.includes(me.id)) || d.createdBy === me.id
    const mine = await api('GET', 'todos?depth=0&limit=200', { token: sales })
    expect(mine.status).toBe(200)
    expect(mine.body.docs.length).toBeGreaterThan(0)
    expect(mine.body.docs.every(isMine)).toBe(true)
    const versions = await api('GET', 'todos/versions?depth=0&limit=200', { token: sales })
    expect(versions.status).toBe(200)
    expect(versions.body.docs.every((v: { version: Todo }) => isMine(v.version))).toBe(true)
    const team = await api('GET', 'todos?depth=0&limit=100', { token: manager })
    expect(team.body.docs.map((d: { responsible: number }) => d.responsible)).toContain(me.id)
    const solo = mine.body.docs.find((d: Todo) => d.responsible === me.id && !d.participants?.length)
    const foreign = await api('GET', `todos/${solo.id}`, { token: sales2 })
    expect(foreign.status).toBe(404)
  })

  it('lets only the responsible mark a todo done, and tells the person who handed it out', async () => {
    const payload = await testPayload()
    const owner = await userByEmail(payload, 'sales-manager@organizecrm.test')
    // One the manager handed out (the demo calendar also holds todos sales planned for themselves).
    const todo = (
      await api('GET', `todos?depth=0&where[status][equals]=open&where[createdBy][equals]=${owner.id}`, {
        token: sales,
      })
    ).body.docs[0]
    const offered = await api('GET', `todos/${todo.id}/transitions`, { token: sales })
    expect(offered.body.transitions.map((t: { key: string }) => t.key).sort()).toEqual(['cancel', 'complete'])
    expect(
      (await api('POST', `todos/${todo.id}/transition`, { token: manager, body: { transition: 'complete' } })).status,
    ).toBe(403)
    const before = (await payload.count({ collection: 'notifications', where: { recipient: { equals: owner.id } } }))
      .totalDocs
    const done = await api('POST', `todos/${todo.id}/transition`, { token: sales, body: { transition: 'complete' } })
    expect(done.status).toBe(200)
    expect(done.body.doc).toMatchObject({ status: 'done', statusCategory: 'done' })
    expect(done.body.doc.doneAt).toBeTruthy()
    const after = (await payload.count({ collection: 'notifications', where: { recipient: { equals: owner.id } } }))
      .totalDocs
    expect(after).toBe(before + 1)
    const reopen = await api('POST', `todos/${todo.id}/transition`, { token: sales, body: { transition: 'reopen' } })
    expect(reopen.status).toBe(400)
    expect(reopen.body.errors[0].message).toMatch(/comment is required/)
  })
})
