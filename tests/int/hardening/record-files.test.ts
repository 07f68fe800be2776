import { beforeAll, describe, expect, it } from 'vitest'

import { freshCui, uniqueMark } from '../../helpers/crm'
import { DOCX, DOCX_TYPE, PDF, rawGet, upload } from '../../helpers/files'
import { api, login } from '../../helpers/http'
import { testPayload } from '../../helpers/payload'

/**
 * Files that belong to a record (ticket files, offer files) are read and written exactly as their
 * record, take Office documents, refuse empty files and are served so a browser never runs them.
 */
describe('files of a record', () => {
  let agent: string
  let sales: string
  let sales2: string
  let salesManager: string

  beforeAll(async () => {
    ;[agent, sales, sales2, salesManager] = await Promise.all(
      ['support-agent', 'sales', 'sales2', 'sales-manager'].map((who) => login(`${who}@organizecrm.test`)),
    )
  })

  it('refuses an empty ticket file with a message a person understands', async () => {
    const empty = await upload('ticket-files', agent, 'gol.pdf', 'application/pdf', new Uint8Array(0))
    expect(empty.status).toBe(400)
    expect(empty.body.errors[0].message).toMatch(/"gol\.pdf" is empty/)
  })

  it("does not let anyone file a ticket file under a ticket by naming it (support-agent2 on another team's ticket)", async () => {
    const payload = await testPayload()
    const agent2 = await login('support-agent2@organizecrm.test')
    const type = (await payload.find({ collection: 'ticket-types', limit: 1, depth: 0 })).docs[0]
    const ticket = await api('POST', 'tickets?depth=0', {
      token: agent,
      body: { title: uniqueMark('Tichet cu fișiere'), type: type.id },
    })
    expect(ticket.status, JSON.stringify(ticket.body)).toBe(201)
    expect((await api('GET', `tickets/${ticket.body.doc.id}`, { token: agent2 })).status).toBe(404)
    const planted = await upload('ticket-files', agent2, 'plantat.pdf', 'application/pdf', PDF, {
      ticket: ticket.body.doc.id,
    })
    expect(planted.status, JSON.stringify(planted.body)).toBe(201)
    const file = await payload.findByID({ collection: 'ticket-files', id: planted.body.doc.id, depth: 0 })
    expect(file.ticket ?? null).toBeNull()
  })

  it('serves files with nosniff, and anything but images and PDF as a download', async () => {
    const page = await upload(
      'ticket-files',
      agent,
      'nota.txt',
      'text/plain',
      new TextEncoder().encode('<html><script>alert(1)</script></html>'),
    )
    expect(page.status, JSON.stringify(page.body)).toBe(201)
    const served = await rawGet(`ticket-files/file/${page.body.doc.filename}`, agent)
    expect(served.status).toBe(200)
    expect(served.headers.get('x-content-type-options')).toBe('nosniff')
    expect(served.headers.get('content-disposition')).toMatch(/^attachment/)

    const pdf = await upload('ticket-files', agent, 'raport.pdf', 'application/pdf', PDF)
    const inline = await rawGet(`ticket-files/file/${pdf.body.doc.filename}`, agent)
    expect(inline.status).toBe(200)
    expect(inline.headers.get('x-content-type-options')).toBe('nosniff')
    expect(inline.headers.get('content-disposition') ?? '').not.toMatch(/attachment/)

    // Web pages and SVG never get in, whatever type the browser declares.
    expect(
      (await upload('ticket-files', agent, 'pagina.html', 'text/plain', new TextEncoder().encode('<html></html>')))
        .status,
    ).toBe(400)
    expect(
      (
        await upload(
          'ticket-files',
          agent,
          'desen.svg',
          'text/plain',
          new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'),
        )
      ).status,
    ).toBe(400)
  })

  it("keeps offer files with their offer: Office documents accepted, read by the offer's readers only", async () => {
    const payload = await testPayload()
    const client = await api('POST', 'clients', {
      token: sales,
      body: { name: uniqueMark('Fișiere SRL'), fiscalCode: freshCui() },
    })
    expect(client.status, JSON.stringify(client.body)).toBe(201)
    const annex = await upload('offer-files', sales, 'anexa.docx', DOCX_TYPE, DOCX)
    expect(annex.status, JSON.stringify(annex.body)).toBe(201)
    const offer = await api('POST', 'offers', {
      token: sales,
      body: { title: uniqueMark('Ofertă cu anexă'), client: client.body.doc.id, files: [annex.body.doc.id] },
    })
    expect(offer.status, JSON.stringify(offer.body)).toBe(201)

    const file = await payload.findByID({ collection: 'offer-files' as never, id: annex.body.doc.id, depth: 0 })
    expect((file as { offer?: unknown }).offer).toBe(offer.body.doc.id)
    // The sales manager reads the team's offers, so their files too; a salesperson of another team does not.
    expect((await api('GET', `offer-files/${annex.body.doc.id}`, { token: salesManager })).status).toBe(200)
    const served = await rawGet(`offer-files/file/${annex.body.doc.filename}`, salesManager)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-disposition')).toMatch(/^attachment/)
    expect((await api('GET', `offers/${offer.body.doc.id}`, { token: sales2 })).status).toBe(404)
    expect((await api('GET', `offer-files/${annex.body.doc.id}`, { token: sales2 })).status).toBe(404)
    expect((await rawGet(`offer-files/file/${annex.body.doc.filename}`, sales2)).status).toBe(403)
    const listed = await api('GET', `offer-files?where[id][equals]=${annex.body.doc.id}`, { token: sales2 })
    expect(listed.body.docs).toEqual([])
    // Nor may they change or delete it; the offer's owner may.
    expect([403, 404]).toContain(
      (await api('PATCH', `offer-files/${annex.body.doc.id}`, { token: sales2, body: { description: 'altă anexă' } }))
        .status,
    )
    expect([403, 404]).toContain((await api('DELETE', `offer-files/${annex.body.doc.id}`, { token: sales2 })).status)
    expect(
      (await api('PATCH', `offer-files/${annex.body.doc.id}`, { token: sales, body: { description: 'anexa 1' } }))
        .status,
    ).toBe(200)

    // A file joins an offer only through a save of that offer: naming the offer on the file does nothing.
    const planted = await upload('offer-files', sales2, 'plantat.pdf', 'application/pdf', PDF, {
      offer: offer.body.doc.id,
    })
    expect(planted.status, JSON.stringify(planted.body)).toBe(201)
    expect(
      (
        (await payload.findByID({ collection: 'offer-files' as never, id: planted.body.doc.id, depth: 0 })) as {
          offer?: unknown
        }
      ).offer ?? null,
    ).toBeNull()
    const moved = await api('PATCH', `offer-files/${planted.body.doc.id}`, {
      token: sales2,
      body: { offer: offer.body.doc.id },
    })
    expect(moved.status).toBe(200)
    expect(
      (
        (await payload.findByID({ collection: 'offer-files' as never, id: planted.body.doc.id, depth: 0 })) as {
          offer?: unknown
        }
      ).offer ?? null,
    ).toBeNull()

    // Offers no longer point to media, which every role reads and which refuses Office documents.
    expect((await upload('media', sales, 'anexa.docx', DOCX_TYPE, DOCX)).status).toBe(400)
  })
})
