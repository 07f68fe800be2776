import { REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { beforeAll, describe, expect, it } from 'vitest'

import { freshCui, uniqueMark } from '../../helpers/crm'
import config from '../../helpers/config'
import { api, login } from '../../helpers/http'
import { testPayload } from '../../helpers/payload'

const rest = { POST: REST_POST(config), PATCH: REST_PATCH(config) }
const PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<< /Type /Catalog >>endobj\nxref\n0 1\n0000000000 65535 f \ntrailer<< /Root 1 0 R >>\nstartxref\n9\n%%EOF\n',
)

/** A ticket file sent as the admin panel sends it (multipart, `_payload` holding the fields). */
async function upload(token: string, fields: Record<string, unknown>, language = 'en') {
  const form = new FormData()
  form.append('file', new Blob([PDF], { type: 'application/pdf' }), `${uniqueMark('dovada')}.pdf`)
  form.append('_payload', JSON.stringify(fields))
  const request = new Request('http://localhost:3000/api/ticket-files', {
    method: 'POST',
    headers: { authorization: `JWT ${token}`, 'accept-language': language },
    body: form,
  })
  const response = await rest.POST(request, { params: Promise.resolve({ slug: ['ticket-files'] }) })
  return { status: response.status, body: await response.json() }
}

/**
 * Issue 10 §4: a child record (an offer's section, a ticket's action or file, a client's contact)
 * is created or moved only under a parent its author may work on, as the parent's own rules say;
 * a parent the caller cannot read answers 404 without naming it.
 */
