import { beforeAll, describe, expect, it } from 'vitest'

import { freshCui, uniqueMark, withWrongCheckDigit } from '../helpers/crm'
import { api, login } from '../helpers/http'

describe('the client registry', () => {
  let sales: string
  let sales2: string

  beforeAll(async () => {
    sales = await login('sales@organizecrm.test')
    sales2 = await login('sales2@organizecrm.test')
  })

  const create = (token: string, data: Record<string, unknown>) =>
    api('POST', 'clients', { token, body: { name: uniqueMark('Client'), ...data } })

  it('stores the fiscal code without spaces or the RO prefix', async () => {
    const cui = freshCui()
    const made = await create(sales, { fiscalCode: `RO ${cui}`, vatPayer: true })
    expect(made.status).toBe(201)
    expect(made.body.doc.fiscalCode).toBe(cui)
  })

  it('refuses a Romanian code with a wrong check digit or a wrong shape, naming the field', async () => {
    const wrong = await create(sales, { fiscalCode: withWrongCheckDigit(freshCui()) })
    expect(wrong.status).toBe(400)
    expect(wrong.body.errors[0].message).toMatch(/wrong check digit/)
    const shape = await create(sales, { fiscalCode: 'ABC123' })
    expect(shape.status).toBe(400)
    expect(shape.body.errors[0].message).toMatch(/not a Romanian CUI/)
  })

  it('does not apply the Romanian check to a foreign client', async () => {
    const foreign = await create(sales, { fiscalCode: 'DE123456789', address: { country: 'Germany' } })
    expect(foreign.status).toBe(201)
  })

  it('refuses a second active client with the same code, naming the first only to whoever may read it', async () => {
    const cui = freshCui()
    const first = await create(sales, { name: uniqueMark('Original'), fiscalCode: cui })
    expect(first.status).toBe(201)
    const duplicate = await create(sales2, { fiscalCode: `RO${cui}` })
    expect(duplicate.status).toBe(409)
    // sales2 may not read sales's client: told that the code is taken, not by whom (issue 10 §5).
    expect(duplicate.body.errors[0].message).toMatch(/already exists/)
    expect(duplicate.body.errors[0].message).not.toContain(first.body.doc.name)
    expect(duplicate.body.errors[0].message).not.toContain(`#${first.body.doc.id}`)
    // Updating another client to the same code is refused the same way; its owner is told which.
    const other = await create(sales, { fiscalCode: freshCui() })
    const clash = await api('PATCH', `clients/${other.body.doc.id}`, { token: sales, body: { fiscalCode: cui } })
    expect(clash.status).toBe(409)
    expect(clash.body.errors[0].message).toContain(first.body.doc.name)
    expect(clash.body.errors[0].message).toContain(`#${first.body.doc.id}`)
    // Saving the original itself again is no duplicate.
    expect(
      (await api('PATCH', `clients/${first.body.doc.id}`, { token: sales, body: { phone: '0722000000' } })).status,
    ).toBe(200)
  })

  it('allows the code again once the old client is inactive', async () => {
    const cui = freshCui()
    const old = await create(sales, { fiscalCode: cui })
    expect(
      (await api('PATCH', `clients/${old.body.doc.id}`, { token: sales, body: { status: 'inactive' } })).status,
    ).toBe(200)
    expect((await create(sales, { fiscalCode: cui })).status).toBe(201)
    // Reactivating the old one would make two active clients with one code.
    expect(
      (await api('PATCH', `clients/${old.body.doc.id}`, { token: sales, body: { status: 'active' } })).status,
    ).toBe(409)
  })

  it('lets exactly one of several simultaneous creations with one code through', async () => {
    const cui = freshCui()
    const answers = await Promise.all(Array.from({ length: 6 }, () => create(sales, { fiscalCode: cui })))
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409, 409])
  })

  it('files a new client under its owner\u2019s team and records who made it', async () => {
    const made = await create(sales2, { fiscalCode: freshCui() })
    const read = await api('GET', `clients/${made.body.doc.id}?depth=1`, { token: sales2 })
    expect(read.body.team.key).toBe('sales-west')
    expect(read.body.owner.email).toBe('sales2@organizecrm.test')
    expect(read.body.createdBy.email).toBe('sales2@organizecrm.test')
  })

  it('lists on the client page the todos about the client or its records, open ones apart from finished ones', async () => {
    const client = await create(sales, { fiscalCode: freshCui() })
    const clientId = client.body.doc.id
    const contact = await api('POST', 'contacts?depth=0', {
      token: sales,
      body: { name: uniqueMark('Contact'), client: clientId, primary: true },
    })
    expect(contact.status).toBe(201)
    const onClient = await api('POST', 'todos?depth=0', {
      token: sales,
      body: {
        title: uniqueMark('Call'),
        type: 'call',
        due: '2026-12-01T09:00:00.000Z',
        responsible: contact.body.doc.owner,
        relatedTo: { relationTo: 'clients', value: clientId },
      },
    })
    const onContact = await api('POST', 'todos?depth=0', {
      token: sales,
      body: {
        title: uniqueMark('Email'),
        type: 'email',
        due: '2026-12-02T09:00:00.000Z',
        responsible: contact.body.doc.owner,
        relatedTo: { relationTo: 'contacts', value: contact.body.doc.id },
      },
    })
    expect(onClient.body.doc.client).toBe(clientId)
    expect(onContact.body.doc.client).toBe(clientId)
    expect(
      (
        await api('POST', `todos/${onContact.body.doc.id}/transition`, {
          token: sales,
          body: { transition: 'complete' },
        })
      ).status,
    ).toBe(200)
    const page = (await api('GET', `clients/${clientId}?depth=0`, { token: sales })).body
    expect(page.contacts.docs).toEqual([contact.body.doc.id])
    expect(page.openTodos.docs).toEqual([onClient.body.doc.id])
    expect(page.closedTodos.docs).toEqual([onContact.body.doc.id])
    // Moving a todo to another record moves it to that record's client.
    const moved = await api('PATCH', `todos/${onClient.body.doc.id}?depth=0`, {
      token: sales,
      body: { relatedTo: null },
    })
    expect(moved.body.doc.client ?? null).toBeNull()
  })
})
