import { beforeAll, describe, expect, it } from 'vitest'

import { api, graphql, login, rawApi } from '../../helpers/http'
import { testPayload } from '../../helpers/payload'

/**
 * Issue 10 §5: sorting orders rows by the value of a field, so a sort on a field the caller may not
 * read tells that field's value one comparison at a time. It is refused like `where` on that field.
 */
describe('sorting on fields the caller may not read (issue 10 §5)', () => {
  let sales: string
  let admin: string

  beforeAll(async () => {
    await testPayload()
    sales = await login('sales@organizecrm.test')
    admin = await login('admin@organizecrm.test')
  })

  const hidden = [
    'clients?sort=owner.salt',
    'clients?sort=-owner.hash',
    'clients?sort=name,owner.salt',
    'clients?sort=owner.calendarFeedTokenHash',
    'clients?sort=owner.resetPasswordToken',
    'users?sort=salt',
    'users?sort=hash',
    'users?sort=-calendarFeedTokenHash',
    'offers?sort=owner.hash',
    'todos?sort=responsible.salt',
  ]

  it('refuses the sort with 400 over REST, for any user, administrators included', async () => {
    for (const token of [sales, admin]) {
      for (const path of hidden) {
        const answer = await api('GET', path, { token })
        expect(answer.status, path).toBe(400)
        expect(answer.body.errors[0].message, path).toMatch(/invalid|not allowed|cannot sort/i)
      }
    }
  })

  it('answers 403 to a caller who may read none of the collection, as the pickers expect', async () => {
    const agent = await login('support-agent@organizecrm.test')
    for (const path of ['offers?sort=-issueDate', 'offers?sort=owner.hash', 'opportunities?sort=title']) {
      expect((await api('GET', path, { token: agent })).status, path).toBe(403)
    }
  })

  it('says why in the caller language', async () => {
    const answer = await rawApi('GET', 'clients?sort=owner.salt', { token: sales, language: 'ro' })
    expect(answer.status).toBe(400)
    expect(answer.body.errors[0].message).toMatch(/sorta/i)
  })

  it('refuses it over GraphQL', async () => {
    const answer = await graphql('{ Clients(sort: "owner.salt") { docs { id } } }', sales)
    expect(answer.body.data?.Clients ?? null).toBeNull()
    expect(answer.body.errors?.length).toBeGreaterThan(0)
  })

  it('still sorts on readable fields, also through a relation', async () => {
    for (const path of [
      'clients?sort=name',
      'clients?sort=-createdAt',
      'clients?sort=owner.name',
      'offers?sort=-number',
      'todos?sort=start',
      'todos?sort=-due',
      'tickets?sort=-createdAt,number',
    ]) {
      const answer = await api('GET', path, { token: sales })
      expect(answer.status, path).toBe(200)
    }
  })
})