describe('child records under their parent', () => {
  let sales: string
  let sales2: string
  let agent: string
  let agent2: string
  let supportManager: string
  let ticketType: number
  const ids = {} as Record<'sales' | 'sales2' | 'agent' | 'agent2', number>

  beforeAll(async () => {
    ;[sales, sales2, agent, agent2, supportManager] = await Promise.all(
      ['sales', 'sales2', 'support-agent', 'support-agent2', 'support-manager'].map((who) =>
        login(`${who}@organizecrm.test`),
      ),
    )
    for (const [key, token] of Object.entries({ sales, sales2, agent, agent2 })) {
      ids[key as keyof typeof ids] = (await api('GET', 'users/me', { token })).body.user.id
    }
    const payload = await testPayload()
    const team = (await payload.find({ collection: 'teams', where: { key: { equals: 'support' } }, depth: 0 })).docs[0]
      .id
    ticketType = (
      await api('POST', 'ticket-types', {
        token: supportManager,
        body: { name: uniqueMark('Reclamație'), defaultTeam: team },
      })
    ).body.doc.id
  })

  const count = async (
    collection: 'offer-sections' | 'ticket-actions' | 'ticket-files' | 'contacts',
    where: Record<string, unknown>,
  ) => (await (await testPayload()).count({ collection, where: where as never })).totalDocs

  /** 404, nothing written, and the message names neither the parent's number nor its title. */
  const expectHidden = (answer: { status: number; body: any }, ...secrets: string[]) => {
    expect(answer.status, JSON.stringify(answer.body).slice(0, 300)).toBe(404)
    const text = JSON.stringify(answer.body)
    for (const secret of secrets) expect(text).not.toContain(secret)
  }

  async function offerOfSales() {
    const client = (
      await api('POST', 'clients', { token: sales, body: { name: uniqueMark('Client'), fiscalCode: freshCui() } })
    ).body.doc.id
    const title = uniqueMark('Ofertă secretă')
    const offer = (await api('POST', 'offers?depth=0', { token: sales, body: { title, client } })).body.doc
    expect((await api('GET', `offers/${offer.id}`, { token: sales2 })).status).toBe(404)
    return offer as { id: number; number: string; title: string }
  }

  it('refuses a section on an offer the caller cannot read, and keeps the owner able to submit', async () => {
    const offer = await offerOfSales()
    const forged = await api('POST', 'offer-sections', {
      token: sales2,
      body: { offer: offer.id, title: 'Text străin', responsible: ids.sales2 },
    })
    expectHidden(forged, offer.number, offer.title)
    expect(await count('offer-sections', { offer: { equals: offer.id } })).toBe(0)
    expect(
      (await api('POST', `offers/${offer.id}/transition`, { token: sales, body: { transition: 'submit' } })).status,
    ).toBe(200)
  })

  it('refuses moving a section of the caller under an offer the caller cannot read', async () => {
    const offer = await offerOfSales()
    const client = (
      await api('POST', 'clients', { token: sales2, body: { name: uniqueMark('Client vest'), fiscalCode: freshCui() } })
    ).body.doc.id
    const own = (
      await api('POST', 'offers?depth=0', { token: sales2, body: { title: uniqueMark('Oferta mea'), client } })
    ).body.doc
    const section = await api('POST', 'offer-sections', {
      token: sales2,
      body: { offer: own.id, title: 'A mea', responsible: ids.sales2 },
    })
    expect(section.status, JSON.stringify(section.body).slice(0, 300)).toBe(201)
    const moved = await api('PATCH', `offer-sections/${section.body.doc.id}`, {
      token: sales2,
      body: { offer: offer.id },
    })
    expectHidden(moved, offer.number, offer.title)
    expect(await count('offer-sections', { offer: { equals: offer.id } })).toBe(0)
    // Saving the section with its own offer (as the admin form does) still works.
    const saved = await api('PATCH', `offer-sections/${section.body.doc.id}`, {
      token: sales2,
      body: { offer: own.id, title: 'A mea, revăzută' },
    })
    expect(saved.status, JSON.stringify(saved.body).slice(0, 300)).toBe(200)
  })

  it('answers in Romanian too', async () => {
    const offer = await offerOfSales()
    const request = new Request('http://localhost:3000/api/offer-sections', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'ro', authorization: `JWT ${sales2}` },
      body: JSON.stringify({ offer: offer.id, title: 'Text străin', responsible: ids.sales2 }),
    })
    const response = await rest.POST(request, { params: Promise.resolve({ slug: ['offer-sections'] }) })
    expect(response.status).toBe(404)
    const body = await response.json()
    expect(JSON.stringify(body)).toMatch(/nu a fost găsit/)
  })

  async function ticketOfSupport() {
    const made = await api('POST', 'tickets?depth=0', {
      token: agent,
      body: { title: uniqueMark('Tichet suport'), type: ticketType },
    })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    expect((await api('GET', `tickets/${made.body.doc.id}`, { token: agent2 })).status).toBe(404)
    return made.body.doc as { id: number; number: string; title: string }
  }

  it('refuses an action on a ticket of another team', async () => {
    const ticket = await ticketOfSupport()
    const forged = await api('POST', 'ticket-actions', {
      token: agent2,
      body: { ticket: ticket.id, title: 'Intervenție străină', responsible: ids.agent2 },
    })
    expectHidden(forged, ticket.number, ticket.title)
    expect(await count('ticket-actions', { ticket: { equals: ticket.id } })).toBe(0)
    // A colleague of the ticket's team still adds actions (read access to the ticket is enough).
    const own = await api('POST', 'ticket-actions', {
      token: agent,
      body: { ticket: ticket.id, title: 'Analiză', responsible: ids.agent },
    })
    expect(own.status, JSON.stringify(own.body).slice(0, 300)).toBe(201)
  })

  it('never files an upload under a ticket of another team, on upload or by moving it', async () => {
    // A file joins a ticket only through a save of the ticket (or its action) listing it: the
    // ticket field sent with the file itself is dropped, whoever sends it.
    const ticket = await ticketOfSupport()
    const forged = await upload(agent2, { ticket: ticket.id, description: 'străin' })
    expect(JSON.stringify(forged.body)).not.toContain(ticket.title)
    expect(await count('ticket-files', { ticket: { equals: ticket.id } })).toBe(0)
    const mine = await upload(agent2, { description: 'al meu' })
    expect(mine.status, JSON.stringify(mine.body)).toBe(201)
    const moved = await api('PATCH', `ticket-files/${mine.body.doc.id}`, { token: agent2, body: { ticket: ticket.id } })
    expect(JSON.stringify(moved.body)).not.toContain(ticket.title)
    expect(await count('ticket-files', { ticket: { equals: ticket.id } })).toBe(0)
  })

  it('refuses a contact under a client the caller cannot read', async () => {
    const name = uniqueMark('Client privat')
    const client = (await api('POST', 'clients', { token: sales, body: { name, fiscalCode: freshCui() } })).body.doc.id
    const forged = await api('POST', 'contacts', { token: sales2, body: { name: 'Ion Străinu', client } })
    expectHidden(forged, name)
    expect(await count('contacts', { client: { equals: client } })).toBe(0)
    expect((await api('POST', 'contacts', { token: sales, body: { name: 'Ion Propriu', client } })).status).toBe(201)
  })

  it('answers 403 for a client the caller reads but may not change', async () => {
    const payload = await testPayload()
    const mark = uniqueMark('cititor')
    const role = await payload.create({
      collection: 'roles',
      data: {
        key: mark,
        name: 'Cititor clienți',
        permissions: [
          { collection: 'clients', read: 'all', update: 'none', delete: 'none', create: false },
          { collection: 'contacts', read: 'own', update: 'own', delete: 'none', create: true },
        ],
      } as never,
    })
    const password = `${uniqueMark('Parola')}!Lunga-2026`
    await payload.create({
      collection: 'users',
      data: { email: `${mark}@organizecrm.test`, name: 'Cititor', password, roles: [role.id], active: true } as never,
    })
    const reader = await login(`${mark}@organizecrm.test`, password)
    const client = (
      await api('POST', 'clients', {
        token: sales,
        body: { name: uniqueMark('Client vizibil'), fiscalCode: freshCui() },
      })
    ).body.doc.id
    expect((await api('GET', `clients/${client}`, { token: reader })).status).toBe(200)
    const refused = await api('POST', 'contacts', { token: reader, body: { name: 'Ion Cititor', client } })
    expect(refused.status, JSON.stringify(refused.body).slice(0, 300)).toBe(403)
    expect(refused.body.errors[0].message).toMatch(/may not change this client/)
    expect(await count('contacts', { client: { equals: client } })).toBe(0)
  })

  it('answers 400, not 500, for a parent id that is not an id', async () => {
    const answer = await api('POST', 'contacts', { token: sales2, body: { name: 'Ion', client: 'abc' } })
    expect(answer.status).toBeGreaterThanOrEqual(400)
    expect(answer.status).toBeLessThan(500)
  })
})
