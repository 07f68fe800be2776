import { describe, expect, it } from 'vitest'

import { cuiProblem } from '@/lib/cui'
import { lineCents, toCents, totalCents } from '@/lib/money'
import { dayIn } from '@/lib/timeZone'
import { seed } from '@/seed'
import { DEMO_CAMPAIGNS, DEMO_CLIENT_CUIS, DEMO_PROSPECT_CUIS, DEMO_TODOS } from '@/collections/crm/demo'
import { DEMO_OFFER_TITLES, DEMO_PRODUCT_CODES, DEMO_TEMPLATES } from '@/collections/sales/demo'
import { DEMO_TICKET_TYPES } from '@/collections/support/demo'
import { DEMO_CONTRACT_TITLES, DEMO_CONTRACTS } from '@/collections/contracts/demo'
import { DEMO_PROJECT_NAMES } from '@/collections/projects/demo/data'
import { USER_SEEDS } from '@/collections/admin/demoUsers'
import { ROLES } from '@/collections/admin/reference/roles'
import { uniqueMark } from '../helpers/crm'
import { rawGet } from '../helpers/files'
import { api, login } from '../helpers/http'
import { testPayload, userByEmail } from '../helpers/payload'

const DAY = 86_400_000
const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: number }).id : (value as number))

describe('demo data', () => {
  it('is idempotent: running it again adds nothing', async () => {
    const payload = await testPayload()
    const collections = [
      'users',
      'roles',
      'teams',
      'nomenclators',
      'clients',
      'contacts',
      'prospects',
      'opportunities',
      'campaigns',
      'marketing-actions',
      'todos',
      'products',
      'offer-templates',
      'offers',
      'offer-sections',
      'ticket-types',
      'tickets',
      'ticket-actions',
      'contracts',
      'contract-activities',
      'contract-amendments',
      'contract-documents',
      'workflow-events',
      'notifications',
    ] as const
    const count = async () =>
      Object.fromEntries(
        await Promise.all(collections.map(async (c) => [c, (await payload.count({ collection: c })).totalDocs])),
      )
    // Other files delete some reference data: the first run restores it, the second adds nothing.
    await seed(payload)
    const before = await count()
    await seed(payload)
    expect(await count()).toEqual(before)
    expect(before.clients).toBeGreaterThanOrEqual(30)
    expect(before.offers).toBeGreaterThanOrEqual(DEMO_OFFER_TITLES.length)
    expect(before.contracts).toBeGreaterThanOrEqual(DEMO_CONTRACT_TITLES.length)
  })

  it('gives every system role an active demo user who can log in with the demo password', async () => {
    for (const { key } of ROLES) {
      const { status, body } = await api('POST', 'users/login', {
        body: { email: `${key}@organizecrm.test`, password: 'Demo-Pass-2026' },
      })
      expect(status, key).toBe(200)
      expect(body.user.active).toBe(true)
    }
    for (const extra of ['support-agent2', 'sales2']) {
      expect(
        (await api('POST', 'users/login', { body: { email: `${extra}@organizecrm.test`, password: 'Demo-Pass-2026' } }))
          .status,
      ).toBe(200)
    }
  })

  describe('the clients module', () => {
    const user = async (key: string) => userByEmail(await testPayload(), `${key}@organizecrm.test`)

    async function demoClients() {
      const payload = await testPayload()
      const cuis = [...DEMO_CLIENT_CUIS, ...DEMO_PROSPECT_CUIS]
      return (
        await payload.find({ collection: 'clients', where: { fiscalCode: { in: cuis } }, depth: 1, pagination: false })
      ).docs
    }

    it('has about thirty companies with valid fiscal codes, owned by three sellers in both sales teams, each with 1–3 people, one primary', async () => {
      const payload = await testPayload()
      const clients = await demoClients()
      expect(clients.length).toBe(30)
      expect(clients.every((c) => cuiProblem(c.fiscalCode!) === null)).toBe(true)
      expect(clients.some((c) => /[ăâîșțĂÂÎȘȚ]/.test(c.name))).toBe(true)
      expect(new Set(clients.map((c) => c.type))).toEqual(new Set(['prospect', 'client', 'partner', 'former']))
      expect(new Set(clients.map((c) => (c.owner as { email: string }).email))).toEqual(
        new Set(['sales@organizecrm.test', 'sales2@organizecrm.test', 'sales-manager@organizecrm.test']),
      )
      expect(new Set(clients.map((c) => (c.team as { key: string }).key))).toEqual(new Set(['sales', 'sales-west']))
      // Created by their owners, under their own access rules.
      expect(clients.every((c) => idOf(c.createdBy) === idOf(c.owner))).toBe(true)
      expect(clients.every((c) => c.industry && c.source && c.address?.city)).toBe(true)
      const contacts = await payload.find({
        collection: 'contacts',
        where: { client: { in: clients.map((c) => c.id) } },
        depth: 0,
        pagination: false,
      })
      for (const client of clients) {
        const people = contacts.docs.filter((p) => p.client === client.id)
        expect(people.length, client.name).toBeGreaterThanOrEqual(1)
        expect(people.length, client.name).toBeLessThanOrEqual(3)
        expect(people.filter((p) => p.primary).length, client.name).toBe(1)
      }
    })

    it('has prospects in every state, reached through the workflow; the converted ones made their client, contact and opportunity', async () => {
      const payload = await testPayload()
      const prospects = (
        await payload.find({
          collection: 'prospects',
          where: { fiscalCode: { in: DEMO_PROSPECT_CUIS } },
          depth: 0,
          pagination: false,
        })
      ).docs
      expect(new Set(prospects.map((p) => p.status))).toEqual(
        new Set(['new', 'contacted', 'qualified', 'converted', 'disqualified']),
      )
      expect(prospects.every((p) => p.nextStepDate)).toBe(true)
      for (const prospect of prospects.filter((p) => p.status === 'converted')) {
        expect(prospect).toMatchObject({
          client: expect.any(Number),
          contact: expect.any(Number),
          opportunity: expect.any(Number),
        })
        const events = await payload.find({
          collection: 'workflow-events',
          where: { collection: { equals: 'prospects' }, record: { equals: String(prospect.id) } },
          sort: 'createdAt',
          depth: 0,
        })
        expect(events.docs.map((e) => e.transition)).toEqual(['create', 'contact', 'qualify', 'convert'])
        expect(events.docs.every((e) => e.user === prospect.owner)).toBe(true)
      }
      const disqualified = prospects.find((p) => p.status === 'disqualified')!
      const comment = await payload.find({
        collection: 'workflow-events',
        where: {
          collection: { equals: 'prospects' },
          record: { equals: String(disqualified.id) },
          transition: { equals: 'disqualify' },
        },
        depth: 0,
      })
      expect(comment.docs[0].comment).toBeTruthy()
    })

    it('has opportunities in every stage, lost ones with a reason, some from a campaign, closing from last month to three months ahead', async () => {
      const payload = await testPayload()
      const clients = await demoClients()
      const opportunities = (
        await payload.find({
          collection: 'opportunities',
          where: { client: { in: clients.map((c) => c.id) } },
          depth: 1,
          pagination: false,
        })
      ).docs
      const stages = new Set(opportunities.map((o) => (o.stage as { value: string }).value))
      expect(stages).toEqual(new Set(['qualification', 'needs-analysis', 'proposal', 'negotiation', 'won', 'lost']))
      expect(opportunities.filter((o) => o.outcome === 'lost').every((o) => o.lostReason)).toBe(true)
      expect(opportunities.some((o) => o.sourceCampaign)).toBe(true)
      expect(opportunities.every((o) => o.value && o.expectedCloseDate)).toBe(true)
      const days = opportunities.map((o) => (Date.parse(o.expectedCloseDate!) - Date.now()) / DAY)
      expect(Math.min(...days)).toBeGreaterThan(-35)
      expect(Math.max(...days)).toBeLessThan(95)
    })

    it('has a running campaign with target clients and one waiting for approval, with marketing actions in every state', async () => {
      const payload = await testPayload()
      const manager = await user('marketing-manager')
      const marketing = await user('marketing')
      const campaigns = (
        await payload.find({
          collection: 'campaigns',
          where: { name: { in: [DEMO_CAMPAIGNS.running.name, DEMO_CAMPAIGNS.submitted.name] } },
          depth: 0,
        })
      ).docs
      const running = campaigns.find((c) => c.name === DEMO_CAMPAIGNS.running.name)!
      const submitted = campaigns.find((c) => c.name === DEMO_CAMPAIGNS.submitted.name)!
      expect(running).toMatchObject({ status: 'running', owner: marketing.id })
      expect(running.targetClients!.length).toBeGreaterThan(0)
      expect(submitted).toMatchObject({ status: 'submitted', owner: marketing.id })
      const approval = await payload.find({
        collection: 'workflow-events',
        where: {
          collection: { equals: 'campaigns' },
          record: { equals: String(running.id) },
          transition: { equals: 'approve' },
        },
        depth: 0,
      })
      expect(approval.docs[0].user).toBe(manager.id)
      const actions = (
        await payload.find({
          collection: 'marketing-actions',
          where: { campaign: { in: [running.id, submitted.id] } },
          depth: 0,
          pagination: false,
        })
      ).docs
      expect(new Set(actions.map((a) => a.status))).toEqual(
        new Set(['draft', 'submitted', 'returned', 'validated', 'done']),
      )
      expect(new Set(actions.map((a) => a.campaign))).toEqual(new Set([running.id, submitted.id]))
      expect(actions.filter((a) => a.responsible === marketing.id).length).toBeGreaterThan(actions.length / 2)
      expect(actions.every((a) => a.due)).toBe(true)
    })

    it('gives every demo user but the administrator a calendar of todos around the seed day, some done, some all-day, some linked', async () => {
      const payload = await testPayload()
      // The Bucharest hour of an instant.
      const hour = (iso: string) =>
        Number(
          new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Bucharest', hour: '2-digit', hourCycle: 'h23' }).format(
            new Date(iso),
          ),
        )
      for (const seedUser of USER_SEEDS.filter((u) => u.role !== 'admin')) {
        const key = seedUser.email.split('@')[0] as keyof typeof DEMO_TODOS
        const responsible = await userByEmail(payload, seedUser.email)
        const all = (
          await payload.find({
            collection: 'todos',
            where: { responsible: { equals: responsible.id } },
            depth: 0,
            pagination: false,
          })
        ).docs
        // Other files add todos too: the demo ones are known by their titles (a linked one names its record after the colon).
        const planned = DEMO_TODOS[key]!.map((t) => t.title.split('%')[0])
        const todos = all.filter((t) => planned.some((title) => t.title.startsWith(title)))
        expect(todos.length, key).toBeGreaterThanOrEqual(Math.min(8, planned.length))
        expect(all.length, key).toBeGreaterThanOrEqual(8)
        const when = todos.map((t) => Date.parse((t.start ?? t.due)!))
        expect(
          when.some((at) => at >= Date.now() - DAY && at <= Date.now() + 7 * DAY),
          key,
        ).toBe(true)
        expect(
          when.some((at) => at > Date.now() + 10 * DAY),
          key,
        ).toBe(true)
        expect(
          todos.some((t) => t.allDay),
          key,
        ).toBe(true)
        expect(
          todos.filter((t) => !t.allDay && t.end).every((t) => hour(t.start!) >= 9 && hour(t.end!) <= 18),
          key,
        ).toBe(true)
        if (key === 'viewer') continue
        expect(
          todos.some((t) => t.relatedTo),
          key,
        ).toBe(true)
        expect(
          todos.some((t) => t.status === 'done'),
          key,
        ).toBe(true)
        expect(
          todos.some((t) => t.status === 'open'),
          key,
        ).toBe(true)
      }
    })
  })
  describe('the offers module', () => {
    const user = async (key: string) => userByEmail(await testPayload(), `${key}@organizecrm.test`)
    const STATES = ['draft', 'in-review', 'approved', 'sent', 'accepted', 'rejected', 'expired', 'cancelled']

    async function demoOffers() {
      const payload = await testPayload()
      return (
        await payload.find({
          collection: 'offers',
          where: { title: { in: DEMO_OFFER_TITLES } },
          sort: 'number',
          depth: 0,
          pagination: false,
        })
      ).docs
    }
    async function stepsOf(collection: 'offers' | 'offer-sections', id: number) {
      const payload = await testPayload()
      const { docs } = await payload.find({
        collection: 'workflow-events',
        where: { collection: { equals: collection }, record: { equals: String(id) } },
        sort: 'createdAt',
        depth: 0,
        pagination: false,
      })
      return docs
    }

    it('has a catalog of products and services named in Romanian and English, with units, list prices and VAT rates from the nomenclators', async () => {
      const payload = await testPayload()
      const manager = await user('sales-manager')
      const where = { code: { in: DEMO_PRODUCT_CODES } }
      const ro = (await payload.find({ collection: 'products', where, locale: 'ro', depth: 1, pagination: false })).docs
      const en = (await payload.find({ collection: 'products', where, locale: 'en', depth: 0, pagination: false })).docs
      expect(ro.length).toBe(DEMO_PRODUCT_CODES.length)
      expect(ro.length).toBeGreaterThanOrEqual(12)
      expect(new Set(ro.map((p) => p.kind))).toEqual(new Set(['product', 'service']))
      for (const product of ro) {
        const english = en.find((p) => p.id === product.id)!
        expect(english.name, product.code).not.toBe(product.name)
        expect(product.listPrice, product.code).toBeGreaterThan(0)
        expect((product.unit as { list: string }).list, product.code).toBe('units')
        expect((product.vatRate as { list: string }).list, product.code).toBe('vat-rates')
        expect(idOf(product.createdBy), product.code).toBe(manager.id)
      }
      expect(ro.some((p) => /[ăâîșț]/.test(p.name))).toBe(true)
      expect(new Set(ro.map((p) => (p.vatRate as { number: number }).number)).size).toBeGreaterThanOrEqual(2)
    })

    it('has two shared templates by sales-manager@, texts in Romanian and English, one section written by the project manager', async () => {
      const payload = await testPayload()
      const manager = await user('sales-manager')
      const names = Object.values(DEMO_TEMPLATES).map((t) => t.name.ro)
      const templates = (
        await payload.find({
          collection: 'offer-templates',
          where: { name: { in: names } },
          locale: 'ro',
          depth: 1,
          pagination: false,
        })
      ).docs
      expect(templates.map((t) => t.name).sort()).toEqual([...names].sort())
      expect(
        templates.every(
          (t) => idOf(t.createdBy) === manager.id && (t.lines ?? []).length > 0 && (t.sections ?? []).length > 0,
        ),
      ).toBe(true)
      const erp = templates.find((t) => t.name === DEMO_TEMPLATES.erp.name.ro)!
      expect(erp.sections).toHaveLength(3)
      expect(
        erp.sections!.filter((s) => (s.ownerRole as { key?: string } | null)?.key === 'project-manager'),
      ).toHaveLength(1)
      expect(JSON.stringify(erp.intro)).toContain('Vă mulțumim')
      const english = await payload.findByID({ collection: 'offer-templates', id: erp.id, locale: 'en', depth: 0 })
      expect(english.name).toBe(DEMO_TEMPLATES.erp.name.en)
      expect(english.sections!.map((s) => s.title)).toEqual(DEMO_TEMPLATES.erp.sections.map((s) => s.title.en))
      expect(JSON.stringify(english.intro)).toContain('Thank you')
    })

    it('has offers in every state for the clients of sales@ and one of sales2@, linked to those clients\u2019 opportunities', async () => {
      const payload = await testPayload()
      const sales = await user('sales')
      const sales2 = await user('sales2')
      const offers = await demoOffers()
      expect(offers.map((o) => o.title).sort()).toEqual([...DEMO_OFFER_TITLES].sort())
      expect(new Set(offers.map((o) => o.status))).toEqual(new Set(STATES))
      expect(new Set(offers.map((o) => idOf(o.owner)))).toEqual(new Set([sales.id, sales2.id]))
      expect(offers.filter((o) => idOf(o.owner) === sales2.id)).toHaveLength(1)
      expect(new Set(offers.map((o) => o.number)).size).toBe(offers.length)
      expect(offers.every((o) => /^OF-\d{4}-\d{4}$/.test(o.number!))).toBe(true)
      expect(offers.filter((o) => o.template).length).toBeGreaterThanOrEqual(4)
      const linked = offers.filter((o) => o.opportunity)
      expect(linked.length).toBeGreaterThanOrEqual(6)
      for (const offer of linked) {
        const opportunity = await payload.findByID({
          collection: 'opportunities',
          id: idOf(offer.opportunity),
          depth: 0,
        })
        expect(opportunity.client, offer.title).toBe(offer.client)
      }
      const clients = await payload.find({
        collection: 'clients',
        where: { id: { in: offers.map((o) => idOf(o.client)) } },
        depth: 0,
        pagination: false,
      })
      expect(clients.docs.every((c) => DEMO_CLIENT_CUIS.includes(c.fiscalCode!))).toBe(true)
      // Each offer belongs to its client's owner.
      for (const offer of offers)
        expect(idOf(clients.docs.find((c) => c.id === idOf(offer.client))!.owner), offer.title).toBe(idOf(offer.owner))
    })

    it('has lines and totals the server computed from the catalog, in minor units', async () => {
      const payload = await testPayload()
      const offers = await demoOffers()
      const products = (
        await payload.find({
          collection: 'products',
          where: { code: { in: DEMO_PRODUCT_CODES } },
          depth: 1,
          pagination: false,
        })
      ).docs
      for (const offer of offers) {
        const lines = offer.lines ?? []
        expect(lines.length, offer.title).toBeGreaterThan(0)
        const amounts = lines.map((line) => {
          const product = products.find((p) => p.id === idOf(line.product))!
          expect(line.unitPrice, offer.title).toBe(product.listPrice)
          expect(line.vatPercent, offer.title).toBe((product.vatRate as { number: number }).number)
          const cents = lineCents({
            quantity: line.quantity,
            unitPrice: line.unitPrice!,
            discountPercent: line.discountPercent,
            vatPercent: line.vatPercent,
          })
          expect([toCents(line.net), toCents(line.vat), toCents(line.gross)], offer.title).toEqual([
            cents.net,
            cents.vat,
            cents.gross,
          ])
          return cents
        })
        const totals = totalCents(amounts)
        expect(offer.totals, offer.title).toEqual({
          net: totals.net / 100,
          discount: totals.discount / 100,
          vat: totals.vat / 100,
          gross: totals.gross / 100,
        })
        expect(offer.totals!.gross, offer.title).toBeGreaterThan(offer.totals!.net!)
      }
      const lines = offers.flatMap((o) => o.lines ?? [])
      expect(lines.some((l) => (l.discountPercent ?? 0) > 0)).toBe(true)
      expect(new Set(lines.map((l) => l.vatPercent)).size).toBeGreaterThanOrEqual(2)
    })

    it('reached each state through the workflows, every step by the person whose step it is', async () => {
      const payload = await testPayload()
      const manager = await user('sales-manager')
      const project = await user('project-manager')
      const today = dayIn(new Date(), 'Europe/Bucharest')
      const path: Record<string, string[]> = {
        draft: ['create'],
        'in-review': ['create', 'submit'],
        approved: ['create', 'submit', 'approve'],
        sent: ['create', 'submit', 'approve', 'send'],
        accepted: ['create', 'submit', 'approve', 'send', 'accept'],
        rejected: ['create', 'submit', 'approve', 'send', 'reject'],
        expired: ['create', 'submit', 'approve', 'send', 'expire'],
        cancelled: ['create', 'cancel'],
      }
      for (const offer of await demoOffers()) {
        const owner = idOf(offer.owner)
        const steps = await stepsOf('offers', offer.id)
        expect(
          steps.map((e) => e.transition),
          offer.title,
        ).toEqual(path[offer.status!])
        for (const event of steps) {
          const expected = event.transition === 'approve' ? manager.id : event.transition === 'expire' ? null : owner
          expect(event.user, `${offer.title}: ${event.transition}`).toBe(expected)
        }
        if (offer.status === 'cancelled') expect(steps.at(-1)!.comment).toBeTruthy()
        if (offer.status === 'expired') {
          expect(steps.at(-1)!.comment).toMatch(/Validity term passed \(\d\d\.\d\d\.\d{4}\)/)
          expect(dayIn(offer.validUntil!, 'Europe/Bucharest') < today).toBe(true)
        }
        if (['sent', 'accepted', 'rejected', 'expired'].includes(offer.status!))
          expect(offer.sentAt, offer.title).toBeTruthy()
        // A sent offer still waiting for the client is within its validity: the expiry job leaves it.
        if (offer.status === 'sent') expect(dayIn(offer.validUntil!, 'Europe/Bucharest') >= today).toBe(true)
        if (offer.status === 'accepted' || offer.status === 'rejected') {
          expect(offer.decisionDate, offer.title).toBeTruthy()
          const opportunity = await payload.findByID({
            collection: 'opportunities',
            id: idOf(offer.opportunity),
            depth: 0,
          })
          expect(opportunity.outcome, offer.title).toBe(offer.status === 'accepted' ? 'won' : 'lost')
          if (offer.status === 'rejected') expect(offer.lostReason).toBe(opportunity.lostReason)
        }

        const sections = (
          await payload.find({
            collection: 'offer-sections',
            where: { offer: { equals: offer.id } },
            sort: 'order',
            depth: 0,
            pagination: false,
          })
        ).docs
        if (offer.template) expect(sections.length, offer.title).toBeGreaterThan(0)
        if (offer.statusCategory !== 'open' && offer.status !== 'cancelled')
          expect(
            sections.every((s) => s.status === 'approved'),
            offer.title,
          ).toBe(true)
        for (const section of sections) {
          const events = await stepsOf('offer-sections', section.id)
          const responsible = idOf(section.responsible)
          for (const event of events.filter((e) => e.transition === 'submit')) expect(event.user).toBe(responsible)
          for (const event of events.filter((e) =>
            ['approve', 'approve-as-manager', 'return', 'return-as-manager'].includes(e.transition),
          )) {
            // Nobody approves their own work: the owner approves a colleague's, the manager the owner's.
            expect(event.user).not.toBe(responsible)
            expect(event.user).toBe(responsible === owner ? manager.id : owner)
          }
        }
      }
      const sections = (
        await payload.find({
          collection: 'offer-sections',
          where: { offer: { in: (await demoOffers()).map((o) => o.id) } },
          depth: 0,
          pagination: false,
        })
      ).docs
      expect(new Set(sections.map((s) => s.status))).toEqual(new Set(['draft', 'submitted', 'returned', 'approved']))
      expect(sections.some((s) => s.responsible === project.id && s.status === 'approved')).toBe(true)
    })
  })

  describe('the support module', () => {
    async function demoTickets() {
      const payload = await testPayload()
      const types = await payload.find({
        collection: 'ticket-types',
        where: { name: { in: Object.values(DEMO_TICKET_TYPES).map((t) => t.ro) } },
        locale: 'ro',
        depth: 0,
      })
      const tickets = await payload.find({
        collection: 'tickets',
        where: { type: { in: types.docs.map((t) => t.id) } },
        depth: 0,
        pagination: false,
      })
      return { types: types.docs, tickets: tickets.docs }
    }

    it('has three ticket types named in Romanian and English, with service levels and custom fields', async () => {
      const payload = await testPayload()
      const { types } = await demoTickets()
      expect(types).toHaveLength(3)
      for (const type of types) {
        expect(type.sla?.resolutionHours).toBeGreaterThan(0)
        const en = await payload.findByID({ collection: 'ticket-types', id: type.id, locale: 'en', depth: 0 })
        expect(Object.values(DEMO_TICKET_TYPES).map((t) => t.en)).toContain(en.name)
      }
      const fields = await payload.find({
        collection: 'custom-fields',
        where: { targetCollection: { equals: 'tickets' }, discriminator: { in: types.map((t) => String(t.id)) } },
        depth: 0,
      })
      expect(fields.docs.map((f) => f.key).sort()).toEqual(['orderNumber', 'rootCause', 'severity'])
    })

    it('has about two hundred tickets in every state of the complaint flow, over several weeks, in both support teams', async () => {
      const payload = await testPayload()
      const { tickets } = await demoTickets()
      expect(tickets.length).toBeGreaterThanOrEqual(200)
      expect(new Set(tickets.map((t) => t.status))).toEqual(
        new Set(['new', 'assigned', 'in-progress', 'waiting-client', 'resolved', 'closed', 'reopened', 'cancelled']),
      )
      const teams = await payload.find({
        collection: 'teams',
        where: { key: { in: ['support', 'support-west'] } },
        depth: 0,
      })
      expect(new Set(tickets.map((t) => t.team))).toEqual(new Set(teams.docs.map((t) => t.id)))
      const created = tickets.map((t) => new Date(t.createdAt).getTime())
      expect(Math.max(...created) - Math.min(...created)).toBeGreaterThan(8 * 7 * DAY)
      for (const ticket of tickets.filter((t) => t.resolvedAt))
        expect(new Date(ticket.resolvedAt!).getTime()).toBeGreaterThan(new Date(ticket.createdAt).getTime())
      expect(tickets.some((t) => t.overdue)).toBe(true)
      expect(tickets.every((t) => t.number && t.dueDate && t.client)).toBe(true)
    })

    it('reached each state through the flow, each step by the person whose step it is, with validated actions before resolution', async () => {
      const payload = await testPayload()
      const [manager, admin] = await Promise.all(
        ['support-manager', 'admin'].map((key) => userByEmail(payload, `${key}@organizecrm.test`)),
      )
      const { tickets } = await demoTickets()
      const events = (
        await payload.find({
          collection: 'workflow-events',
          where: { collection: { equals: 'tickets' }, record: { in: tickets.map((t) => String(t.id)) } },
          depth: 0,
          pagination: false,
        })
      ).docs
      for (const ticket of tickets) {
        const mine = events.filter((e) => e.record === String(ticket.id))
        for (const event of mine) {
          if (['start', 'ask-client', 'resolve'].includes(event.transition)) expect(event.user).toBe(ticket.responsible)
          if (['close-as-reporter', 'reopen-as-reporter'].includes(event.transition))
            expect(event.user).toBe(ticket.reporter)
          if (['assign', 'cancel'].includes(event.transition)) expect([manager.id, admin.id]).toContain(event.user)
        }
        if (['resolved', 'closed', 'reopened'].includes(ticket.status!)) {
          const actions = await payload.find({
            collection: 'ticket-actions',
            where: { ticket: { equals: ticket.id } },
            depth: 0,
          })
          expect(actions.docs.length).toBeGreaterThan(0)
          expect(actions.docs.every((a) => a.status === 'validated')).toBe(true)
          const validations = await payload.find({
            collection: 'workflow-events',
            where: {
              collection: { equals: 'ticket-actions' },
              record: { in: actions.docs.map((a) => String(a.id)) },
              transition: { equals: 'validate' },
            },
            depth: 0,
          })
          // Nobody validates their own action.
          for (const event of validations.docs)
            expect(event.user).not.toBe(actions.docs.find((a) => String(a.id) === event.record)!.responsible)
        }
      }
    })
  })
  describe('the contracts module', () => {
    const user = async (key: string) => userByEmail(await testPayload(), `${key}@organizecrm.test`)
    const today = () => dayIn(new Date(), 'Europe/Bucharest')
    const day = (value: string | null | undefined) => dayIn(value!, 'Europe/Bucharest')

    async function demoContracts() {
      const payload = await testPayload()
      return (
        await payload.find({
          collection: 'contracts',
          where: { title: { in: DEMO_CONTRACT_TITLES } },
          sort: 'number',
          depth: 0,
          pagination: false,
        })
      ).docs
    }
    async function stepsOf(collection: 'contracts' | 'contract-activities' | 'contract-amendments', id: number) {
      const payload = await testPayload()
      const { docs } = await payload.find({
        collection: 'workflow-events',
        where: { collection: { equals: collection }, record: { equals: String(id) } },
        sort: 'createdAt',
        depth: 0,
        pagination: false,
      })
      return docs
    }

    it('has at least one demo contract in every state of the contract-signing workflow', async () => {
      const payload = await testPayload()
      const workflow = (
        await payload.find({ collection: 'workflows', where: { key: { equals: 'contract-signing' } }, depth: 0 })
      ).docs[0]
      const states = workflow.states.map((s) => s.key)
      expect(states).toHaveLength(9)
      const contracts = await demoContracts()
      expect(contracts.map((c) => c.title).sort()).toEqual([...DEMO_CONTRACT_TITLES].sort())
      for (const state of states)
        expect(contracts.filter((c) => c.status === state).length, state).toBeGreaterThanOrEqual(1)
      expect(new Set(contracts.map((c) => c.number)).size).toBe(contracts.length)
      expect(contracts.every((c) => /^CT-\d{4}-\d{4}$/.test(c.number!))).toBe(true)
    })

    it('made most of them from accepted offers: the offer\u2019s client, owner, team, currency, lines and value', async () => {
      const payload = await testPayload()
      const contracts = await demoContracts()
      const fromOffers = contracts.filter((c) => c.offer)
      expect(fromOffers).toHaveLength(DEMO_CONTRACTS.filter((c) => c.offer).length)
      expect(fromOffers.length).toBeGreaterThanOrEqual(8)
      for (const contract of fromOffers) {
        const offer = await payload.findByID({ collection: 'offers', id: idOf(contract.offer), depth: 0 })
        expect(offer.status, contract.title).toBe('accepted')
        expect([contract.client, contract.owner, contract.team, contract.currency], contract.title).toEqual([
          offer.client,
          offer.owner,
          offer.team,
          offer.currency,
        ])
        expect(contract.signatories, contract.title).toEqual([offer.contact])
        const line = (l: NonNullable<typeof offer.lines>[number]) => [
          l.product,
          l.quantity,
          l.unitPrice,
          l.discountPercent ?? null,
          l.vatPercent,
          l.gross,
        ]
        expect(contract.lines!.map(line), contract.title).toEqual(offer.lines!.map(line))
        // The amended contract kept its lines: only its end date moved.
        expect(contract.totals, contract.title).toEqual(offer.totals)
        // Linked both ways: the offer lists its contract.
        const joined = await payload.findByID({ collection: 'offers', id: offer.id, depth: 0 })
        expect(((joined.contracts as { docs?: unknown[] })?.docs ?? []).map(idOf), contract.title).toEqual([
          contract.id,
        ])
      }
      // One is the sales demo's own accepted offer; one belongs to Sales West.
      const salesDemo = await payload.find({
        collection: 'offers',
        where: { title: { in: DEMO_OFFER_TITLES }, status: { equals: 'accepted' } },
        depth: 0,
      })
      expect(fromOffers.some((c) => salesDemo.docs.some((o) => o.id === idOf(c.offer)))).toBe(true)
      const sales2 = await user('sales2')
      expect(contracts.filter((c) => idOf(c.owner) === sales2.id)).toHaveLength(1)
    })

    it('reached each state through the flow, every step by the person whose step it is', async () => {
      const [manager, admin, sales2] = await Promise.all(['sales-manager', 'admin', 'sales2'].map(user))
      const signedPath = ['create', 'submit', 'approve', 'send', 'sign']
      const path: Record<string, string[]> = {
        draft: ['create', 'submit', 'return'],
        'in-review': signedPath.slice(0, 2),
        approved: signedPath.slice(0, 3),
        'sent-for-signature': signedPath.slice(0, 4),
        signed: signedPath,
        active: [...signedPath, 'activate'],
        ended: [...signedPath, 'activate', 'end'],
        terminated: [...signedPath, 'activate', 'terminate'],
        cancelled: ['create', 'submit', 'cancel'],
      }
      for (const contract of await demoContracts()) {
        const owner = idOf(contract.owner)
        const approver = owner === sales2.id ? admin.id : manager.id
        const steps = await stepsOf('contracts', contract.id)
        const renewals = Array.from({ length: contract.renewals ?? 0 }, () => 'renew')
        expect(
          steps.map((e) => e.transition),
          contract.title,
        ).toEqual([...path[contract.status!], ...renewals])
        for (const event of steps) {
          const expected = ['approve', 'return', 'terminate'].includes(event.transition)
            ? approver
            : ['activate', 'renew', 'end'].includes(event.transition)
              ? null
              : owner
          expect(event.user, `${contract.title}: ${event.transition}`).toBe(expected)
        }
        if (['draft', 'cancelled', 'terminated'].includes(contract.status!)) expect(steps.at(-1)!.comment).toBeTruthy()
        if (contract.status === 'terminated') expect(contract.terminationReason).toBeTruthy()
      }
    })

    it('is dated around the seed day: signed ones start later, active ones run now, ended ones are over, one renewed', async () => {
      const contracts = await demoContracts()
      const now = today()
      for (const contract of contracts) {
        expect(day(contract.endDate) > day(contract.startDate), contract.title).toBe(true)
        expect(contract.renewalDecisionDate, contract.title).toBeTruthy()
        if (contract.status === 'signed') expect(day(contract.startDate) > now, contract.title).toBe(true)
        if (contract.status === 'active') {
          expect(day(contract.startDate) <= now && now <= day(contract.endDate), contract.title).toBe(true)
          expect(day(contract.activatedAt) <= now, contract.title).toBe(true)
        }
        if (contract.status === 'ended') expect(day(contract.endDate) < now, contract.title).toBe(true)
        if (contract.signedAt) {
          expect(day(contract.signedAt) <= now, contract.title).toBe(true)
          expect(new Date(contract.signedAt).getTime()).toBeGreaterThan(new Date(contract.createdAt).getTime())
        }
      }
      const renewed = contracts.filter((c) => (c.renewals ?? 0) > 0)
      expect(renewed).toHaveLength(1)
      expect(renewed[0].status).toBe('active')
      expect(day(renewed[0].activatedAt) < day(renewed[0].startDate)).toBe(true)
    })

    it('keeps the signed copy of every signed contract, a real PDF replacing the draft sent for signature', async () => {
      const payload = await testPayload()
      const contracts = await demoContracts()
      for (const contract of contracts) {
        const documents = (
          await payload.find({
            collection: 'contract-documents',
            where: { contract: { equals: contract.id } },
            sort: 'version',
            depth: 1,
            pagination: false,
          })
        ).docs
        const kinds = documents.map((d) => (d.kind as { value: string }).value)
        const signed = ['signed', 'active', 'ended', 'terminated'].includes(contract.status!)
        const sent = signed || contract.status === 'sent-for-signature'
        expect(kinds.sort(), contract.title).toEqual(signed ? ['draft', 'signed'] : sent ? ['draft'] : [])
        expect((contract.documents ?? []).map(idOf).sort(), contract.title).toEqual(documents.map((d) => d.id).sort())
        for (const document of documents) {
          expect(document.mimeType).toBe('application/pdf')
          expect(idOf(document.createdBy)).toBe(idOf(contract.owner))
        }
        if (signed) {
          const draft = documents.find((d) => (d.kind as { value: string }).value === 'draft')!
          const copy = documents.find((d) => (d.kind as { value: string }).value === 'signed')!
          // Seeded as version 2 of the draft. Later test files share this database and may edit a
          // document's link (the bad-input test sends valid nulls): the version follows the link.
          if (idOf(copy.supersedes) !== null) expect(idOf(copy.supersedes)).toBe(draft.id)
          expect(copy.version).toBe(idOf(copy.supersedes) === null ? 1 : 2)
        }
      }
      const withCopy = contracts.find((c) => c.status === 'signed')!
      const copy = (
        await payload.find({
          collection: 'contract-documents',
          where: { contract: { equals: withCopy.id }, 'kind.value': { equals: 'signed' } },
          depth: 0,
        })
      ).docs[0]
      // The owner downloads it as any reader of the contract would.
      const response = await rawGet(
        `contract-documents/file/${encodeURIComponent(copy.filename!)}`,
        await login('sales@organizecrm.test'),
      )
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('application/pdf')
      const text = Buffer.from(await response.arrayBuffer()).toString('latin1')
      expect(text.startsWith('%PDF-1.4')).toBe(true)
      expect(text).toContain(`Contract nr. ${withCopy.number}`)
    })

    it('has activities with responsible people, payment instalments with amounts, validated by someone else, and an applied amendment', async () => {
      const payload = await testPayload()
      const manager = await user('sales-manager')
      const contracts = await demoContracts()
      const activities = (
        await payload.find({
          collection: 'contract-activities',
          where: { contract: { in: contracts.map((c) => c.id) } },
          depth: 1,
          pagination: false,
        })
      ).docs
      expect(activities.length).toBeGreaterThanOrEqual(10)
      expect(new Set(activities.map((a) => (a.type as { value: string }).value))).toEqual(
        new Set(['obligation', 'milestone', 'delivery', 'payment', 'review']),
      )
      expect(new Set(activities.map((a) => a.status))).toEqual(new Set(['planned', 'in-progress', 'done', 'validated']))
      for (const activity of activities) {
        const contract = contracts.find((c) => c.id === idOf(activity.contract))!
        expect(idOf(activity.responsible), activity.title).toBeTruthy()
        expect(idOf(activity.contractOwner), activity.title).toBe(idOf(contract.owner))
        if ((activity.type as { value: string }).value === 'payment') {
          expect(activity.amount, activity.title).toBeGreaterThan(0)
          expect(activity.amount!, activity.title).toBeLessThan(contract.totals!.gross!)
        }
        if (['done', 'validated'].includes(activity.status!)) {
          expect(day(activity.doneAt) <= today(), activity.title).toBe(true)
          const steps = await stepsOf('contract-activities', activity.id)
          const finish = steps.find((e) => e.transition === 'finish')!
          expect(finish.user, activity.title).toBe(idOf(activity.responsible))
          const validation = steps.find((e) => e.transition.startsWith('validate'))
          if (activity.status === 'validated') expect(validation!.user, activity.title).not.toBe(finish.user)
        }
      }
      const amendments = (
        await payload.find({
          collection: 'contract-amendments',
          where: { contract: { in: contracts.map((c) => c.id) } },
          depth: 0,
        })
      ).docs
      expect(amendments).toHaveLength(1)
      const [amendment] = amendments
      const contract = contracts.find((c) => c.id === idOf(amendment.contract))!
      expect(amendment.status).toBe('approved')
      expect(contract.status).toBe('active')
      expect(amendment.number).toBe(`${contract.number}/A1`)
      expect(contract.endDate).toBe(amendment.newEndDate)
      expect(day((amendment.previous as { endDate: string }).endDate) < day(contract.endDate)).toBe(true)
      const approval = (await stepsOf('contract-amendments', amendment.id)).find((e) => e.transition === 'approve')!
      expect(approval.user).toBe(manager.id)
    })
  })

  describe('the projects module', () => {
    const user = async (key: string) => userByEmail(await testPayload(), `${key}@organizecrm.test`)

    async function demoProjects() {
      const payload = await testPayload()
      return (
        await payload.find({
          collection: 'projects',
          where: { name: { in: DEMO_PROJECT_NAMES } },
          sort: 'number',
          depth: 0,
          pagination: false,
        })
      ).docs
    }

    it('made its projects from the templates as the project manager, who is their creator, their plans\u2019 and deliverables\u2019', async () => {
      const payload = await testPayload()
      const manager = await user('project-manager')
      const projects = await demoProjects()
      expect(projects.map((p) => p.name).sort()).toEqual([...DEMO_PROJECT_NAMES].sort())
      for (const project of projects) {
        expect(idOf(project.template), project.name).toBeTruthy()
        expect(idOf(project.manager), project.name).toBe(manager.id)
        expect(idOf(project.createdBy), project.name).toBe(manager.id)
      }
      const under = { project: { in: projects.map((p) => p.id) } }
      const activities = (
        await payload.find({ collection: 'project-activities', where: under, depth: 0, pagination: false })
      ).docs
      const deliverables = (
        await payload.find({ collection: 'project-deliverables', where: under, depth: 0, pagination: false })
      ).docs
      expect(activities.length).toBeGreaterThanOrEqual(projects.length * 5)
      expect(deliverables.length).toBeGreaterThanOrEqual(projects.length * 2)
      for (const record of [...activities, ...deliverables]) {
        expect(idOf(record.createdBy), 'title' in record ? record.title : record.name).toBe(manager.id)
      }
    })

    it('takes a project\u2019s creator from the session, never from the body: from-template and a PATCH ignore createdBy', async () => {
      const payload = await testPayload()
      const manager = await user('project-manager')
      const admin = await user('admin')
      const token = await login('project-manager@organizecrm.test')
      const [demo] = await demoProjects()
      const made = await api('POST', 'projects/from-template', {
        token,
        body: {
          template: idOf(demo.template),
          client: idOf(demo.client),
          start: '2031-03-17',
          name: uniqueMark('Proiect'),
          createdBy: admin.id,
        },
      })
      expect(made.status, JSON.stringify(made.body)).toBe(201)
      const id = made.body.doc.id as number
      try {
        const stored = async () => payload.findByID({ collection: 'projects', id, depth: 0 })
        expect(idOf((await stored()).createdBy)).toBe(manager.id)
        const plan = (
          await payload.find({
            collection: 'project-activities',
            where: { project: { equals: id } },
            depth: 0,
            pagination: false,
          })
        ).docs
        expect(plan.length).toBeGreaterThan(0)
        expect(plan.every((a) => idOf(a.createdBy) === manager.id)).toBe(true)
        const patched = await api('PATCH', `projects/${id}?depth=0`, {
          token,
          body: { description: 'Ultima modificare', createdBy: admin.id },
        })
        expect(patched.status, JSON.stringify(patched.body)).toBe(200)
        const after = await stored()
        expect(after.description).toBe('Ultima modificare')
        expect(idOf(after.createdBy)).toBe(manager.id)
      } finally {
        await api('DELETE', `projects/${id}`, { token })
      }
    })
  })
})
