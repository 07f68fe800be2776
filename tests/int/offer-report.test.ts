import { REST_GET } from '@payloadcms/next/routes'
import { createLocalReq, type TypedUser } from 'payload'
import { extractText, getDocumentProxy } from 'unpdf'
import { beforeAll, describe, expect, it } from 'vitest'

import { loadOfferReport } from '@/collections/sales/offers/report/model'
import { offerPdf } from '@/collections/sales/offers/report/pdf'
import type { OfferReport } from '@/collections/sales/offers/report/types'
import config from '../helpers/config'
import { freshCui, uniqueMark } from '../helpers/crm'
import { api, login } from '../helpers/http'
import { testPayload, userByEmail } from '../helpers/payload'

const SALES = 'sales@organizecrm.test'
const SALES2 = 'sales2@organizecrm.test'
const MANAGER = 'sales-manager@organizecrm.test'

// Lexical editor state, as the admin's editor saves it.
const text = (value: string, format = 0) => ({
  type: 'text',
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const node = { direction: 'ltr', format: '', indent: 0, version: 1 }
const paragraph = (...children: object[]) => ({ ...node, type: 'paragraph', textFormat: 0, children })
const heading = (value: string) => ({ ...node, type: 'heading', tag: 'h3', children: [text(value)] })
const list = (listType: 'bullet' | 'number', items: string[]) => ({
  ...node,
  type: 'list',
  listType,
  start: 1,
  tag: listType === 'number' ? 'ol' : 'ul',
  children: items.map((item, index) => ({ ...node, type: 'listitem', value: index + 1, children: [text(item)] })),
})
const richText = (...children: object[]) => ({ root: { ...node, type: 'root', children } })

const restGet = REST_GET(config)

/** The PDF route answered in-process, as `next start` serves it (api() would parse the body as JSON). */
const getPdf = (path: string, token?: string) =>
  restGet(
    new Request(`http://localhost:3000/api/${path}`, {
      headers: { 'accept-language': 'en', ...(token ? { authorization: `JWT ${token}` } : {}) },
    }),
    { params: Promise.resolve({ slug: path.split('/') }) },
  )

async function textOf(pdf: ArrayBuffer | Uint8Array): Promise<string> {
  const { text: pages } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })
  return pages
}

/** Line wrapping in the PDF may put a break anywhere a space (or a hyphen) was: compare without spaces. */
const compact = (value: string) => value.replace(/\s+/g, '')

// ro-RO money: dot for thousands, comma for decimals, a no-break space before the code.
const ron = (amount: string) => `${amount}\u00a0RON`

