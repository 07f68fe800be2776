import { beforeAll, describe, expect, it } from 'vitest'

import { api, login } from '../helpers/http'
import { testPayload, userByEmail } from '../helpers/payload'

/** What the client page's "add" buttons send: the parent's id in the join's field and nothing else. */
describe('records created from a parent tab keep the parent and default the responsible', () => {
  let sales: string
  let clientId: number
  let me: number

  beforeAll(async () => {
    const payload = await testPayload()
    sales = await login('sales@organizecrm.test')
    me = (await userByEmail(payload, 'sales@organizecrm.test')).id as number
    clientId = (await api('GET', 'clients?depth=0&limit=1&sort=id', { token: sales })).body.docs[0].id
  })

  it('files a todo created with only its client under that client, with the creator responsible', async () => {
    const created = await api('POST', 'todos?depth=0', {
      token: sales,
      body: { title: 'Întâlnire din fila clientului', type: 'meeting', client: clientId },
    })
    expect(created.status).toBe(201)
    expect(created.body.doc.client).toBe(clientId)
    expect(created.body.doc.relatedTo).toMatchObject({ relationTo: 'clients', value: clientId })
    expect(created.body.doc.responsible).toBe(me)
    const tab = await api(
      'GET',
      `todos?depth=0&where[client][equals]=${clientId}&where[id][equals]=${created.body.doc.id}`,
      { token: sales },
    )
    expect(tab.body.totalDocs).toBe(1)
  })

  it('still files a todo under the record it belongs to when that record is named', async () => {
    const opportunity = (await api('GET', `opportunities?depth=0&limit=1&where[client][exists]=true`, { token: sales }))
      .body.docs[0]
    const created = await api('POST', 'todos?depth=0', {
      token: sales,
      body: {
        title: 'Apel despre oportunitate',
        relatedTo: { relationTo: 'opportunities', value: opportunity.id },
        client: clientId,
      },
    })
    expect(created.status).toBe(201)
    expect(created.body.doc.client).toBe(opportunity.client)
  })

  it('stores a new contact as not primary, never as an empty value shown as a key', async () => {
    const created = await api('POST', 'contacts?depth=0', { token: sales, body: { name: 'Ana Pop', client: clientId } })
    expect(created.status).toBe(201)
    expect(created.body.doc.primary).toBe(false)
  })
})
