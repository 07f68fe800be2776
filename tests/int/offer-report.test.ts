import { rm } from 'node:fs/promises'
import path from 'node:path'

import { REST_GET } from '@payloadcms/next/routes'
import { createLocalReq, type Payload, type TypedUser } from 'payload'
import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import OfferPreviewPage from '@/app/(app)/offers/[id]/preview/page'
import { loadOfferReport } from '@/collections/sales/offers/report/model'
import { offerPdf } from '@/collections/sales/offers/report/pdf'
import type { OfferReport } from '@/collections/sales/offers/report/types'
import config from '../helpers/config'
import { freshCui, uniqueMark } from '../helpers/crm'
import { api, login } from '../helpers/http'
import { testPayload, userByEmail } from '../helpers/payload'

// The preview page reads the session from the request's headers: the test says which session.
const session = vi.hoisted(() => ({ token: null as string | null }))
vi.mock('next/headers', () => ({
  headers: async () => new Headers(session.token ? { authorization: `JWT ${session.token}` } : {}),
}))

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

async function pagesOf(pdf: ArrayBuffer | Uint8Array): Promise<string[]> {
  const { text: pages } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false })
  return pages
}

/** Whether the PDF draws a raster image (pdfkit writes each image as an XObject of this subtype). */
const hasImage = (pdf: Uint8Array) => Buffer.from(pdf).includes('/Subtype /Image')

// A 1×1 PNG and a 1×1 GIF: media accepts both, the PDF draws only PNG and JPEG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
)
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')