describe('offer report (R17)', () => {
  const token = {} as Record<'sales' | 'sales2' | 'manager', string>
  let sales: TypedUser
  let sales2: TypedUser
  let clientName: string
  let offer: { id: number; number: string }

  const reportFor = async (user: TypedUser | undefined, id: unknown) =>
    loadOfferReport(await createLocalReq(user ? { user } : {}, await testPayload()), id)
  const statusOf = (promise: Promise<unknown>) =>
    promise.then(
      () => 200,
      (error: { status?: number }) => error.status,
    )

  beforeAll(async () => {
    token.sales = await login(SALES)
    token.sales2 = await login(SALES2)
    token.manager = await login(MANAGER)
    const payload = await testPayload()
    sales = await userByEmail(payload, SALES)
    sales2 = await userByEmail(payload, SALES2)
    const item = async (list: string, value: string) =>
      (
        await payload.find({
          collection: 'nomenclators',
          where: { list: { equals: list }, value: { equals: value } },
          limit: 1,
        })
      ).docs[0].id

    clientName = uniqueMark('Țesătoria Bârlad Științific SRL')
    const client = await api('POST', 'clients', {
      token: token.sales,
      body: {
        name: clientName,
        fiscalCode: freshCui(),
        tradeRegisterNumber: 'J37/123/2001',
        address: {
          street: 'Str. Republicii nr. 5',
          city: 'Bârlad',
          county: 'Vaslui',
          postalCode: '731000',
          country: 'România',
        },
      },
    })
    expect(client.status).toBe(201)
    const contact = await api('POST', 'contacts', {
      token: token.sales,
      body: {
        name: 'Ioana Țîrcă',
        client: client.body.doc.id,
        jobTitle: 'Director achiziții',
        email: 'ioana.tirca@example.ro',
        phone: '+40 744 000 111',
      },
    })
    expect(contact.status).toBe(201)

    const made = await api('POST', 'offers?depth=0', {
      token: token.sales,
      body: {
        title: 'Implementare CRM pentru fabrica din Bârlad',
        subject: 'Livrarea, instalarea și instruirea pentru gestiunea relației cu clienții',
        client: client.body.doc.id,
        contact: contact.body.doc.id,
        // 00:30 in Bucharest on 16 March: the report shows the Romanian day, not the UTC one.
        issueDate: '2026-03-15T22:30:00.000Z',
        intro: richText(
          paragraph(text('Vă mulțumim pentru '), text('interesul', 1), text(' arătat față de soluția noastră.')),
        ),
        requirements: richText(list('bullet', ['Evidența clienților și a oportunităților', 'Rapoarte lunare în lei'])),
        terms: richText(list('number', ['Plata în 30 de zile de la facturare.', 'Prețurile sunt exprimate în lei.'])),
        lines: [
          {
            description: 'Instruire utilizatori',
            quantity: 12.5,
            unit: await item('units', 'hour'),
            unitPrice: 99.99,
            discountPercent: 10,
            vatRate: await item('vat-rates', 'standard'),
          },
          {
            description: 'Licență anuală',
            quantity: 2,
            unit: await item('units', 'pcs'),
            unitPrice: 1500,
            vatRate: await item('vat-rates', 'standard'),
          },
        ],
      },
    })
    expect(made.status).toBe(201)
    offer = made.body.doc
    // Written out of order: the report follows `order`.
    for (const [order, title, content] of [
      [2, 'Planificare și livrare', richText(paragraph(text('Livrare în șase săptămâni de la semnare.')))],
      [1, 'Soluția propusă', richText(heading('Arhitectură'), paragraph(text('Aplicație web găzduită în România.')))],
    ] as const) {
      const section = await api('POST', 'offer-sections', {
        token: token.sales,
        body: { offer: offer.id, order, title, content, responsible: sales.id },
      })
      expect(section.status).toBe(201)
    }
  })

  describe('the model shared by the page and the PDF', () => {
    let report: OfferReport

    beforeAll(async () => {
      report = await reportFor(sales, String(offer.id))
    })

    it('identifies the offer, the client and the people, with Romanian dates in Bucharest time', () => {
      expect(report).toMatchObject({
        id: offer.id,
        language: 'ro',
        number: offer.number,
        currency: 'RON',
        title: 'Implementare CRM pentru fabrica din Bârlad',
      })
      expect(report.number).toMatch(/^OF-\d{4}-\d{4}$/)
      expect(report.client).toEqual({
        name: clientName,
        fiscalCode: expect.stringMatching(/^\d+$/),
        tradeRegisterNumber: 'J37/123/2001',
        addressLines: ['Str. Republicii nr. 5', '731000, Bârlad, Vaslui', 'România'],
      })
      expect(report.contact).toEqual({
        name: 'Ioana Țîrcă',
        jobTitle: 'Director achiziții',
        email: 'ioana.tirca@example.ro',
        phone: '+40 744 000 111',
      })
      expect(report.owner?.email).toBe(SALES)
      expect(report.company.name).not.toBe('')
      expect(report.issueDate).toBe('16.03.2026')
      // 30 days from the settings; in April Bucharest is three hours ahead.
      expect(report.validUntil).toBe('15.04.2026')
      expect(report.validityDays).toBe(30)
    })

    it('formats the lines and totals the Romanian way, in the offer currency', () => {
      expect(report.lines).toEqual([
        {
          no: 1,
          description: 'Instruire utilizatori',
          quantity: '12,5',
          unit: 'oră',
          unitPrice: ron('99,99'),
          discountPercent: '10\u00a0%',
          net: ron('1.124,89'),
          vatPercent: '21\u00a0%',
          vat: ron('236,23'),
          gross: ron('1.361,12'),
        },
        {
          no: 2,
          description: 'Licență anuală',
          quantity: '2',
          unit: 'buc',
          unitPrice: ron('1.500,00'),
          discountPercent: '0\u00a0%',
          net: ron('3.000,00'),
          vatPercent: '21\u00a0%',
          vat: ron('630,00'),
          gross: ron('3.630,00'),
        },
      ])
      expect(report.totals).toEqual({
        net: ron('4.124,89'),
        discount: ron('124,99'),
        vat: ron('866,23'),
        gross: ron('4.991,12'),
      })
    })

    it('keeps the structure of the rich texts and puts the sections in their order', () => {
      expect(report.intro).toEqual([
        {
          kind: 'paragraph',
          runs: [
            { text: 'Vă mulțumim pentru ' },
            { text: 'interesul', bold: true },
            { text: ' arătat față de soluția noastră.' },
          ],
        },
      ])
      expect(
        report.requirements.map((block) => block.kind === 'listItem' && [block.marker, block.runs[0].text]),
      ).toEqual([
        ['•', 'Evidența clienților și a oportunităților'],
        ['•', 'Rapoarte lunare în lei'],
      ])
      expect(report.terms.map((block) => block.kind === 'listItem' && block.marker)).toEqual(['1.', '2.'])
      expect(report.sections.map((section) => section.title)).toEqual(['Soluția propusă', 'Planificare și livrare'])
      expect(report.sections[0].content).toEqual([
        { kind: 'heading', level: 3, runs: [{ text: 'Arhitectură' }] },
        { kind: 'paragraph', runs: [{ text: 'Aplicație web găzduită în România.' }] },
      ])
    })

    it('speaks the reader\u2019s language, down to the units', async () => {
      const english = await reportFor({ ...sales, language: 'en' } as TypedUser, offer.id)
      expect(english.language).toBe('en')
      expect(english.lines.map((line) => line.unit)).toEqual(['hour', 'pcs'])
    })

    it('answers 401 to a guest and 404 to whoever may not read the offer, or for an id that cannot exist', async () => {
      expect(await statusOf(reportFor(undefined, offer.id))).toBe(401)
      expect(await statusOf(reportFor(sales2, offer.id))).toBe(404)
      for (const id of ['abc', '-1', '1.5', '', '99999999999', '2147483647'])
        expect(await statusOf(reportFor(sales, id))).toBe(404)
    })
  })

  describe('GET /api/offers/:id/pdf', () => {
    it('serves the offer as a PDF whose text reads back with its diacritics', async () => {
      const response = await getPdf(`offers/${offer.id}/pdf`, token.sales)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('application/pdf')
      expect(response.headers.get('content-disposition')).toBe(`inline; filename="${offer.number}.pdf"`)
      const bytes = new Uint8Array(await response.arrayBuffer())
      expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-')

      const pdfText = await textOf(bytes)
      const content = compact(pdfText)
      for (const expected of [
        clientName,
        offer.number,
        ron('4.991,12'),
        'Ioana Țîrcă',
        'Soluția propusă',
        'Planificare și livrare',
        'Total de plată',
        '16.03.2026',
      ]) {
        expect(content).toContain(compact(expected))
      }
      // Each Romanian letter came out as itself: a glyph missing from the font reads back as U+0000.
      for (const letter of ['ă', 'â', 'î', 'ș', 'ț', 'Ț', 'Ș']) expect(pdfText).toContain(letter)
      expect(pdfText).not.toContain('\u0000')
      expect(pdfText).toMatch(/Științific/)
    })

    it('is readable by the sales manager of the owner\u2019s team', async () => {
      expect((await getPdf(`offers/${offer.id}/pdf`, token.manager)).status).toBe(200)
    })

    it('answers 401 without a session and 404 when the offer is not readable or cannot exist', async () => {
      const guest = await getPdf(`offers/${offer.id}/pdf`)
      expect(guest.status).toBe(401)
      expect((await guest.json()).errors[0].message).toBe('Sign in to see this offer.')
      const stranger = await getPdf(`offers/${offer.id}/pdf`, token.sales2)
      expect(stranger.status).toBe(404)
      expect((await stranger.json()).errors[0].message).toBe(
        'This offer does not exist or you are not allowed to see it.',
      )
      expect((await getPdf('offers/abc/pdf', token.sales)).status).toBe(404)
      expect((await getPdf('offers/99999999999/pdf', token.sales)).status).toBe(404)
    })

    it('prints its own texts in English for an English reader', async () => {
      const report = await reportFor({ ...sales, language: 'en' } as TypedUser, offer.id)
      const content = compact(await textOf(await offerPdf(report)))
      for (const expected of ['Total due', 'Unit price', 'Valid until: 15.04.2026', 'Page 1 of'])
        expect(content).toContain(compact(expected))
    })
  })
})
