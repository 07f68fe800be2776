import { REST_GET } from '@payloadcms/next/routes'
import { createLocalReq, type Payload, type TypedUser } from 'payload'
import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { extractText, getDocumentProxy } from 'unpdf'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import ContractPreviewPage from '@/app/(app)/contracts/[id]/preview/page'
import {
  appliedAmendmentsQuery,
  concernedTicketsQuery,
  contractActivitiesQuery,
  flowLabels,
  flowsQuery,
} from '@/collections/contracts/contracts/components/queries'
import { loadContractReport } from '@/collections/contracts/contracts/report/model'
import { contractPdf } from '@/collections/contracts/contracts/report/pdf'
import type { ContractReport } from '@/collections/contracts/contracts/report/types'
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
const VIEWER = 'viewer@organizecrm.test'

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

/** Line wrapping in the PDF may put a break anywhere a space (or a hyphen) was: compare without spaces. */
const compact = (value: string) => value.replace(/\s+/g, '')
const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1

// ro-RO money, as the offer report writes it: dot for thousands, comma for decimals, a no-break space before the code.
const ron = (amount: string) => `${amount}\u00a0RON`

describe('the printable contract (R18)', () => {
  const token = {} as Record<'sales' | 'sales2' | 'manager' | 'viewer', string>
  let payload: Payload
  let sales: TypedUser
  let sales2: TypedUser
  let clientName: string
  let companyName: string
  let contract: { id: number; number: string; client: number }
  let otherContract: { id: number }
  let payment: { id: number }
  let milestone: { id: number }

  const reportFor = async (user: TypedUser | undefined, id: unknown) =>
    loadContractReport(await createLocalReq(user ? { user } : {}, payload), id)
  const statusOf = (promise: Promise<unknown>) =>
    promise.then(
      () => 200,
      (error: { status?: number }) => error.status,
    )

  beforeAll(async () => {
    payload = await testPayload()
    token.sales = await login(SALES)
    token.sales2 = await login(SALES2)
    token.manager = await login(MANAGER)
    token.viewer = await login(VIEWER)
    sales = await userByEmail(payload, SALES)
    sales2 = await userByEmail(payload, SALES2)
    companyName = (await payload.findGlobal({ slug: 'settings', depth: 0 })).company.name
    const item = async (list: string, value: string) =>
      (
        await payload.find({
          collection: 'nomenclators',
          where: { list: { equals: list }, value: { equals: value } },
          limit: 1,
        })
      ).docs[0].id

    clientName = uniqueMark('Construcții Ștefan cel Mare SRL')
    const client = await api('POST', 'clients', {
      token: token.sales,
      body: {
        name: clientName,
        fiscalCode: freshCui(),
        tradeRegisterNumber: 'J08/456/2010',
        address: { street: 'Str. Mureșenilor nr. 7', city: 'Brașov', county: 'Brașov', postalCode: '500030' },
      },
    })
    expect(client.status, JSON.stringify(client.body)).toBe(201)
    const contact = async (name: string, jobTitle: string) => {
      const made = await api('POST', 'contacts', {
        token: token.sales,
        body: { name, jobTitle, client: client.body.doc.id, email: `${uniqueMark('c')}@example.ro` },
      })
      expect(made.status, JSON.stringify(made.body)).toBe(201)
      return made.body.doc.id as number
    }
    const stefan = await contact('Ștefan Țurcanu', 'Administrator')
    const ileana = await contact('Ileana Bârsan', 'Șef de șantier')

    const unit = { hour: await item('units', 'hour'), pcs: await item('units', 'pcs') }
    const vat = await item('vat-rates', 'standard')
    const role = {
      signatory: await item('contract-roles', 'signatory'),
      technical: await item('contract-roles', 'technical'),
    }
    const made = await api('POST', 'contracts?depth=0', {
      token: token.sales,
      body: {
        title: 'Mentenanță și suport pentru șantierul din Brașov',
        contractType: await item('contract-types', 'services'),
        client: client.body.doc.id,
        signatories: [stefan],
        startDate: '2026-03-01T12:00:00.000Z',
        durationMonths: 12,
        autoRenew: true,
        noticeDays: 30,
        paymentTerms: 'Plata în 30 de zile de la facturare',
        description: richText(paragraph(text('Furnizorul asigură '), text('mentenanța', 1), text(' sistemului.'))),
        lines: [
          {
            description: 'Instruire utilizatori',
            quantity: 12.5,
            unit: unit.hour,
            unitPrice: 99.99,
            discountPercent: 10,
            vatRate: vat,
          },
          { description: 'Licență anuală', quantity: 2, unit: unit.pcs, unitPrice: 1500, vatRate: vat },
        ],
        ourPeople: [{ user: sales.id, role: role.signatory }],
        clientPeople: [
          { contact: stefan, role: role.signatory },
          { contact: ileana, role: role.technical },
        ],
      },
    })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    contract = made.body.doc

    const activity = async (body: Record<string, unknown>) => {
      const answer = await api('POST', 'contract-activities?depth=0', {
        token: token.sales,
        body: { contract: contract.id, responsible: sales.id, ...body },
      })
      expect(answer.status, JSON.stringify(answer.body)).toBe(201)
      return answer.body.doc
    }
    // Written out of order: the schedule follows the due dates.
    milestone = await activity({
      title: 'Recepția lucrărilor',
      type: await item('activity-types', 'milestone'),
      dueDate: '2026-06-30T12:00:00.000Z',
    })
    payment = await activity({
      title: 'Prima tranșă de plată',
      type: await item('activity-types', 'payment'),
      dueDate: '2026-04-15T12:00:00.000Z',
      amount: 2495.56,
    })

    const other = await api('POST', 'contracts?depth=0', {
      token: token.sales,
      body: { title: 'Alt contract', client: client.body.doc.id },
    })
    expect(other.status, JSON.stringify(other.body)).toBe(201)
    otherContract = other.body.doc
  })

  describe('the model shared by the page and the PDF', () => {
    let report: ContractReport

    beforeAll(async () => {
      report = await reportFor(sales, String(contract.id))
    })

    it('names the contract, both parties and the terms, with Romanian dates in Bucharest time', () => {
      expect(report.number).toMatch(/^CT-\d{4}-\d{4}$/)
      expect(report).toMatchObject({
        id: contract.id,
        language: 'ro',
        number: contract.number,
        title: 'Mentenanță și suport pentru șantierul din Brașov',
        type: 'Prestări servicii',
        currency: 'RON',
        startDate: '01.03.2026',
        // Twelve months from 1 March end on the last day of February.
        endDate: '28.02.2027',
        renewalDecisionDate: '29.01.2027',
        durationMonths: 12,
        noticeDays: 30,
        autoRenew: true,
        paymentTerms: 'Plata în 30 de zile de la facturare',
      })
      expect(report.company.name).toBe(companyName)
      expect(report.client).toEqual({
        name: clientName,
        fiscalCode: expect.stringMatching(/^\d+$/),
        tradeRegisterNumber: 'J08/456/2010',
        addressLines: ['Str. Mureșenilor nr. 7', '500030, Brașov, Brașov', 'România'],
      })
      expect(report.description).toEqual([
        {
          kind: 'paragraph',
          runs: [{ text: 'Furnizorul asigură ' }, { text: 'mentenanța', bold: true }, { text: ' sistemului.' }],
        },
      ])
    })

    it('formats the lines and totals exactly as the offer report does: the currency in the totals only', () => {
      expect(report.lines.map((line) => [line.description, line.unit, line.unitPrice, line.net, line.gross])).toEqual([
        ['Instruire utilizatori', 'oră', '99,99', '1.124,89', '1.361,12'],
        ['Licență anuală', 'buc', '1.500,00', '3.000,00', '3.630,00'],
      ])
      expect(report.totals).toEqual({
        subtotal: ron('4.249,88'),
        discount: ron('-124,99'),
        net: ron('4.124,89'),
        vatByRate: [{ rate: '21\u00a0%', base: '4.124,89', vat: ron('866,23') }],
        vat: ron('866,23'),
        gross: ron('4.991,12'),
      })
    })

    it('marks a draft contract with its state\u2019s label from the workflow', () => {
      expect(report.mark).toEqual({ state: 'draft', label: 'Ciornă', category: 'open' })
    })

    it('lists the people of both sides with their roles, the schedule and who signs', () => {
      expect(report.ourPeople).toEqual([
        { name: 'Ioana Ionescu', role: 'Semnatar', jobTitle: '', email: SALES, phone: expect.any(String) },
      ])
      expect(report.clientPeople.map((person) => [person.name, person.role, person.jobTitle])).toEqual([
        ['Ștefan Țurcanu', 'Semnatar', 'Administrator'],
        ['Ileana Bârsan', 'Responsabil tehnic', 'Șef de șantier'],
      ])
      expect(report.activities).toEqual([
        {
          no: 1,
          title: 'Prima tranșă de plată',
          type: 'Tranșă de plată',
          dueDate: '15.04.2026',
          responsible: 'Ioana Ionescu',
          amount: ron('2.495,56'),
        },
        {
          no: 2,
          title: 'Recepția lucrărilor',
          type: 'Jalon',
          dueDate: '30.06.2026',
          responsible: 'Ioana Ionescu',
          amount: '',
        },
      ])
      expect(report.scheduledTotal).toBe(ron('2.495,56'))
      expect(report.signatures).toEqual({
        company: { party: companyName, signatories: ['Ioana Ionescu'] },
        // Named as signatory and listed with that role: signs once.
        client: { party: clientName, signatories: ['Ștefan Țurcanu'] },
      })
    })

    it('speaks the reader\u2019s language, down to the lookup labels', async () => {
      const english = await reportFor({ ...sales, language: 'en' } as TypedUser, contract.id)
      expect(english.language).toBe('en')
      expect(english.type).toBe('Services')
      expect(english.clientPeople.map((person) => person.role)).toEqual(['Signatory', 'Technical lead'])
      expect(english.activities.map((activity) => activity.type)).toEqual(['Payment instalment', 'Milestone'])
    })

    it('answers 401 to a guest, 404 to whoever may not read it or for an id that cannot exist, 400 for a non-number', async () => {
      expect(await statusOf(reportFor(undefined, contract.id))).toBe(401)
      expect(await statusOf(reportFor(sales2, contract.id))).toBe(404)
      for (const id of ['99999999999', '2147483647', '0']) expect(await statusOf(reportFor(sales, id))).toBe(404)
      for (const id of ['abc', '-1', '1.5', '', '1e3']) expect(await statusOf(reportFor(sales, id))).toBe(400)
    })
  })

  describe('GET /api/contracts/:id/pdf', () => {
    it('serves the contract as a PDF whose text reads back with its diacritics, totals and signature blocks', async () => {
      const response = await getPdf(`contracts/${contract.id}/pdf`, token.sales)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('application/pdf')
      expect(response.headers.get('content-disposition')).toBe(`inline; filename="${contract.number}.pdf"`)
      expect(response.headers.get('cache-control')).toBe('private, no-store')
      const bytes = new Uint8Array(await response.arrayBuffer())
      expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-')

      const pdfText = await textOf(bytes)
      const content = compact(pdfText)
      for (const expected of [
        contract.number,
        clientName,
        'Mentenanță și suport pentru șantierul din Brașov',
        'Prestări servicii',
        '01.03.2026',
        '28.02.2027',
        '12 luni',
        '30 de zile',
        'Plata în 30 de zile de la facturare',
        'Instruire utilizatori',
        ron('4.124,89'),
        ron('866,23'),
        ron('4.991,12'),
        'Total de plată',
        'Ileana Bârsan',
        'Responsabil tehnic',
        'Prima tranșă de plată',
        '15.04.2026',
        ron('2.495,56'),
      ]) {
        expect(content).toContain(compact(expected))
      }
      // Each Romanian letter came out as itself: a glyph missing from the font reads back as U+0000.
      expect(pdfText).toContain('Construcții Ștefan cel Mare SRL')
      expect(pdfText).toContain('Ștefan Țurcanu')
      for (const letter of ['ă', 'â', 'î', 'ș', 'ț', 'Ș', 'Ț']) expect(pdfText).toContain(letter)
      expect(pdfText).not.toContain('\u0000')

      // Both signature blocks, after the rest: each party with who signs for it and where.
      const signatures = content.slice(content.lastIndexOf(compact('Semnături')))
      for (const expected of [companyName, 'Ioana Ionescu', clientName, 'Ștefan Țurcanu'])
        expect(signatures).toContain(compact(expected))
      expect(occurrences(signatures, 'Numeșiprenume:')).toBe(2)
      expect(occurrences(signatures, 'Semnătura:')).toBe(2)

      // The totals in a quotation's order, one VAT line per rate; the currency once for the lines.
      const totals = [
        `Total înainte de discount${ron('4.249,88')}`,
        `Discount acordat${ron('-124,99')}`,
        `Total fără TVA${ron('4.124,89')}`,
        `TVA 21\u00a0% (bază 4.124,89)${ron('866,23')}`,
        `Total de plată${ron('4.991,12')}`,
      ].map((label) => content.indexOf(compact(label)))
      for (const position of totals) expect(position).toBeGreaterThan(-1)
      expect([...totals].sort((a, b) => a - b)).toEqual(totals)
      const linesPart = content.slice(content.indexOf(compact('Produse și servicii')), totals[0])
      expect(linesPart).toContain(compact('Valori în RON'))
      expect(occurrences(linesPart, 'RON')).toBe(1)
      // A draft: marked across every page.
      expect(pdfText).toContain('CIORNĂ')
    })

    it('is readable by the sales manager of the owner\u2019s team and by the viewer', async () => {
      expect((await getPdf(`contracts/${contract.id}/pdf`, token.manager)).status).toBe(200)
      expect((await getPdf(`contracts/${contract.id}/pdf`, token.viewer)).status).toBe(200)
    })

    it('answers 401 without a session, 404 when the contract is not readable, 400 for an id that is not a number', async () => {
      const guest = await getPdf(`contracts/${contract.id}/pdf`)
      expect(guest.status).toBe(401)
      expect((await guest.json()).errors[0].message).toBe('Sign in to see this contract.')
      const stranger = await getPdf(`contracts/${contract.id}/pdf`, token.sales2)
      expect(stranger.status).toBe(404)
      expect((await stranger.json()).errors[0].message).toBe(
        'This contract does not exist or you are not allowed to see it.',
      )
      const malformed = await getPdf('contracts/abc/pdf', token.sales)
      expect(malformed.status).toBe(400)
      expect((await malformed.json()).errors[0].message).toBe('A contract is named by its id, a whole number.')
      expect((await getPdf('contracts/99999999999/pdf', token.sales)).status).toBe(404)
    })

    it('prints its own texts in English for an English reader', async () => {
      const report = await reportFor({ ...sales, language: 'en' } as TypedUser, contract.id)
      const content = compact(await textOf(await contractPdf(report)))
      for (const expected of ['Signatures', 'Total due', 'Start date', '12 months', 'Automatic renewal', 'Page 1 of'])
        expect(content).toContain(compact(expected))
    })

    it('never leaves the totals alone at the top of a page, whatever the number of lines', async () => {
      const base = await reportFor(sales, contract.id)
      const totalsPages: number[] = []
      for (let count = 1; count <= 30; count++) {
        const lines = Array.from({ length: count }, (_, index) => ({
          ...base.lines[1],
          no: index + 1,
          description: `Serviciul nr. ${index + 1}`,
        }))
        const pages = (await pagesOf(await contractPdf({ ...base, lines }))).map(compact)
        const page = pages.findIndex((text) => text.includes(compact('Total de plată')))
        expect(page, `${count} lines`).toBeGreaterThan(-1)
        expect(pages[page], `${count} lines: the totals' page holds a line`).toMatch(/Serviciulnr\.\d+/)
        totalsPages.push(page)
      }
      expect(new Set(totalsPages).size).toBeGreaterThan(1)
    }, 240_000)
  })

  describe('the printable page /contracts/<id>/preview', () => {
    const render = async (id: string, as: string | null) => {
      session.token = as
      try {
        return renderToStaticMarkup((await ContractPreviewPage({ params: Promise.resolve({ id }) })) as ReactElement)
      } finally {
        session.token = null
      }
    }

    it('shows the owner the contract, its totals and both signature blocks', async () => {
      const html = await render(String(contract.id), token.sales)
      expect(html).toContain(`<span id="contract-number">${contract.number}</span>`)
      expect(html).toContain(clientName)
      expect(html).toContain('Ștefan Țurcanu')
      expect(html).toContain(`<td id="contract-total-gross">${ron('4.991,12')}</td>`)
      expect(html).toContain('Prima tranșă de plată')
      expect(html).toContain(`href="/api/contracts/${contract.id}/pdf"`)
      const signatures = html.slice(html.indexOf('id="contract-signatures"'))
      expect(occurrences(signatures, 'class="contract-signature"')).toBe(2)
      expect(signatures).toContain(companyName)
      expect(signatures).toContain(clientName)
      expect(html).toMatch(/id="contract-status-mark"[^>]*>CIORNĂ – proiect de contract</)
      expect(html).toContain(`TVA 21\u00a0% (bază 4.124,89)`)
      expect(html).toContain('Valori în RON')
      const firstLine = html.indexOf('class="contract-line"')
      expect(firstLine).toBeGreaterThan(-1)
      expect(html.slice(firstLine, html.indexOf('</tbody>', firstLine))).not.toContain('RON')
    })

    it('is a 404 for a reader who may not see it and for a bad id, and sends a guest to sign in', async () => {
      await expect(render(String(contract.id), token.sales2)).rejects.toMatchObject({
        digest: expect.stringContaining('404'),
      })
      await expect(render('abc', token.sales)).rejects.toMatchObject({ digest: expect.stringContaining('404') })
      await expect(render(String(contract.id), null)).rejects.toMatchObject({
        digest: expect.stringContaining(`redirect=${encodeURIComponent(`/contracts/${contract.id}/preview`)}`),
      })
    })
  })

  describe('the Tickets tab\u2019s query', () => {
    let about: { contract: number; activity: number; hidden: number }

    beforeAll(async () => {
      const type = (await payload.find({ collection: 'ticket-types', limit: 1, depth: 0 })).docs[0].id
      const ticket = async (who: string, title: string, concerns: { relationTo: string; value: number }) => {
        // With the contract's client, as real tickets have: the demo's checks read every ticket of its types.
        const made = await api('POST', 'tickets?depth=0', {
          token: who,
          body: { title, type, concerns, client: contract.client },
        })
        expect(made.status, JSON.stringify(made.body)).toBe(201)
        return made.body.doc.id as number
      }
      about = {
        contract: await ticket(token.sales, 'Factură greșită', { relationTo: 'contracts', value: contract.id }),
        activity: await ticket(token.sales, 'Plata întârziată', {
          relationTo: 'contract-activities',
          value: payment.id,
        }),
        // Reported by someone else: the owner does not read it.
        hidden: await ticket(token.manager, 'Sesizare internă', { relationTo: 'contracts', value: contract.id }),
      }
      // About another contract of the same client: never listed here.
      await ticket(token.sales, 'Alt subiect', { relationTo: 'contracts', value: otherContract.id })
    })

    const listed = async (who: string, activityIds = [payment.id]) => {
      const answer = await api('GET', `tickets${concernedTicketsQuery(contract.id, activityIds)}`, { token: who })
      expect(answer.status, JSON.stringify(answer.body)).toBe(200)
      return (answer.body.docs as { id: number }[]).map((ticket) => ticket.id).sort((a, b) => a - b)
    }

    it('finds the tickets about the contract or its activities that the reader may read, and no others', async () => {
      const ids = (...list: number[]) => list.sort((a, b) => a - b)
      expect(await listed(token.sales)).toEqual(ids(about.contract, about.activity))
      expect(await listed(token.viewer)).toEqual(ids(about.contract, about.activity, about.hidden))
      expect(await listed(token.sales, [])).toEqual(ids(about.contract))
      expect(await listed(token.sales2)).toEqual([])
    })
  })

  describe('the sources of the Tickets and History tabs', () => {
    it('lists the contract\u2019s activities for the tickets query', async () => {
      const answer = await api('GET', `contract-activities${contractActivitiesQuery(contract.id)}`, {
        token: token.sales,
      })
      expect(answer.status, JSON.stringify(answer.body)).toBe(200)
      expect(answer.body.docs.map((doc: { id: number }) => doc.id).sort((a: number, b: number) => a - b)).toEqual(
        [payment.id, milestone.id].sort((a, b) => a - b),
      )
    })

    it('reads the steps, their labels in the reader\u2019s language and the amendments applied', async () => {
      const history = await api('GET', `contracts/${contract.id}/history`, { token: token.sales })
      expect(history.status, JSON.stringify(history.body)).toBe(200)
      expect(history.body.events).toEqual([
        expect.objectContaining({
          transition: 'create',
          from: null,
          to: 'draft',
          user: expect.objectContaining({ name: 'Ioana Ionescu' }),
        }),
      ])
      const flows = await api('GET', `workflows${flowsQuery('contracts', 'ro')}`, { token: token.sales })
      expect(flows.status, JSON.stringify(flows.body)).toBe(200)
      const labels = flowLabels(flows.body.docs)
      expect([labels.states.get('draft'), labels.states.get('in-review'), labels.steps.get('submit')]).toEqual([
        'Ciornă',
        'În verificare juridică',
        'Trimite la verificare juridică',
      ])
      // A draft has had no amendment: the query is accepted and finds none.
      const amendments = await api('GET', `contract-amendments${appliedAmendmentsQuery(contract.id)}`, {
        token: token.sales,
      })
      expect(amendments.status, JSON.stringify(amendments.body)).toBe(200)
      expect(amendments.body.docs).toEqual([])
    })
  })
})
