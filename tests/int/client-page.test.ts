import { beforeAll, describe, expect, it } from 'vitest'

import { paragraphs } from '@/seed/richText'
import { freshCui, uniqueMark } from '../helpers/crm'
import { api, login } from '../helpers/http'
import { testPayload } from '../helpers/payload'

/**
 * What the client page keeps and shows that no other test read back (issue 15): the client's
 * requirements and allocated budget, the client's offers in its sales tab, and a meeting's
 * observations on its todo.
 */
describe('the client page', () => {
  let sales: string
  let sales2: string
  let client: number
  let euro: number

  beforeAll(async () => {
    const payload = await testPayload()
    sales = await login('sales@organizecrm.test')
    sales2 = await login('sales2@organizecrm.test')
    euro = (
      await payload.find({
        collection: 'nomenclators',
        where: { list: { equals: 'currencies' }, value: { equals: 'EUR' } },
        limit: 1,
        depth: 0,
      })
    ).docs[0].id
    const made = await api('POST', 'clients', {
      token: sales,
      body: {
        name: uniqueMark('Cerințe și Buget SRL'),
        fiscalCode: freshCui(),
        budget: 48_500,
        budgetCurrency: euro,
        requirements: paragraphs('Integrare cu contabilitatea', 'Instruire pentru 12 utilizatori'),
      },
    })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    client = made.body.doc.id
  })

  it('keeps the client’s requirements and allocated budget as entered', async () => {
    const read = await api('GET', `clients/${client}?depth=0`, { token: sales })
    expect(read.status).toBe(200)
    expect(read.body.budget).toBe(48_500)
    expect(read.body.budgetCurrency).toBe(euro)
    expect(read.body.requirements).toEqual(paragraphs('Integrare cu contabilitatea', 'Instruire pentru 12 utilizatori'))
    const refused = await api('POST', 'clients', {
      token: sales,
      body: { name: uniqueMark('Buget negativ SRL'), fiscalCode: freshCui(), budget: -1 },
    })
    expect(refused.status).toBe(400)
  })

  it('lists the client’s offers in its sales tab, and only them', async () => {
    const offer = async (forClient: number) =>
      (await api('POST', 'offers?depth=0', { token: sales, body: { title: uniqueMark('Ofertă'), client: forClient } }))
        .body.doc.id as number
    const mine = [await offer(client), await offer(client)]
    const other = await api('POST', 'clients', {
      token: sales,
      body: { name: uniqueMark('Alt client'), fiscalCode: freshCui() },
    })
    await offer(other.body.doc.id)
    const page = await api('GET', `clients/${client}?depth=0`, { token: sales })
    expect(page.body.offers.docs.sort()).toEqual([...mine].sort())
    // A colleague of another team reads neither the client nor, through it, its offers.
    expect((await api('GET', `clients/${client}?depth=0`, { token: sales2 })).status).toBe(404)
  })

  it('keeps a meeting’s observations on its todo, for the client page', async () => {
    const observations = paragraphs('Clientul cere o demonstrație la sediu.', 'Decizia în ianuarie.')
    const todo = await api('POST', 'todos?depth=0', {
      token: sales,
      body: {
        title: uniqueMark('Întâlnire de prezentare'),
        type: 'meeting',
        relatedTo: { relationTo: 'clients', value: client },
        observations,
      },
    })
    expect(todo.status, JSON.stringify(todo.body)).toBe(201)
    const read = await api('GET', `todos/${todo.body.doc.id}?depth=0`, { token: sales })
    expect(read.body.observations).toEqual(observations)
    expect(read.body.client).toBe(client)
  })
})