/** A line's amounts in bani, worked out here the way a Romanian invoice does, independently of the app. */
function lineCents(quantity: number, unitPrice: number, discountPercent: number, vatPercent: number) {
  const base = Math.round(quantity * unitPrice * 100)
  const discount = Math.round((base * discountPercent) / 100)
  const net = base - discount
  return { base, discount, net, vat: Math.round((net * vatPercent) / 100) }
}
const plain = (cents: number) =>
  new Intl.NumberFormat('ro-RO', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(cents / 100)

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
  const renderPreview = async (id: string, as: string | null) => {
    session.token = as
    try {
      return renderToStaticMarkup((await OfferPreviewPage({ params: Promise.resolve({ id }) })) as ReactElement)
    } finally {
      session.token = null
    }
  }
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

    it('formats the lines the Romanian way without the currency, which the totals carry', () => {
      expect(report.lines).toEqual([
        {
          no: 1,
          description: 'Instruire utilizatori',
          quantity: '12,5',
          unit: 'oră',
          unitPrice: '99,99',
          discountPercent: '10\u00a0%',
          net: '1.124,89',
          vatPercent: '21\u00a0%',
          vat: '236,23',
          gross: '1.361,12',
        },
        {
          no: 2,
          description: 'Licență anuală',
          quantity: '2',
          unit: 'buc',
          unitPrice: '1.500,00',
          discountPercent: '0\u00a0%',
          net: '3.000,00',
          vatPercent: '21\u00a0%',
          vat: '630,00',
          gross: '3.630,00',
        },
      ])
      // 12,5 × 99,99 = 1.249,875 → 1.249,88; with 3.000,00 the lines were worth 4.249,88 before the discount.
      expect(report.totals).toEqual({
        subtotal: ron('4.249,88'),
        discount: ron('-124,99'),
        net: ron('4.124,89'),
        vatByRate: [{ rate: '21\u00a0%', base: '4.124,89', vat: ron('866,23') }],
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

  describe('the quotation\u2019s totals: VAT per rate, discount, currency once', () => {
    let mixed: { id: number; number: string }
    let plainOffer: { id: number }
    // 4 × 250,00 at 21 %; 3 × 33,33 less 10 % at 11 %; 1,5 × 400,00 less 5 % at 21 %.
    const lines = [
      { description: 'Licență anuală CRM', quantity: 4, unitPrice: 250, discountPercent: 0, rate: 'standard', vat: 21 },
      { description: 'Manual tipărit', quantity: 3, unitPrice: 33.33, discountPercent: 10, rate: 'reduced', vat: 11 },
      {
        description: 'Instruire la sediu',
        quantity: 1.5,
        unitPrice: 400,
        discountPercent: 5,
        rate: 'standard',
        vat: 21,
      },
    ]
    const cents = lines.map((line) => ({
      ...lineCents(line.quantity, line.unitPrice, line.discountPercent, line.vat),
      rate: line.vat,
    }))
    const sum = (rows: typeof cents, key: 'base' | 'discount' | 'net' | 'vat') =>
      rows.reduce((total, row) => total + row[key], 0)
    const ofRate = (rate: number) => cents.filter((row) => row.rate === rate)

    beforeAll(async () => {
      const payload = await testPayload()
      const vatRate = async (value: string) =>
        (
          await payload.find({
            collection: 'nomenclators',
            where: { list: { equals: 'vat-rates' }, value: { equals: value } },
            limit: 1,
          })
        ).docs[0].id
      const made = await api('POST', 'offers?depth=0', {
        token: token.sales,
        body: {
          title: 'Echipare birou Vaslui',
          client: (await payload.findByID({ collection: 'offers', id: offer.id, depth: 0 })).client,
          lines: await Promise.all(
            lines.map(async (line) => ({
              description: line.description,
              quantity: line.quantity,
              unitPrice: line.unitPrice,
              discountPercent: line.discountPercent,
              vatRate: await vatRate(line.rate),
            })),
          ),
        },
      })
      expect(made.status, JSON.stringify(made.body)).toBe(201)
      mixed = made.body.doc
      const undiscounted = await api('POST', 'offers?depth=0', {
        token: token.sales,
        body: {
          title: 'Fără discount',
          client: (await payload.findByID({ collection: 'offers', id: offer.id, depth: 0 })).client,
          lines: [{ description: 'Consultanță', quantity: 2, unitPrice: 500, vatRate: await vatRate('standard') }],
        },
      })
      expect(undiscounted.status, JSON.stringify(undiscounted.body)).toBe(201)
      plainOffer = undiscounted.body.doc
    })

    it('sums each rate\u2019s base and VAT from the lines, and the rates add up to the stored totals', async () => {
      const payload = await testPayload()
      const stored = await payload.findByID({ collection: 'offers', id: mixed.id, depth: 0 })
      const storedLines = stored.lines ?? []
      // The stored totals are the sums of the stored lines, and both are what this test works out.
      expect(Math.round((stored.totals?.vat ?? 0) * 100)).toBe(
        storedLines.reduce((total, line) => total + Math.round((line.vat ?? 0) * 100), 0),
      )
      expect(storedLines.map((line) => Math.round((line.vat ?? 0) * 100))).toEqual(cents.map((row) => row.vat))
      expect(Math.round((stored.totals?.vat ?? 0) * 100)).toBe(sum(cents, 'vat'))
      expect(Math.round((stored.totals?.net ?? 0) * 100)).toBe(sum(cents, 'net'))
      expect(Math.round((stored.totals?.discount ?? 0) * 100)).toBe(sum(cents, 'discount'))

      const report = await reportFor(sales, mixed.id)
      expect(report.totals).toEqual({
        subtotal: ron(plain(sum(cents, 'base'))),
        discount: ron(`-${plain(sum(cents, 'discount'))}`),
        net: ron(plain(sum(cents, 'net'))),
        vatByRate: [
          { rate: '21\u00a0%', base: plain(sum(ofRate(21), 'net')), vat: ron(plain(sum(ofRate(21), 'vat'))) },
          { rate: '11\u00a0%', base: plain(sum(ofRate(11), 'net')), vat: ron(plain(sum(ofRate(11), 'vat'))) },
        ],
        vat: ron(plain(sum(cents, 'vat'))),
        gross: ron(plain(sum(cents, 'net') + sum(cents, 'vat'))),
      })
      // 1.570,00 at 21 % and 89,99 at 11 %: 329,70 + 9,90 = 339,60, the stored VAT.
      expect(report.totals.vatByRate.map((row) => [row.base, row.vat])).toEqual([
        ['1.570,00', ron('329,70')],
        ['89,99', ron('9,90')],
      ])
    })

    it('prints the totals in a quotation\u2019s order: before discount, discount, net, VAT per rate, amount due', async () => {
      const order = async (language: 'ro' | 'en', labels: string[]) => {
        const report = await reportFor({ ...sales, language } as TypedUser, mixed.id)
        const content = compact(await textOf(await offerPdf(report)))
        const at = labels.map((label) => content.indexOf(compact(label)))
        for (const [index, position] of at.entries()) expect(position, labels[index]).toBeGreaterThan(-1)
        expect([...at].sort((a, b) => a - b)).toEqual(at)
        return content
      }
      const ro = await order('ro', [
        `Total înainte de discount${ron('1.699,99')}`,
        `Discount acordat${ron('-40,00')}`,
        `Total fără TVA${ron('1.659,99')}`,
        `TVA 21\u00a0% (bază 1.570,00)${ron('329,70')}`,
        `TVA 11\u00a0% (bază 89,99)${ron('9,90')}`,
        `Total de plată${ron('1.999,59')}`,
      ])
      // One VAT line per rate: no line for all the VAT together.
      expect(ro).not.toContain(compact(`TVA${ron('339,60')}`))
      await order('en', [
        `Subtotal${ron('1.699,99')}`,
        `Discount${ron('-40,00')}`,
        `Total excluding VAT${ron('1.659,99')}`,
        `VAT 21\u00a0% (on 1.570,00)${ron('329,70')}`,
        `VAT 11\u00a0% (on 89,99)${ron('9,90')}`,
        `Total due${ron('1.999,59')}`,
      ])
    })

    it('leaves the discount rows out when nothing was discounted', async () => {
      const report = await reportFor(sales, plainOffer.id)
      expect(report.totals).toMatchObject({ discount: null, net: ron('1.000,00'), gross: ron('1.210,00') })
      const content = compact(await textOf(await offerPdf(report)))
      expect(content).toContain(
        compact(`Total fără TVA${ron('1.000,00')}TVA 21\u00a0% (bază 1.000,00)${ron('210,00')}`),
      )
      expect(content).not.toContain(compact('Discount acordat'))
      expect(content).not.toContain(compact('Total înainte de discount'))
    })

    it('writes the currency once above the lines, never in a line\u2019s cells', async () => {
      const report = await reportFor(sales, mixed.id)
      for (const line of report.lines) expect(Object.values(line).join(' ')).not.toContain('RON')
      const content = compact(await textOf(await offerPdf(report)))
      const linesPart = content.slice(
        content.indexOf(compact('Produse și servicii')),
        content.indexOf(compact('Total înainte de discount')),
      )
      expect(linesPart).toContain(compact('Valori în RON'))
      expect(linesPart).toContain(compact('Instruire la sediu'))
      expect(linesPart.split('RON').length - 1).toBe(1)
      expect(linesPart).toContain(compact('570,00'))
    })

    it('shows the same totals, the currency caption and the acceptance block on the printable page', async () => {
      const html = await renderPreview(String(mixed.id), token.sales)
      const at = [
        'Total înainte de discount',
        ron('-40,00'),
        'Total fără TVA',
        'TVA 21\u00a0% (bază 1.570,00)',
        ron('329,70'),
        'TVA 11\u00a0% (bază 89,99)',
        ron('9,90'),
      ].map((text) => html.indexOf(text))
      for (const position of at) expect(position).toBeGreaterThan(-1)
      expect([...at].sort((a, b) => a - b)).toEqual(at)
      expect(html).toContain(`<td id="offer-total-gross">${ron('1.999,59')}</td>`)
      expect(html).toContain('Valori în RON')
      const rows = html.slice(html.indexOf('<tbody>'), html.indexOf('</tbody>'))
      expect(rows).toContain('Instruire la sediu')
      expect(rows).not.toContain('RON')
      const acceptance = html.slice(html.indexOf('id="offer-acceptance"'))
      for (const expected of ['Acceptat de client', 'Întocmită de', 'Nume:', 'Funcția:', 'Semnătura:', 'Data:'])
        expect(acceptance).toContain(expected)
    })
  })

  describe('the state printed on the offer', () => {
    let approved: { id: number }
    let cancelled: { id: number }

    const step = async (id: number, who: 'sales' | 'manager', transition: string, comment?: string) => {
      const answer = await api('POST', `offers/${id}/transition`, { token: token[who], body: { transition, comment } })
      expect(answer.status, `${transition}: ${JSON.stringify(answer.body)}`).toBe(200)
    }
    const newOffer = async () => {
      const payload = await testPayload()
      const made = await api('POST', 'offers?depth=0', {
        token: token.sales,
        body: {
          title: uniqueMark('Stare'),
          client: (await payload.findByID({ collection: 'offers', id: offer.id, depth: 0 })).client,
          lines: [{ description: 'Consultanță', quantity: 1, unitPrice: 300 }],
        },
      })
      expect(made.status, JSON.stringify(made.body)).toBe(201)
      return made.body.doc as { id: number }
    }
    const pdfText = async (user: TypedUser, id: number) => textOf(await offerPdf(await reportFor(user, id)))

    beforeAll(async () => {
      approved = await newOffer()
      await step(approved.id, 'sales', 'submit')
      await step(approved.id, 'manager', 'approve')
      cancelled = await newOffer()
      await step(cancelled.id, 'sales', 'cancel', 'Clientul a renunțat la achiziție.')
    })

    it('marks a draft with its state\u2019s label, in the reader\u2019s language', async () => {
      expect((await reportFor(sales, offer.id)).mark).toEqual({ state: 'draft', label: 'Ciornă', category: 'open' })
      expect(await pdfText(sales, offer.id)).toContain('CIORNĂ')
      const english = { ...sales, language: 'en' } as TypedUser
      expect((await reportFor(english, offer.id)).mark).toEqual({ state: 'draft', label: 'Draft', category: 'open' })
      expect(await pdfText(english, offer.id)).toContain('DRAFT')
    })

    it('prints an approved offer clean', async () => {
      expect((await reportFor(sales, approved.id)).mark).toBeNull()
      const text = await pdfText(sales, approved.id)
      expect(text).not.toMatch(/CIORNĂ|ANULATĂ|EXPIRATĂ|RESPINSĂ/)
    })

    it('marks a cancelled offer, with the name its workflow gives the state now', async () => {
      expect((await reportFor(sales, cancelled.id)).mark).toEqual({
        state: 'cancelled',
        label: 'Anulată',
        category: 'cancelled',
      })
      expect(await pdfText(sales, cancelled.id)).toContain('ANULATĂ')

      // An administrator renames the state: the report prints the new name.
      const payload = await testPayload()
      const flow = (
        await payload.find({
          collection: 'workflows',
          where: { key: { equals: 'offer' } },
          limit: 1,
          depth: 0,
          locale: 'ro',
        })
      ).docs[0]
      const rename = (label: string) =>
        payload.update({
          collection: 'workflows',
          id: flow.id,
          locale: 'ro',
          data: {
            states: (flow.states ?? []).map((state) => (state.key === 'cancelled' ? { ...state, label } : state)),
          },
        })
      await rename('Retrasă de furnizor')
      try {
        expect((await reportFor(sales, cancelled.id)).mark?.label).toBe('Retrasă de furnizor')
        expect(await pdfText(sales, cancelled.id)).toContain('RETRASĂ DE FURNIZOR')
      } finally {
        await rename('Anulată')
      }
    })

    it('shows the mark on the printable page, and none on an approved offer', async () => {
      const draftPage = await renderPreview(String(offer.id), token.sales)
      expect(draftPage).toMatch(/id="offer-status-mark"[^>]*>CIORNĂ – nu este o ofertă fermă</)
      expect(await renderPreview(String(cancelled.id), token.sales)).toMatch(/id="offer-status-mark"[^>]*>ANULATĂ</)
      expect(await renderPreview(String(approved.id), token.sales)).not.toContain('offer-status-mark')
    })
  })

  describe('the company logo', () => {
    let payload: Payload
    let admin: TypedUser
    let company: Record<string, unknown>
    const made: number[] = []

    const media = async (name: string, type: string, data: Buffer) => {
      const doc = (await payload.create({
        collection: 'media',
        data: { alt: name },
        file: { data, mimetype: type, name: `${uniqueMark(name)}.${type.split('/')[1]}`, size: data.length },
      })) as unknown as { id: number; filename: string; url: string }
      made.push(doc.id)
      return doc
    }
    const useLogo = (logo: number | null) =>
      payload.updateGlobal({ slug: 'settings', data: { company: { ...company, logo } } as never })

    beforeAll(async () => {
      payload = await testPayload()
      admin = await userByEmail(payload, 'admin@organizecrm.test')
      company = (await payload.findGlobal({ slug: 'settings', depth: 0 })).company as Record<string, unknown>
    })

    afterAll(async () => {
      await useLogo((company.logo as number | null) ?? null)
      for (const id of made) await payload.delete({ collection: 'media', id, user: admin })
    })

    it('draws the logo set in the settings, on the PDF and on the page', async () => {
      await useLogo(null)
      const without = await reportFor(sales, offer.id)
      expect(without.logo).toBeNull()
      expect(hasImage(await offerPdf(without))).toBe(false)

      const logo = await media('sigla', 'image/png', PNG)
      await useLogo(logo.id)
      const report = await reportFor(sales, offer.id)
      expect(report.logo).toEqual({ url: logo.url, dataUrl: `data:image/png;base64,${PNG.toString('base64')}` })
      expect(hasImage(await offerPdf(report))).toBe(true)
      expect(await renderPreview(String(offer.id), token.sales)).toContain(`src="${logo.url}"`)
    })

    it('leaves out silently a logo it cannot draw: another image type, or a file gone from the disk', async () => {
      const gif = await media('sigla-gif', 'image/gif', GIF)
      await useLogo(gif.id)
      const report = await reportFor(sales, offer.id)
      expect(report.logo).toBeNull()
      expect(hasImage(await offerPdf(report))).toBe(false)

      const gone = await media('sigla-disparuta', 'image/png', PNG)
      const staticDir = (payload.collections.media.config.upload as { staticDir: string }).staticDir
      await rm(path.join(staticDir, gone.filename))
      await useLogo(gone.id)
      const missing = await reportFor(sales, offer.id)
      expect(missing.logo).toBeNull()
      expect(hasImage(await offerPdf(missing))).toBe(false)
    })
  })

  describe('the acceptance and signature block', () => {
    it('ends the offer with the supplier and the client\u2019s acceptance, to fill in by hand, on one page', async () => {
      const report = await reportFor(sales, offer.id)
      const pages = (await pagesOf(await offerPdf(report))).map(compact)
      const content = pages.join('')
      const block = content.slice(content.lastIndexOf(compact('Acceptarea ofertei')))
      for (const expected of [
        report.company.name,
        `Întocmită de:${sales.name}`,
        'Acceptat de client',
        clientName,
        'Nume:',
        'Funcția:',
        'Semnătura:',
        'Data:',
      ])
        expect(block).toContain(compact(expected))
      const page = pages.find((text) => text.includes(compact('Acceptat de client')))
      for (const expected of ['Acceptarea ofertei', 'Întocmită de:', 'Semnătura:', 'Data:'])
        expect(page).toContain(compact(expected))

      const english = compact(
        await textOf(await offerPdf(await reportFor({ ...sales, language: 'en' } as TypedUser, offer.id))),
      )
      for (const expected of [
        'Acceptance of the offer',
        'Accepted by the client',
        'Name:',
        'Position:',
        'Signature:',
        'Date:',
      ])
        expect(english).toContain(compact(expected))
    })
  })

  describe('the lines never leave the totals alone on a page', () => {
    it('keeps at least the last line with the totals, whatever the number of lines', async () => {
      const base = await reportFor(sales, offer.id)
      const totalsPages: number[] = []
      for (let count = 1; count <= 30; count++) {
        const lines = Array.from({ length: count }, (_, index) => ({
          ...base.lines[1],
          no: index + 1,
          description: `Serviciul nr. ${index + 1}`,
        }))
        const pages = (await pagesOf(await offerPdf({ ...base, lines }))).map(compact)
        const page = pages.findIndex((text) => text.includes(compact('Total de plată')))
        expect(page, `${count} lines`).toBeGreaterThan(-1)
        expect(pages[page], `${count} lines: the totals' page holds a line`).toMatch(/Serviciulnr\.\d+/)
        totalsPages.push(page)
      }
      // The range crosses at least one page boundary: the totals moved to another page somewhere in it.
      expect(new Set(totalsPages).size).toBeGreaterThan(1)
    }, 240_000)
  })
})
