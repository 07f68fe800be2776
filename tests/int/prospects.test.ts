import { beforeAll, describe, expect, it } from 'vitest'

import { freshCui, uniqueMark, withWrongCheckDigit } from '../helpers/crm'
import { api, login } from '../helpers/http'
import { testPayload } from '../helpers/payload'

/** Prospecting under the seeded `prospect` workflow, and its conversion into client, contact and opportunity. */
describe('prospects', () => {
  let sales: string
  let sales2: string
  let marketing: string

  beforeAll(async () => {
    sales = await login('sales@organizecrm.test')
    sales2 = await login('sales2@organizecrm.test')
    marketing = await login('marketing@organizecrm.test')
  })

  async function qualifiedProspect(token: string, data: Record<string, unknown> = {}) {
    const made = await api('POST', 'prospects', {
      token,
      body: {
        companyName: uniqueMark('Prospect SRL'),
        contactName: 'Ștefan Ilie',
        contactEmail: 'stefan@example.ro',
        estimatedValue: 12500,
        ...data,
      },
    })
    expect(made.status).toBe(201)
    expect(made.body.doc.status).toBe('new')
    const id = made.body.doc.id
    expect((await api('POST', `prospects/${id}/transition`, { token, body: { transition: 'contact' } })).status).toBe(
      200,
    )
    expect((await api('POST', `prospects/${id}/transition`, { token, body: { transition: 'qualify' } })).status).toBe(
      200,
    )
    return made.body.doc as { id: number; companyName: string }
  }

  const countOf = async (collection: 'clients' | 'contacts' | 'opportunities', where: Record<string, unknown>) =>
    (await (await testPayload()).count({ collection, where: where as never })).totalDocs

  it('converts a qualified prospect into a client, its contact and an opportunity, linked back', async () => {
    const cui = freshCui()
    const prospect = await qualifiedProspect(sales, { fiscalCode: `RO${cui}` })
    const converted = await api('POST', `prospects/${prospect.id}/transition`, {
      token: sales,
      body: { transition: 'convert' },
    })
    expect(converted.status).toBe(200)
    const after = (await api('GET', `prospects/${prospect.id}?depth=1`, { token: sales })).body
    expect(after.status).toBe('converted')
    expect(after.client).toMatchObject({ name: prospect.companyName, fiscalCode: cui, type: 'prospect' })
    expect(after.contact).toMatchObject({ name: 'Ștefan Ilie', primary: true, client: after.client.id })
    expect(after.opportunity).toMatchObject({
      title: prospect.companyName,
      client: after.client.id,
      contact: after.contact.id,
      value: 12500,
      outcome: 'open',
    })
    // The new records are the caller's, and the client page lists what was made.
    const client = (await api('GET', `clients/${after.client.id}?depth=0`, { token: sales })).body
    expect(client.contacts.docs).toContain(after.contact.id)
    expect(client.opportunities.docs).toContain(after.opportunity.id)
    expect(client.prospects.docs).toContain(prospect.id)
  })

  it('joins the active client that already has the fiscal code instead of making a second one', async () => {
    const cui = freshCui()
    const existing = await api('POST', 'clients', {
      token: sales2,
      body: { name: uniqueMark('Existing'), fiscalCode: cui },
    })
    const prospect = await qualifiedProspect(sales, { fiscalCode: cui })
    expect(
      (await api('POST', `prospects/${prospect.id}/transition`, { token: sales, body: { transition: 'convert' } }))
        .status,
    ).toBe(200)
    expect(await countOf('clients', { fiscalCode: { equals: cui } })).toBe(1)
    const opportunity = await (
      await testPayload()
    ).find({ collection: 'opportunities', where: { prospect: { equals: prospect.id } }, depth: 0 })
    expect(opportunity.docs[0].client).toBe(existing.body.doc.id)
  })

  it('keeps nothing when a part of the conversion is refused, and says why', async () => {
    const mark = uniqueMark('Broken')
    const prospect = await qualifiedProspect(sales, { companyName: mark, fiscalCode: withWrongCheckDigit(freshCui()) })
    const refused = await api('POST', `prospects/${prospect.id}/transition`, {
      token: sales,
      body: { transition: 'convert' },
    })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].message).toMatch(/check digit/)
    const after = (await api('GET', `prospects/${prospect.id}?depth=0`, { token: sales })).body
    expect(after).toMatchObject({ status: 'qualified', client: null })
    expect(await countOf('clients', { name: { equals: mark } })).toBe(0)
    expect(await countOf('contacts', { name: { equals: 'Ștefan Ilie' }, 'client.name': { equals: mark } })).toBe(0)
    expect(await countOf('opportunities', { title: { equals: mark } })).toBe(0)
    const history = await api('GET', `prospects/${prospect.id}/history`, { token: sales })
    expect(history.body.events.map((e: { to: string }) => e.to)).not.toContain('converted')
    // Fixed, it converts.
    expect(
      (await api('PATCH', `prospects/${prospect.id}`, { token: sales, body: { fiscalCode: freshCui() } })).status,
    ).toBe(200)
    expect(
      (await api('POST', `prospects/${prospect.id}/transition`, { token: sales, body: { transition: 'convert' } }))
        .status,
    ).toBe(200)
    expect(await countOf('clients', { name: { equals: mark } })).toBe(1)
  })

  it('lets only sales roles convert, only from qualified, and nobody set the links by hand', async () => {
    const mine = await api('POST', 'prospects', { token: marketing, body: { companyName: uniqueMark('Lead') } })
    const id = mine.body.doc.id
    expect(
      (await api('POST', `prospects/${id}/transition`, { token: marketing, body: { transition: 'convert' } })).status,
    ).toBe(409)
    expect(
      (await api('POST', `prospects/${id}/transition`, { token: marketing, body: { transition: 'qualify' } })).status,
    ).toBe(200)
    const refused = await api('POST', `prospects/${id}/transition`, {
      token: marketing,
      body: { transition: 'convert' },
    })
    expect(refused.status).toBe(403)
    // Another salesperson cannot even see it.
    expect(
      (await api('POST', `prospects/${id}/transition`, { token: sales2, body: { transition: 'convert' } })).status,
    ).toBe(404)
    const client = await api('POST', 'clients', { token: sales, body: { name: uniqueMark('Any') } })
    const forged = await api('PATCH', `prospects/${id}`, { token: marketing, body: { client: client.body.doc.id } })
    expect(forged.status).toBe(200)
    expect(forged.body.doc.client ?? null).toBeNull()
  })

  it('asks for a comment when disqualifying', async () => {
    const made = await api('POST', 'prospects', { token: sales, body: { companyName: uniqueMark('Cold') } })
    const bare = await api('POST', `prospects/${made.body.doc.id}/transition`, {
      token: sales,
      body: { transition: 'disqualify' },
    })
    expect(bare.status).toBe(400)
    const said = await api('POST', `prospects/${made.body.doc.id}/transition`, {
      token: sales,
      body: { transition: 'disqualify', comment: 'Nu are buget' },
    })
    expect(said.status).toBe(200)
    expect(said.body.doc.statusCategory).toBe('cancelled')
  })
})
