import { beforeAll, describe, expect, it } from 'vitest'

import { uniqueMark } from '../helpers/crm'
import { api, graphql, login } from '../helpers/http'
import { testPayload } from '../helpers/payload'

type Who = 'admin' | 'sales' | 'sales2' | 'salesManager' | 'marketing' | 'viewer'
const EMAIL: Record<Who, string> = {
  admin: 'admin@organizecrm.test',
  sales: 'sales@organizecrm.test',
  sales2: 'sales2@organizecrm.test',
  salesManager: 'sales-manager@organizecrm.test',
  marketing: 'marketing@organizecrm.test',
  viewer: 'viewer@organizecrm.test',
}

/**
 * Row scopes on clients and opportunities as the seeded roles set them: a salesperson works their
 * own, the sales manager their team's (sales, not sales-west), the administrator everything;
 * marketing and viewers read the registry without changing it. Checked through REST and GraphQL.
 */
describe('who sees and changes which clients and opportunities', () => {
  const token = {} as Record<Who, string>
  const mark = uniqueMark('Acces')
  const client = {} as Record<'ofSales' | 'ofManager' | 'ofSales2', number>
  const opportunity = {} as Record<'ofSales' | 'ofManager' | 'ofSales2', number>
  let stage: number

  beforeAll(async () => {
    for (const who of Object.keys(EMAIL) as Who[]) token[who] = await login(EMAIL[who])
    const payload = await testPayload()
    stage = (
      await payload.find({
        collection: 'nomenclators',
        where: { list: { equals: 'opportunity-stages' }, value: { equals: 'proposal' } },
      })
    ).docs[0].id
    const owners = { ofSales: 'sales', ofManager: 'salesManager', ofSales2: 'sales2' } as const
    for (const [key, who] of Object.entries(owners) as [keyof typeof owners, Who][]) {
      const made = await api('POST', 'clients', { token: token[who], body: { name: `${mark} ${key}` } })
      expect(made.status).toBe(201)
      client[key] = made.body.doc.id
      const opp = await api('POST', 'opportunities', {
        token: token[who],
        body: { title: `${mark} ${key}`, client: made.body.doc.id, stage, value: 1000 },
      })
      expect(opp.status).toBe(201)
      opportunity[key] = opp.body.doc.id
    }
  })

  const namesVia = async (who: Who, collection: 'clients' | 'opportunities') => {
    const field = collection === 'clients' ? 'name' : 'title'
    const rest = await api('GET', `${collection}?depth=0&limit=50&where[${field}][like]=${encodeURIComponent(mark)}`, {
      token: token[who],
    })
    expect(rest.status).toBe(200)
    const query = collection === 'clients' ? 'Clients' : 'Opportunities'
    const gql = await graphql(
      `{ ${query}(limit: 50, where: { ${field}: { like: "${mark}" } }) { docs { id } } }`,
      token[who],
    )
    const ids = (docs: { id: number }[]) => docs.map((d) => Number(d.id)).sort()
    // A list and GraphQL never disagree.
    expect(ids(gql.body.data[query].docs)).toEqual(ids(rest.body.docs))
    return ids(rest.body.docs)
  }
  const idsOf = (keys: (keyof typeof client)[], of: Record<string, number>) => keys.map((k) => of[k]).sort()

  it.each([
    ['sales', ['ofSales']],
    ['sales2', ['ofSales2']],
    ['salesManager', ['ofSales', 'ofManager']],
    ['admin', ['ofSales', 'ofManager', 'ofSales2']],
    ['marketing', ['ofSales', 'ofManager', 'ofSales2']],
    ['viewer', ['ofSales', 'ofManager', 'ofSales2']],
  ] as [Who, (keyof typeof client)[]][])('%s lists exactly the clients of their scope', async (who, keys) => {
    expect(await namesVia(who, 'clients')).toEqual(idsOf(keys, client))
  })

  it.each([
    ['sales', ['ofSales']],
    ['sales2', ['ofSales2']],
    ['salesManager', ['ofSales', 'ofManager']],
    ['admin', ['ofSales', 'ofManager', 'ofSales2']],
  ] as [Who, (keyof typeof client)[]][])('%s lists exactly the opportunities of their scope', async (who, keys) => {
    expect(await namesVia(who, 'opportunities')).toEqual(idsOf(keys, opportunity))
  })

  it('refuses to open, change or delete what is outside the scope', async () => {
    expect((await api('GET', `clients/${client.ofManager}`, { token: token.sales })).status).toBe(404)
    expect((await api('GET', `opportunities/${opportunity.ofSales}`, { token: token.sales2 })).status).toBe(404)
    const foreign = await api('PATCH', `clients/${client.ofSales2}`, {
      token: token.salesManager,
      body: { phone: '0700' },
    })
    expect([403, 404]).toContain(foreign.status)
    const marketing = await api('PATCH', `clients/${client.ofSales}`, {
      token: token.marketing,
      body: { phone: '0700' },
    })
    expect(marketing.status).toBe(403)
    const phoneBefore = (
      await (await testPayload()).findByID({ collection: 'clients', id: client.ofManager, depth: 0 })
    ).phone
    const gql = await graphql(
      `mutation { updateClient(id: ${client.ofManager}, data: { phone: "0700" }) { id } }`,
      token.sales,
    )
    // Refused as outside the caller's scope (not, say, a schema error), and nothing changed.
    expect(gql.body.data?.updateClient ?? null).toBeNull()
    expect(gql.body.errors?.[0]?.message).toMatch(/not allowed|not found/i)
    const phoneAfter = (await (await testPayload()).findByID({ collection: 'clients', id: client.ofManager, depth: 0 }))
      .phone
    expect(phoneAfter).toBe(phoneBefore)
    expect(phoneAfter).not.toBe('0700')
    expect((await api('DELETE', `clients/${client.ofSales}`, { token: token.sales })).status).toBe(403)
    expect((await api('POST', 'clients', { token: token.viewer, body: { name: `${mark} viewer` } })).status).toBe(403)
    expect(
      (
        await api('POST', 'opportunities', {
          token: token.marketing,
          body: { title: `${mark} m`, client: client.ofSales, stage },
        })
      ).status,
    ).toBe(403)
  })

  it('lets a manager change the team\u2019s records and a salesperson their own', async () => {
    expect(
      (await api('PATCH', `clients/${client.ofSales}`, { token: token.salesManager, body: { phone: '0722111222' } }))
        .status,
    ).toBe(200)
    expect(
      (await api('PATCH', `opportunities/${opportunity.ofSales}`, { token: token.sales, body: { value: 2500 } }))
        .status,
    ).toBe(200)
    const after = (await api('GET', `opportunities/${opportunity.ofSales}`, { token: token.sales })).body
    expect(after).toMatchObject({ value: 2500, probability: 50, weightedValue: 1250, outcome: 'open' })
  })

  it('shows on the client page only the linked records the reader may see', async () => {
    // The manager adds an opportunity of their own to the salesperson's client.
    const extra = await api('POST', 'opportunities', {
      token: token.salesManager,
      body: { title: `${mark} extra`, client: client.ofSales, stage, owner: undefined },
    })
    expect(extra.status).toBe(201)
    const asSales = (await api('GET', `clients/${client.ofSales}?depth=0`, { token: token.sales })).body
    expect(asSales.opportunities.docs).toEqual([opportunity.ofSales])
    const asManager = (await api('GET', `clients/${client.ofSales}?depth=0`, { token: token.salesManager })).body
    expect([...asManager.opportunities.docs].sort()).toEqual([opportunity.ofSales, extra.body.doc.id].sort())
  })

  it('fills the client page lists on the record, not on every row of a list unless asked', async () => {
    const list = await api('GET', `clients?depth=0&where[id][equals]=${client.ofSales}`, { token: token.sales })
    expect(list.body.docs[0].opportunities).toBeUndefined()
    const asked = await api(
      'GET',
      `clients?depth=0&where[id][equals]=${client.ofSales}&joins[opportunities][limit]=5`,
      { token: token.sales },
    )
    expect(asked.body.docs[0].opportunities.docs).toContain(opportunity.ofSales)
  })
})
