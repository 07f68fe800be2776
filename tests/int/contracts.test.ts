import { beforeAll, describe, expect, it, onTestFinished } from 'vitest'

import { freshCui, uniqueMark } from '../helpers/crm'
import { PDF, upload } from '../helpers/files'
import { type Answer, api, login } from '../helpers/http'
import { testPayload, userByEmail } from '../helpers/payload'

type Who = 'admin' | 'sales' | 'sales2' | 'manager' | 'project' | 'viewer'
const EMAIL: Record<Who, string> = {
  admin: 'admin@organizecrm.test',
  sales: 'sales@organizecrm.test',
  sales2: 'sales2@organizecrm.test',
  manager: 'sales-manager@organizecrm.test',
  project: 'project-manager@organizecrm.test',
  viewer: 'viewer@organizecrm.test',
}

type Doc = Record<string, any>
const YEAR = new Date().getUTCFullYear()
const message = (answer: Answer) => String(answer.body?.errors?.[0]?.message ?? '')

/** Contracts over HTTP, as their users meet them: numbers, from offer, the signing flow, amendments, activities. */
describe('contracts', () => {
  const token = {} as Record<Who, string>
  const user = {} as Record<Who, { id: number; team?: unknown }>
  const ids = {} as Record<
    'client' | 'contact' | 'product' | 'vatStandard' | 'vatReduced' | 'hour' | 'signed' | 'annex' | 'payment',
    number
  >

  beforeAll(async () => {
    const payload = await testPayload()
    for (const who of Object.keys(EMAIL) as Who[]) {
      token[who] = await login(EMAIL[who])
      user[who] = (await userByEmail(payload, EMAIL[who])) as never
    }
    const item = async (list: string, value: string) =>
      (
        await payload.find({
          collection: 'nomenclators',
          where: { list: { equals: list }, value: { equals: value } },
          limit: 1,
          depth: 0,
        })
      ).docs[0].id
    ids.vatStandard = await item('vat-rates', 'standard')
    ids.vatReduced = await item('vat-rates', 'reduced')
    ids.hour = await item('units', 'hour')
    ids.signed = await item('document-types', 'signed')
    ids.annex = await item('document-types', 'annex')
    ids.payment = await item('activity-types', 'payment')
    const client = await api('POST', 'clients', {
      token: token.sales,
      body: { name: uniqueMark('Contractare SRL'), fiscalCode: freshCui() },
    })
    expect(client.status).toBe(201)
    ids.client = client.body.doc.id
    const contact = await api('POST', 'contacts', {
      token: token.sales,
      body: { name: 'Maria Semnătaru', client: ids.client },
    })
    expect(contact.status).toBe(201)
    ids.contact = contact.body.doc.id
    const product = await api('POST', 'products', {
      token: token.manager,
      body: { code: uniqueMark('CTR'), name: 'Mentenanță anuală', listPrice: 1000, vatRate: ids.vatStandard },
    })
    expect(product.status).toBe(201)
    ids.product = product.body.doc.id
  })

  const step = (collection: string, id: number, who: Who, transition: string, comment?: string) =>
    // In the caller's language, as the workflow panel asks (`locale` picks the labels' language).
    api('POST', `${collection}/${id}/transition?locale=en`, {
      token: token[who],
      body: { transition, ...(comment ? { comment } : {}) },
    })
  const fromOffer = (who: Who, offer: unknown) =>
    api('POST', 'contracts/from-offer', { token: token[who], body: { offer } })
  const read = async (collection: string, id: number) =>
    (await testPayload()).findByID({ collection: collection as 'contracts', id, depth: 0 }) as Promise<Doc>

  /** A draft contract of `who` for a year from 1 March, two lines worth 2 420 with VAT. */
  async function draftContract(who: Who, extra: Doc = {}) {
    const made = await api('POST', 'contracts?depth=0', {
      token: token[who],
      body: {
        title: uniqueMark('Contract'),
        client: ids.client,
        startDate: `${YEAR}-03-01T10:00:00.000Z`,
        endDate: `${YEAR + 1}-02-28T10:00:00.000Z`,
        lines: [{ product: ids.product, quantity: 2 }],
        ...extra,
      },
    })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    return made.body.doc as Doc
  }

  /** A signed-copy (or other kind of) document uploaded by `who` and filed under the contract through its field. */
  async function attach(who: Who, contract: Doc, kind: number, already: number[] = []) {
    const file = await upload('contract-documents', token[who], 'contract-semnat.pdf', 'application/pdf', PDF, {
      kind,
    })
    expect(file.status, JSON.stringify(file.body)).toBe(201)
    const filed = await api('PATCH', `contracts/${contract.id}?depth=0`, {
      token: token[who],
      body: { documents: [...already, file.body.doc.id] },
    })
    expect(filed.status, JSON.stringify(filed.body)).toBe(200)
    return file.body.doc.id as number
  }

  /** A contract of `owner` walked to "signed" by the right people. */
  async function signedContract(owner: Who, extra: Doc = {}) {
    const contract = await draftContract(owner, extra)
    const approver: Who = owner === 'manager' ? 'admin' : 'manager'
    for (const [who, transition] of [
      [owner, 'submit'],
      [approver, 'approve'],
      [owner, 'send'],
    ] as const) {
      const done = await step('contracts', contract.id, who, transition)
      expect(done.status, `${transition}: ${JSON.stringify(done.body)}`).toBe(200)
    }
    await attach(owner, contract, ids.signed)
    expect((await step('contracts', contract.id, owner, 'sign')).status).toBe(200)
    return read('contracts', contract.id)
  }

  /** An offer of the salesperson with the given lines, walked to "accepted" by the right people. */
  async function acceptedOffer(lines: Doc[]) {
    const made = await api('POST', 'offers?depth=0', {
      token: token.sales,
      body: { title: uniqueMark('Ofertă acceptată'), client: ids.client, contact: ids.contact, lines },
    })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    const offer = made.body.doc as Doc
    expect((await step('offers', offer.id, 'sales', 'submit')).status).toBe(200)
    expect((await step('offers', offer.id, 'manager', 'approve')).status).toBe(200)
    expect((await step('offers', offer.id, 'sales', 'send')).status).toBe(200)
    const dated = await api('PATCH', `offers/${offer.id}`, {
      token: token.sales,
      body: { decisionDate: `${YEAR}-02-15T10:00:00.000Z` },
    })
    expect(dated.status).toBe(200)
    expect((await step('offers', offer.id, 'sales', 'accept')).status).toBe(200)
    return read('offers', offer.id)
  }

  it('numbers 20 contracts made at once CT-<year>-NNNN, unique and without gaps, ignoring client numbers and totals', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        api('POST', 'contracts?depth=0', {
          token: token.sales,
          body: {
            title: `Paralel ${i}`,
            client: ids.client,
            number: 'CT-HACK-0001',
            lines: [{ product: ids.product, quantity: 1 }],
            totals: { net: 1, gross: 1 },
          },
        }),
      ),
    )
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201))
    const numbers = answers.map((a) => a.body.doc.number as string)
    expect(numbers.every((n) => new RegExp(`^CT-${YEAR}-\\d{4}$`).test(n))).toBe(true)
    expect(new Set(numbers).size).toBe(20)
    const sequence = numbers.map((n) => Number(n.slice(-4))).sort((a, b) => a - b)
    expect(sequence[19] - sequence[0]).toBe(19)
    expect(answers[0].body.doc.totals).toEqual({ net: 1000, discount: 0, vat: 210, gross: 1210 })
    expect(answers[0].body.doc).toMatchObject({ status: 'draft', owner: user.sales.id })
    // Over the whole year no number is taken twice. (Gaps there may be: other files delete contracts.)
    const payload = await testPayload()
    const year = await payload.find({
      collection: 'contracts',
      where: { number: { like: `CT-${YEAR}-` } },
      select: { number: true },
      pagination: false,
      depth: 0,
    })
    const all = year.docs.map((d) => Number(String(d.number).slice(-4))).sort((a, b) => a - b)
    expect(new Set(all).size).toBe(all.length)
    // A later edit keeps the number and the server's totals.
    const id = answers[0].body.doc.id
    const edited = await api('PATCH', `contracts/${id}?depth=0`, {
      token: token.sales,
      body: { number: 'CT-HACK', totals: { gross: 0 } },
    })
    expect(edited.body.doc).toMatchObject({ number: numbers[0], totals: { gross: 1210 } })
  })

  describe('from an accepted offer', () => {
    const lines = () => [
      { product: ids.product, quantity: 3, discountPercent: 10 },
      { description: 'Instruire', quantity: 4, unit: ids.hour, unitPrice: 150, vatRate: ids.vatReduced },
    ]

    it('copies client, contact, lines, currency, owner and team, links both ways, and refuses a second one', async () => {
      const offer = await acceptedOffer(lines())
      const made = await fromOffer('sales', offer.id)
      expect(made.status, JSON.stringify(made.body)).toBe(201)
      const contract = made.body.doc
      expect(contract.number).toMatch(new RegExp(`^CT-${YEAR}-\\d{4}$`))
      expect(made.body.message).toBe(`Contract ${contract.number} created from the offer.`)
      expect(contract).toMatchObject({
        title: offer.title,
        client: ids.client,
        signatories: [ids.contact],
        currency: offer.currency,
        owner: user.sales.id,
        team: offer.team,
        offer: offer.id,
        status: 'draft',
        totals: offer.totals,
      })
      expect(offer.currency).toBeTruthy()
      expect(contract.totals.gross).toBe(3267 + 666)
      const fields = ['product', 'description', 'quantity', 'unit', 'unitPrice', 'discountPercent', 'vatRate', 'gross']
      const pick = (line: Doc) => fields.map((field) => line[field] ?? null)
      expect(contract.lines.map(pick)).toEqual(offer.lines.map(pick))

      const linked = await api('GET', `offers/${offer.id}?depth=0`, { token: token.sales })
      expect(linked.body.contracts.docs).toEqual([contract.id])

      const again = await fromOffer('manager', offer.id)
      expect(again.status).toBe(409)
      expect(message(again)).toBe(`Contract ${contract.number} was already made from offer ${offer.number}.`)
      // Even once the first contract is cancelled: one contract per offer.
      expect((await step('contracts', contract.id, 'sales', 'cancel', 'Client changed their mind')).status).toBe(200)
      const cancelled = await fromOffer('sales', offer.id)
      expect(cancelled.status).toBe(409)
      expect(message(cancelled)).toContain(contract.number)
    })

    it('makes one contract when two people ask at once, owned by the offer\u2019s owner', async () => {
      const offer = await acceptedOffer(lines())
      const answers = await Promise.all([fromOffer('manager', offer.id), fromOffer('sales', offer.id)])
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409])
      const made = answers.find((a) => a.status === 201)!.body.doc
      expect(made.owner).toBe(user.sales.id)
      const count = await (
        await testPayload()
      ).count({ collection: 'contracts', where: { offer: { equals: offer.id } } })
      expect(count.totalDocs).toBe(1)
    })

    it('refuses an offer not accepted, one the caller cannot read, a caller who may not create contracts, and bad bodies', async () => {
      const draft = await api('POST', 'offers?depth=0', {
        token: token.sales,
        body: { title: uniqueMark('Ciornă'), client: ids.client, lines: lines() },
      })
      const notAccepted = await fromOffer('sales', draft.body.doc.id)
      expect(notAccepted.status).toBe(409)
      expect(message(notAccepted)).toBe(
        `Offer ${draft.body.doc.number} is not accepted: a contract is made only from an accepted offer.`,
      )
      const offer = await acceptedOffer(lines())
      const foreign = await fromOffer('sales2', offer.id)
      expect(foreign.status).toBe(404)
      expect(message(foreign)).toBe('Offer not found.')
      const viewer = await fromOffer('viewer', offer.id)
      expect(viewer.status).toBe(403)
      expect(message(viewer)).toBe('You may not create contracts.')
      expect((await fromOffer('sales', 2_000_000_000)).status).toBe(404)
      for (const body of [{}, { offer: 'abc' }, { offer: 0 }, { offer: true }, { offer: 1.5 }]) {
        const bad = await api('POST', 'contracts/from-offer', { token: token.sales, body })
        expect(bad.status, JSON.stringify(body)).toBe(400)
        expect(message(bad)).toBe('Send {"offer": <id>} naming an accepted offer.')
      }
      expect((await api('POST', 'contracts/from-offer', { body: { offer: offer.id } })).status).toBe(401)
      // Nothing was made by the refusals.
      const count = await (
        await testPayload()
      ).count({ collection: 'contracts', where: { offer: { equals: offer.id } } })
      expect(count.totalDocs).toBe(0)
    })
  })

  describe('the signing flow', () => {
    it('lets only the owner submit, a sales manager approve, and asks a comment to return', async () => {
      const contract = await draftContract('sales')
      expect(contract.totals.gross).toBe(2420)
      expect((await step('contracts', contract.id, 'manager', 'submit')).status).toBe(403)
      expect((await step('contracts', contract.id, 'viewer', 'submit')).status).toBe(403)
      expect((await step('contracts', contract.id, 'sales2', 'submit')).status).toBe(404)
      const undated = await draftContract('sales', { startDate: null, endDate: null })
      const missing = await step('contracts', undated.id, 'sales', 'submit')
      expect(missing.status).toBe(400)
      expect(message(missing)).toBe('Fill in first: startDate, endDate.')
      expect((await step('contracts', contract.id, 'sales', 'submit')).status).toBe(200)

      expect((await step('contracts', contract.id, 'sales', 'approve')).status).toBe(403)
      expect((await step('contracts', contract.id, 'project', 'approve')).status).toBe(403)
      const silent = await step('contracts', contract.id, 'manager', 'return')
      expect(silent.status).toBe(400)
      expect(message(silent)).toBe('A comment is required for this step.')
      expect((await step('contracts', contract.id, 'manager', 'return', 'Add the payment terms')).status).toBe(200)
      expect((await read('contracts', contract.id)).status).toBe('draft')
      expect((await step('contracts', contract.id, 'sales', 'submit')).status).toBe(200)
      const approved = await step('contracts', contract.id, 'manager', 'approve')
      expect(approved.status).toBe(200)
      expect(approved.body.doc).toMatchObject({ status: 'approved', statusCategory: 'active' })

      const events = await (
        await testPayload()
      ).find({
        collection: 'workflow-events',
        where: { collection: { equals: 'contracts' }, record: { equals: String(contract.id) } },
        sort: 'createdAt',
        pagination: false,
        depth: 0,
      })
      expect(events.docs.map((e) => [e.transition, e.from ?? null, e.to, e.user])).toEqual([
        ['create', null, 'draft', user.sales.id],
        ['submit', 'draft', 'in-review', user.sales.id],
        ['return', 'in-review', 'draft', user.manager.id],
        ['submit', 'draft', 'in-review', user.sales.id],
        ['approve', 'in-review', 'approved', user.manager.id],
      ])
      expect(events.docs[2].comment).toBe('Add the payment terms')
    })

    it('refuses self-approval, even to a sales manager who owns the contract', async () => {
      const contract = await draftContract('manager')
      expect(contract.owner).toBe(user.manager.id)
      expect((await step('contracts', contract.id, 'manager', 'submit')).status).toBe(200)
      const self = await step('contracts', contract.id, 'manager', 'approve')
      expect(self.status).toBe(400)
      expect(message(self)).toBe('You cannot approve a record you own: someone else must.')
      expect((await step('contracts', contract.id, 'admin', 'approve')).status).toBe(200)
    })

    it('numbers a replacing document after the one it replaces, and refuses one that does not exist', async () => {
      const contract = await draftContract('sales')
      const first = await attach('sales', contract, ids.annex)
      const second = await upload('contract-documents', token.sales, 'anexa-v2.pdf', 'application/pdf', PDF, {
        kind: ids.annex,
        supersedes: first,
      })
      expect(second.status, JSON.stringify(second.body)).toBe(201)
      expect(second.body.doc.version).toBe(2)
      const stray = await api('PATCH', `contract-documents/${second.body.doc.id}`, {
        token: token.sales,
        body: { supersedes: 2147480000 },
      })
      expect(stray.status).toBe(400)
      expect(message(stray)).toBe('The document it replaces was not found.')
      expect((await read('contract-documents', second.body.doc.id)).version).toBe(2)
      // The application's own save (no user) that keeps the link keeps the number.
      const payload = await testPayload()
      const kept = await payload.update({
        collection: 'contract-documents',
        id: second.body.doc.id,
        data: { supersedes: first, filesize: 1 },
        depth: 0,
      })
      expect(kept.version).toBe(2)
    })

    it('tells the owner, the colleagues among its people and the team\u2019s sales managers, not the one who acted', async () => {
      const payload = await testPayload()
      const contract = await draftContract('sales', { ourPeople: [{ user: user.project.id }] })
      expect((await step('contracts', contract.id, 'sales', 'submit')).status).toBe(200)
      expect((await step('contracts', contract.id, 'manager', 'approve')).status).toBe(200)
      const told = await payload.find({
        collection: 'notifications',
        where: { 'link.collection': { equals: 'contracts' }, 'link.documentId': { equals: String(contract.id) } },
        depth: 0,
        pagination: false,
        sort: 'id',
      })
      const byRecipient = (who: Who) => told.docs.filter((n) => n.recipient === user[who].id).length
      // Submitted: the colleague and the manager; approved: the owner and the colleague.
      expect([byRecipient('project'), byRecipient('manager'), byRecipient('sales')]).toEqual([2, 1, 1])
    })

    it('sends a contract above the settings\u2019 threshold to an administrator', async () => {
      const payload = await testPayload()
      const admin = await userByEmail(payload, EMAIL.admin)
      const before = (await payload.findGlobal({ slug: 'settings', depth: 0 })).commercial?.contractApproval ?? {}
      const setLimit = (maxGross: number | null) =>
        payload.updateGlobal({
          slug: 'settings',
          data: { commercial: { contractApproval: { maxGross } } } as never,
          user: admin,
          overrideAccess: false,
        })
      onTestFinished(async () => {
        await setLimit((before as { maxGross?: number | null }).maxGross ?? null)
      })
      const large = await draftContract('sales')
      const small = await draftContract('sales')
      for (const contract of [large, small]) {
        expect((await step('contracts', contract.id, 'sales', 'submit')).status).toBe(200)
      }
      await setLimit(2419.99)
      const over = await step('contracts', large.id, 'manager', 'approve')
      expect(over.status).toBe(400)
      expect(message(over)).toBe('The value (2420) is above 2419.99: an administrator must approve it.')
      expect((await step('contracts', large.id, 'admin', 'approve')).status).toBe(200)
      // At the threshold itself a sales manager still approves.
      await setLimit(2420)
      expect((await step('contracts', small.id, 'manager', 'approve')).status).toBe(200)
    })

    it('freezes the value from approval, wants the signed copy to sign, then freezes the contract', async () => {
      const payload = await testPayload()
      const contract = await draftContract('sales')
      expect((await step('contracts', contract.id, 'sales', 'submit')).status).toBe(200)
      expect((await step('contracts', contract.id, 'manager', 'approve')).status).toBe(200)
      const frozen = await api('PATCH', `contracts/${contract.id}?locale=en`, {
        token: token.sales,
        body: { lines: [{ product: ids.product, quantity: 20 }] },
      })
      expect(frozen.status).toBe(400)
      expect(message(frozen)).toBe('These fields cannot change while the record is "Approved": Lines, Totals.')
      const retitled = await api('PATCH', `contracts/${contract.id}?depth=0`, {
        token: token.sales,
        body: { title: 'Contract de mentenanță 2026' },
      })
      expect(retitled.status).toBe(200)
      expect(retitled.body.doc).toMatchObject({ title: 'Contract de mentenanță 2026', totals: { gross: 2420 } })

      expect((await step('contracts', contract.id, 'sales', 'sign')).status).toBe(409)
      expect((await step('contracts', contract.id, 'manager', 'send')).status).toBe(403)
      expect((await step('contracts', contract.id, 'sales', 'send')).status).toBe(200)
      const unsigned = await step('contracts', contract.id, 'sales', 'sign')
      expect(unsigned.status).toBe(400)
      expect(message(unsigned)).toBe('Upload the signed copy among the documents first.')
      // An annex is not the signed copy.
      const annex = await attach('sales', contract, ids.annex)
      expect((await step('contracts', contract.id, 'sales', 'sign')).status).toBe(400)
      const signedCopy = await attach('sales', contract, ids.signed, [annex])
      const file = await read('contract-documents', signedCopy)
      expect(file).toMatchObject({ contract: contract.id, kind: ids.signed, version: 1, createdBy: user.sales.id })
      expect((await api('GET', `contract-documents/${signedCopy}`, { token: token.manager })).status).toBe(200)
      expect((await api('GET', `contract-documents/${signedCopy}`, { token: token.sales2 })).status).toBe(404)
      expect((await step('contracts', contract.id, 'manager', 'sign')).status).toBe(403)
      const signed = await step('contracts', contract.id, 'sales', 'sign')
      expect(signed.status).toBe(200)
      expect(signed.body.doc.status).toBe('signed')
      expect(signed.body.doc.signedAt).toBeTruthy()

      const late = await api('PATCH', `contracts/${contract.id}?locale=en`, {
        token: token.sales,
        body: { endDate: `${YEAR + 2}-02-28T10:00:00.000Z` },
      })
      expect(late.status).toBe(400)
      expect(message(late)).toBe('These fields cannot change while the record is "Signed": End date.')
      expect((await read('contracts', contract.id)).endDate).toBe(`${YEAR + 1}-02-28T10:00:00.000Z`)

      const unknown = await step('contracts', contract.id, 'sales', 'sign-twice')
      expect(unknown.status).toBe(400)
      expect(message(unknown)).toBe('The workflow has no step "sign-twice".')
      const again = await step('contracts', contract.id, 'sales', 'submit')
      expect(again.status).toBe(409)
      expect(message(again)).toBe('"Send to legal review" is not available while the record is "Signed".')

      const events = await payload.find({
        collection: 'workflow-events',
        where: { collection: { equals: 'contracts' }, record: { equals: String(contract.id) } },
        sort: 'createdAt',
        pagination: false,
        depth: 0,
      })
      expect(events.docs.map((e) => e.transition)).toEqual(['create', 'submit', 'approve', 'send', 'sign'])
      const history = await api('GET', `contracts/${contract.id}/history`, { token: token.sales })
      expect(history.body.events.map((e: { to: string }) => e.to)).toEqual([
        'draft',
        'in-review',
        'approved',
        'sent-for-signature',
        'signed',
      ])
    })
  })

  describe('amendments', () => {
    const newLines = () => [
      { product: ids.product, quantity: 3 },
      { description: 'Suport extins', quantity: 1, unitPrice: 500, vatRate: ids.vatStandard },
    ]

    it('change a signed contract once a sales manager approves, keeping what it had', async () => {
      const contract = await signedContract('sales')
      const made = await api('POST', 'contract-amendments?depth=0', {
        token: token.sales,
        body: {
          contract: contract.id,
          title: 'Prelungire și extindere',
          newEndDate: `${YEAR + 2}-02-28T10:00:00.000Z`,
          changesLines: true,
          lines: newLines(),
          previous: { endDate: 'forged' },
        },
      })
      expect(made.status, JSON.stringify(made.body)).toBe(201)
      const amendment = made.body.doc
      expect(amendment).toMatchObject({
        number: `${contract.number}/A1`,
        status: 'draft',
        contractOwner: user.sales.id,
        team: contract.team,
        totals: { gross: 4235 },
      })
      expect(amendment.previous ?? null).toBeNull()
      expect((await step('contract-amendments', amendment.id, 'manager', 'submit')).status).toBe(403)
      expect((await step('contract-amendments', amendment.id, 'sales', 'submit')).status).toBe(200)
      expect((await step('contract-amendments', amendment.id, 'sales', 'approve')).status).toBe(403)
      const approved = await step('contract-amendments', amendment.id, 'manager', 'approve')
      expect(approved.status, JSON.stringify(approved.body)).toBe(200)

      const changed = await read('contracts', contract.id)
      expect(changed).toMatchObject({
        status: 'signed',
        endDate: `${YEAR + 2}-02-28T10:00:00.000Z`,
        totals: { net: 3500, discount: 0, vat: 735, gross: 4235 },
      })
      expect(changed.lines.map((l: Doc) => [l.description, l.quantity, l.gross])).toEqual([
        ['Mentenanță anuală', 3, 3630],
        ['Suport extins', 1, 605],
      ])
      // The decision date follows the new end (30 days of notice by default).
      expect(changed.renewalDecisionDate).toBe(`${YEAR + 2}-01-29T10:00:00.000Z`)
      const applied = await read('contract-amendments', amendment.id)
      expect(applied.status).toBe('approved')
      expect(applied.appliedAt).toBeTruthy()
      expect(applied.previous).toMatchObject({
        endDate: contract.endDate,
        totals: contract.totals,
      })
      expect(applied.previous.lines.map((l: Doc) => [l.quantity, l.gross])).toEqual([[2, 2420]])

      const versions = await api(
        'GET',
        `contracts/versions?where[parent][equals]=${contract.id}&depth=0&limit=100&sort=-updatedAt`,
        { token: token.sales },
      )
      expect(versions.status).toBe(200)
      const kept = versions.body.docs.map((v: { version: Doc }) => [v.version.endDate, v.version.totals?.gross])
      expect(kept[0]).toEqual([`${YEAR + 2}-02-28T10:00:00.000Z`, 4235])
      expect(kept).toContainEqual([contract.endDate, 2420])
    })

    it('refuses self-approval, an amendment of a draft, and strangers to the contract', async () => {
      const owned = await signedContract('manager')
      const mine = await api('POST', 'contract-amendments?depth=0', {
        token: token.manager,
        body: { contract: owned.id, title: 'Prelungire', newEndDate: `${YEAR + 3}-02-28T10:00:00.000Z` },
      })
      expect(mine.status).toBe(201)
      expect((await step('contract-amendments', mine.body.doc.id, 'manager', 'submit')).status).toBe(200)
      const self = await step('contract-amendments', mine.body.doc.id, 'manager', 'approve')
      expect(self.status).toBe(400)
      expect(message(self)).toBe('You cannot approve a record you own: someone else must.')
      expect((await step('contract-amendments', mine.body.doc.id, 'admin', 'approve')).status).toBe(200)
      expect((await read('contracts', owned.id)).endDate).toBe(`${YEAR + 3}-02-28T10:00:00.000Z`)

      const draft = await draftContract('sales')
      const early = await api('POST', 'contract-amendments?depth=0', {
        token: token.sales,
        body: { contract: draft.id, title: 'Prea devreme', newEndDate: `${YEAR + 2}-02-28T10:00:00.000Z` },
      })
      expect(early.status).toBe(201)
      const refused = await step('contract-amendments', early.body.doc.id, 'sales', 'submit')
      expect(refused.status).toBe(400)
      expect(message(refused)).toBe('Only a signed or active contract takes amendments; change a draft directly.')

      const signed = await signedContract('sales')
      const body = { contract: signed.id, title: 'Străin', newEndDate: `${YEAR + 2}-02-28T10:00:00.000Z` }
      expect((await api('POST', 'contract-amendments', { token: token.sales2, body })).status).toBe(404)
      expect((await api('POST', 'contract-amendments', { token: token.viewer, body })).status).toBe(403)
      expect((await api('POST', 'contract-amendments', { token: token.project, body })).status).toBe(403)
      const count = await (
        await testPayload()
      ).count({ collection: 'contract-amendments', where: { contract: { equals: signed.id } } })
      expect(count.totalDocs).toBe(0)
    })
  })

  describe('contract activities', () => {
    const activity = (who: Who, contract: number, extra: Doc = {}) =>
      api('POST', 'contract-activities?depth=0', {
        token: token[who],
        body: {
          contract,
          title: uniqueMark('Tranșa 1'),
          type: ids.payment,
          dueDate: `${YEAR}-04-15T10:00:00.000Z`,
          amount: 1210,
          responsible: user.sales.id,
          ...extra,
        },
      })

    it('are added only under a contract the caller may change', async () => {
      const contract = await draftContract('sales')
      const mine = await activity('sales', contract.id)
      expect(mine.status, JSON.stringify(mine.body)).toBe(201)
      expect(mine.body.doc).toMatchObject({
        status: 'planned',
        contractOwner: user.sales.id,
        team: contract.team,
      })
      expect((await activity('sales2', contract.id, { responsible: user.sales2.id })).status).toBe(404)
      expect((await activity('viewer', contract.id)).status).toBe(403)
      expect((await activity('project', contract.id)).status).toBe(403)
      expect((await activity('manager', contract.id)).status).toBe(201)
    })

    it('list the todos linked to them, as the contract lists those linked to it', async () => {
      const contract = await draftContract('sales')
      const made = (await activity('sales', contract.id)).body.doc
      const todo = (target: string, id: number) =>
        api('POST', 'todos?depth=0', {
          token: token.sales,
          body: { title: uniqueMark('Sunați clientul'), relatedTo: { relationTo: target, value: id } },
        })
      const forActivity = await todo('contract-activities', made.id)
      expect(forActivity.status, JSON.stringify(forActivity.body)).toBe(201)
      const forContract = await todo('contracts', contract.id)
      expect(forContract.status).toBe(201)
      const joined = async (collection: string, id: number) =>
        (await api('GET', `${collection}/${id}?depth=0`, { token: token.sales })).body.todos.docs
      expect(await joined('contract-activities', made.id)).toEqual([forActivity.body.doc.id])
      expect(await joined('contracts', contract.id)).toEqual([forContract.body.doc.id])
    })

    it('are started and finished by the responsible and validated by the contract\u2019s owner or a sales manager', async () => {
      const contract = await draftContract('sales')
      const own = (await activity('manager', contract.id, { responsible: user.manager.id })).body.doc
      expect(own).toMatchObject({ responsible: user.manager.id, contractOwner: user.sales.id })
      expect((await step('contract-activities', own.id, 'sales', 'start')).status).toBe(403)
      expect((await step('contract-activities', own.id, 'manager', 'start')).status).toBe(200)
      expect((await step('contract-activities', own.id, 'sales', 'finish')).status).toBe(403)
      const finished = await step('contract-activities', own.id, 'manager', 'finish')
      expect(finished.status).toBe(200)
      expect(finished.body.doc.doneAt).toBeTruthy()
      // The responsible is not the contract's owner: the owner validates.
      expect((await step('contract-activities', own.id, 'manager', 'validate')).status).toBe(403)
      expect((await step('contract-activities', own.id, 'sales2', 'validate')).status).toBe(404)
      const validated = await step('contract-activities', own.id, 'sales', 'validate')
      expect(validated.status).toBe(200)
      expect(validated.body.doc).toMatchObject({ status: 'validated', statusCategory: 'done' })
      const frozen = await api('PATCH', `contract-activities/${own.id}`, { token: token.sales, body: { amount: 1 } })
      expect(frozen.status).toBe(400)
      expect(message(frozen)).toMatch(/: Amount \(for a payment\)\./)

      const other = (await activity('sales', contract.id)).body.doc
      expect((await step('contract-activities', other.id, 'sales', 'finish')).status).toBe(200)
      expect((await step('contract-activities', other.id, 'project', 'validate-as-manager')).status).toBe(403)
      expect((await step('contract-activities', other.id, 'manager', 'validate-as-manager')).status).toBe(200)
      const reopened = await step('contract-activities', other.id, 'manager', 'reopen', 'The payment did not arrive')
      expect(reopened.status).toBe(200)
      expect(reopened.body.doc.status).toBe('in-progress')
    })
  })
})
