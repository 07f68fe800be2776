import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freshCui, uniqueMark } from '../helpers/crm'
import { api, login } from '../helpers/http'
import { testPayload, userByEmail } from '../helpers/payload'

type Who = 'admin' | 'sales' | 'sales2' | 'manager' | 'project'
const EMAIL: Record<Who, string> = {
  admin: 'admin@organizecrm.test',
  sales: 'sales@organizecrm.test',
  sales2: 'sales2@organizecrm.test',
  manager: 'sales-manager@organizecrm.test',
  project: 'project-manager@organizecrm.test',
}

describe('offers', () => {
  const token = {} as Record<Who, string>
  const ids = {} as Record<
    | 'client'
    | 'opportunity'
    | 'product'
    | 'vatStandard'
    | 'vatReduced'
    | 'template'
    | 'restricted'
    | 'projectRole'
    | 'salesWest',
    number
  >
  let originalApproval: unknown

  beforeAll(async () => {
    for (const who of Object.keys(EMAIL) as Who[]) token[who] = await login(EMAIL[who])
    const payload = await testPayload()
    const item = async (list: string, value: string) =>
      (
        await payload.find({
          collection: 'nomenclators',
          where: { list: { equals: list }, value: { equals: value } },
          limit: 1,
        })
      ).docs[0].id
    ids.vatStandard = await item('vat-rates', 'standard')
    ids.vatReduced = await item('vat-rates', 'reduced')
    ids.projectRole = (
      await payload.find({ collection: 'roles', where: { key: { equals: 'project-manager' } } })
    ).docs[0].id
    ids.salesWest = (await payload.find({ collection: 'teams', where: { key: { equals: 'sales-west' } } })).docs[0].id
    const client = await api('POST', 'clients', {
      token: token.sales,
      body: { name: uniqueMark('Ofertare SRL'), fiscalCode: freshCui() },
    })
    ids.client = client.body.doc.id
    const stage = await item('opportunity-stages', 'proposal')
    ids.opportunity = (
      await api('POST', 'opportunities', {
        token: token.sales,
        body: { title: uniqueMark('Oportunitate'), client: ids.client, stage, value: 10000 },
      })
    ).body.doc.id
    const product = await api('POST', 'products', {
      token: token.manager,
      body: { code: uniqueMark('SRV'), name: 'Implementare', listPrice: 1500, vatRate: ids.vatStandard },
    })
    expect(product.status).toBe(201)
    ids.product = product.body.doc.id
    const template = await api('POST', 'offer-templates', {
      token: token.manager,
      body: {
        name: uniqueMark('Șablon implementare'),
        validityDays: 45,
        sections: [
          { title: 'Soluția propusă', ownerRole: ids.projectRole, dueInDays: 2 },
          { title: 'Condiții comerciale', dueInDays: 1 },
        ],
        lines: [{ product: ids.product, quantity: 2, discountPercent: 5 }],
      },
    })
    expect(template.status).toBe(201)
    ids.template = template.body.doc.id
    ids.restricted = (
      await api('POST', 'offer-templates', {
        token: token.manager,
        body: { name: uniqueMark('Doar Vest'), availableTo: { teams: [ids.salesWest] } },
      })
    ).body.doc.id
    originalApproval = (
      (await payload.findGlobal({ slug: 'settings', depth: 0 })) as { commercial: { offerApproval?: unknown } }
    ).commercial.offerApproval
  })

  afterAll(async () => {
    const payload = await testPayload()
    const admin = await userByEmail(payload, EMAIL.admin)
    await payload.updateGlobal({
      slug: 'settings',
      data: { commercial: { offerApproval: originalApproval ?? {} } } as never,
      user: admin,
      overrideAccess: false,
    })
  })

  const fromTemplate = (who: Who, body: Record<string, unknown> = {}) =>
    api('POST', 'offers/from-template', {
      token: token[who],
      body: { template: ids.template, client: ids.client, opportunity: ids.opportunity, ...body },
    })
  const sectionsOf = async (offer: number) =>
    (
      await (
        await testPayload()
      ).find({ collection: 'offer-sections', where: { offer: { equals: offer } }, sort: 'order', depth: 0 })
    ).docs
  const step = (collection: string, id: number, who: Who, transition: string, comment?: string) =>
    api('POST', `${collection}/${id}/transition`, {
      token: token[who],
      body: { transition, ...(comment ? { comment } : {}) },
    })

  it('computes lines and totals on the server, whatever the client sends', async () => {
    const made = await api('POST', 'offers?depth=0', {
      token: token.sales,
      body: {
        title: uniqueMark('Ofertă'),
        client: ids.client,
        lines: [
          { product: ids.product, quantity: 3, discountPercent: 10, net: 1, gross: 1 },
          { description: 'Instruire', quantity: 12.5, unitPrice: 99.99, vatRate: ids.vatReduced },
        ],
        totals: { gross: 1 },
      },
    })
    expect(made.status).toBe(201)
    const offer = made.body.doc
    expect(offer.number).toMatch(/^OF-\d{4}-\d{4}$/)
    expect(offer.lines[0]).toMatchObject({
      unitPrice: 1500,
      description: 'Implementare',
      vatPercent: 21,
      discount: 450,
      net: 4050,
      vat: 850.5,
      gross: 4900.5,
    })
    expect(offer.lines[1]).toMatchObject({ vatPercent: 11, net: 1249.88, vat: 137.49, gross: 1387.37 })
    expect(offer.totals).toEqual({ net: 5299.88, discount: 450, vat: 987.99, gross: 6287.87 })
    expect(offer.status).toBe('draft')
    // Validity from the settings (30 days) when no template says otherwise.
    expect((Date.parse(offer.validUntil) - Date.parse(offer.issueDate)) / 86_400_000).toBe(30)
    const renumbered = await api('PATCH', `offers/${offer.id}?depth=0`, {
      token: token.sales,
      body: { number: 'OF-HACK', totals: { gross: 0 } },
    })
    expect(renumbered.body.doc).toMatchObject({ number: offer.number, totals: { gross: 6287.87 } })
  })

  it("numbers an offer by its issue date's year in the settings' time zone", async () => {
    // 00:30 on 1 January 2027 in Bucharest, still 2026 in UTC.
    const made = await api('POST', 'offers?depth=0', {
      token: token.sales,
      body: { title: uniqueMark('An nou'), client: ids.client, issueDate: '2026-12-31T22:30:00.000Z' },
    })
    expect(made.status).toBe(201)
    expect(made.body.doc.number).toMatch(/^OF-2027-\d{4}$/)
  })

  it('gives 50 offers made at once 50 different consecutive numbers', async () => {
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        api('POST', 'offers?depth=0', { token: token.sales, body: { title: `Paralel ${i}`, client: ids.client } }),
      ),
    )
    expect(answers.every((a) => a.status === 201)).toBe(true)
    const numbers = answers.map((a) => a.body.doc.number as string)
    expect(new Set(numbers).size).toBe(50)
    const sequence = numbers.map((n) => Number(n.slice(-4))).sort((a, b) => a - b)
    expect(sequence[49] - sequence[0]).toBe(49)
  })

  it('makes an offer from a template in one step: texts, lines, validity, sections with owners told', async () => {
    const payload = await testPayload()
    const project = await userByEmail(payload, EMAIL.project)
    const made = await fromTemplate('sales')
    expect(made.status).toBe(201)
    const offer = made.body.doc
    expect(offer).toMatchObject({ template: ids.template, status: 'draft', totals: { net: 2850, gross: 3448.5 } })
    expect((Date.parse(offer.validUntil) - Date.parse(offer.issueDate)) / 86_400_000).toBe(45)
    const sections = await sectionsOf(offer.id)
    expect(sections.map((s) => [s.title, s.status])).toEqual([
      ['Soluția propusă', 'draft'],
      ['Condiții comerciale', 'draft'],
    ])
    // Nobody in the offer's team (sales) holds the project-manager role: the owner writes both by default.
    const sales = await userByEmail(payload, EMAIL.sales)
    expect(sections.map((s) => s.responsible)).toEqual([sales.id, sales.id])
    const assigned = await fromTemplate('sales', { sectionOwners: { '0': project.id } })
    const [first] = await sectionsOf(assigned.body.doc.id)
    expect(first.responsible).toBe(project.id)
    const told = await payload.find({
      collection: 'notifications',
      where: { recipient: { equals: project.id }, kind: { equals: 'offers.section-assigned' } },
      sort: '-createdAt',
      limit: 1,
    })
    expect(told.docs[0].title).toContain(assigned.body.doc.number)
    const todo = await payload.find({
      collection: 'todos',
      where: {
        responsible: { equals: project.id },
        'relatedTo.relationTo': { equals: 'offer-sections' },
        'relatedTo.value': { equals: first.id },
      },
    })
    expect(todo.totalDocs).toBe(1)
  })

  it('refuses a template that is not offered to the caller, and bad input with a reason', async () => {
    expect(
      (
        await api('POST', 'offers/from-template', {
          token: token.sales,
          body: { template: ids.restricted, client: ids.client },
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await api('POST', 'offers/from-template', {
          token: token.sales2,
          body: { template: ids.restricted, client: ids.client },
        })
      ).status,
    ).toBe(201)
    const bad = await api('POST', 'offers/from-template', { token: token.sales, body: { template: 'x' } })
    expect(bad.status).toBe(400)
    expect(
      (await api('POST', 'offers/from-template', { body: { template: ids.template, client: ids.client } })).status,
    ).toBe(401)
  })

  it('runs sections by their own flow: only the responsible submits, nobody approves their own', async () => {
    const payload = await testPayload()
    const project = await userByEmail(payload, EMAIL.project)
    const offer = (await fromTemplate('sales', { sectionOwners: { '0': project.id } })).body.doc
    const [theirs, mine] = await sectionsOf(offer.id)
    // Not the responsible: cannot submit.
    expect((await step('offer-sections', theirs.id, 'sales', 'submit')).status).toBe(403)
    expect((await step('offer-sections', theirs.id, 'project', 'submit')).status).toBe(200)
    // The responsible cannot approve: they are not the offer's owner.
    expect((await step('offer-sections', theirs.id, 'project', 'approve')).status).toBe(403)
    // The offer can't go to review with sections pending.
    const early = await step('offers', offer.id, 'sales', 'submit')
    expect(early.status).toBe(400)
    expect(early.body.errors[0].message).toMatch(/not finished/)
    expect((await step('offer-sections', theirs.id, 'sales', 'approve')).status).toBe(200)
    // The owner wrote the other section: they submit it but may not approve it themselves.
    expect((await step('offer-sections', mine.id, 'sales', 'submit')).status).toBe(200)
    const self = await step('offer-sections', mine.id, 'sales', 'approve')
    expect(self.status).toBe(400)
    expect((await step('offer-sections', mine.id, 'manager', 'approve-as-manager')).status).toBe(200)
    // Labels come in the caller's language even though custom-field definitions (read in both) were loaded.
    const offered = await api('GET', `offers/${offer.id}/transitions`, { token: token.sales })
    expect(offered.body.transitions.map((t: { label: unknown }) => typeof t.label)).toEqual(['string', 'string'])
    expect((await step('offers', offer.id, 'sales', 'submit')).status).toBe(200)
  })

  it('freezes lines and sections from review on, approves by role and threshold, and records the client\u2019s decision', async () => {
    const payload = await testPayload()
    const admin = await userByEmail(payload, EMAIL.admin)
    const offer = (
      await api('POST', 'offers?depth=0', {
        token: token.sales,
        body: {
          title: uniqueMark('Mare'),
          client: ids.client,
          opportunity: ids.opportunity,
          lines: [{ product: ids.product, quantity: 10 }],
        },
      })
    ).body.doc
    expect((await step('offers', offer.id, 'sales', 'submit')).status).toBe(200)
    const frozen = await api('PATCH', `offers/${offer.id}`, {
      token: token.sales,
      body: { lines: [{ product: ids.product, quantity: 1 }] },
    })
    expect(frozen.status).toBe(400)
    expect(frozen.body.errors[0].message).toMatch(/: Lines/)
    const lateSection = await api('POST', 'offer-sections', {
      token: token.sales,
      body: { offer: offer.id, title: 'Târziu', responsible: admin.id },
    })
    expect(lateSection.status).toBe(409)

    await payload.updateGlobal({
      slug: 'settings',
      data: { commercial: { offerApproval: { maxGross: 10000 } } } as never,
      user: admin,
      overrideAccess: false,
    })
    expect((await step('offers', offer.id, 'sales', 'approve')).status).toBe(403)
    const overLimit = await step('offers', offer.id, 'manager', 'approve')
    expect(overLimit.status).toBe(400)
    expect(overLimit.body.errors[0].message).toMatch(/administrator/)
    expect((await step('offers', offer.id, 'admin', 'approve')).status).toBe(200)
    expect((await step('offers', offer.id, 'sales', 'send')).status).toBe(200)

    const undated = await step('offers', offer.id, 'sales', 'accept')
    expect(undated.status).toBe(400)
    expect(undated.body.errors[0].message).toMatch(/decisionDate/)
    expect(
      (
        await api('PATCH', `offers/${offer.id}`, {
          token: token.sales,
          body: { decisionDate: '2026-12-01T12:00:00.000Z' },
        })
      ).status,
    ).toBe(200)
    expect((await step('offers', offer.id, 'sales', 'accept')).status).toBe(200)
    const opportunity = (await api('GET', `opportunities/${ids.opportunity}?depth=0`, { token: token.sales })).body
    expect(opportunity.outcome).toBe('won')
  })

  it('revises a sent offer into a new draft numbered -R2, with its lines and sections', async () => {
    const payload = await testPayload()
    const project = await userByEmail(payload, EMAIL.project)
    const offer = (await fromTemplate('sales', { sectionOwners: { '0': project.id } })).body.doc
    const sections = await sectionsOf(offer.id)
    expect((await step('offer-sections', sections[0].id, 'project', 'submit')).status).toBe(200)
    expect((await step('offer-sections', sections[0].id, 'sales', 'approve')).status).toBe(200)
    expect((await step('offer-sections', sections[1].id, 'sales', 'submit')).status).toBe(200)
    expect((await step('offer-sections', sections[1].id, 'manager', 'approve-as-manager')).status).toBe(200)
    expect((await api('POST', `offers/${offer.id}/revise`, { token: token.sales })).status).toBe(409)
    expect((await step('offers', offer.id, 'sales', 'submit')).status).toBe(200)
    expect((await step('offers', offer.id, 'manager', 'approve')).status).toBe(200)

    expect((await api('POST', `offers/${offer.id}/revise`, { token: token.sales2 })).status).toBe(404)
    const revised = await api('POST', `offers/${offer.id}/revise`, { token: token.sales })
    expect(revised.status).toBe(201)
    expect(revised.body.doc).toMatchObject({
      number: `${offer.number}-R2`,
      revision: 2,
      previousRevision: offer.id,
      status: 'draft',
      totals: offer.totals,
    })
    const copied = await sectionsOf(revised.body.doc.id)
    expect(copied.map((s) => [s.title, s.responsible, s.status])).toEqual([
      ['Soluția propusă', project.id, 'draft'],
      ['Condiții comerciale', sections[1].responsible, 'draft'],
    ])
    const third = await api('POST', `offers/${offer.id}/revise`, { token: token.sales })
    expect(third.body.doc.number).toBe(`${offer.number}-R3`)
  })

  it('keeps offers to their owner, the team\u2019s manager and the administrator', async () => {
    const offer = (await fromTemplate('sales')).body.doc
    expect((await api('GET', `offers/${offer.id}`, { token: token.sales2 })).status).toBe(404)
    expect((await api('GET', `offers/${offer.id}`, { token: token.manager })).status).toBe(200)
    expect([403, 404]).toContain(
      (await api('PATCH', `offers/${offer.id}`, { token: token.sales2, body: { title: 'x' } })).status,
    )
  })
})
