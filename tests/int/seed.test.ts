import { describe, expect, it } from 'vitest'

import { cuiProblem } from '../../src/lib/cui'
import { seed } from '../../src/seed'
import { DEMO_CAMPAIGNS, DEMO_CLIENT_CUIS, DEMO_PROSPECT_CUIS, DEMO_TODOS } from '../../src/seed/demoCrm'
import { USER_SEEDS } from '../../src/seed/reference'
import { ROLE_SEEDS } from '../../src/seed/roles'
import { api } from '../helpers/http'
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
      'workflow-events',
      'notifications',
    ] as const
    const count = async () =>
      Object.fromEntries(await Promise.all(collections.map(async (c) => [c, (await payload.count({ collection: c })).totalDocs])))
    // Other files delete some reference data: the first run restores it, the second adds nothing.
    await seed(payload)
    const before = await count()
    await seed(payload)
    expect(await count()).toEqual(before)
    expect(before.clients).toBeGreaterThanOrEqual(30)
  })

  it('gives every system role an active demo user who can log in with the demo password', async () => {
    for (const { key } of ROLE_SEEDS) {
      const { status, body } = await api('POST', 'users/login', { body: { email: `${key}@organizecrm.test`, password: 'Demo-Pass-2026' } })
      expect(status, key).toBe(200)
      expect(body.user.active).toBe(true)
    }
    for (const extra of ['support-agent2', 'sales2']) {
      expect((await api('POST', 'users/login', { body: { email: `${extra}@organizecrm.test`, password: 'Demo-Pass-2026' } })).status).toBe(200)
    }
  })

  describe('the clients module', () => {
    const user = async (key: string) => userByEmail(await testPayload(), `${key}@organizecrm.test`)

    async function demoClients() {
      const payload = await testPayload()
      const cuis = [...DEMO_CLIENT_CUIS, ...DEMO_PROSPECT_CUIS]
      return (await payload.find({ collection: 'clients', where: { fiscalCode: { in: cuis } }, depth: 1, pagination: false })).docs
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
      const contacts = await payload.find({ collection: 'contacts', where: { client: { in: clients.map((c) => c.id) } }, depth: 0, pagination: false })
      for (const client of clients) {
        const people = contacts.docs.filter((p) => p.client === client.id)
        expect(people.length, client.name).toBeGreaterThanOrEqual(1)
        expect(people.length, client.name).toBeLessThanOrEqual(3)
        expect(people.filter((p) => p.primary).length, client.name).toBe(1)
      }
    })

    it('has prospects in every state, reached through the workflow; the converted ones made their client, contact and opportunity', async () => {
      const payload = await testPayload()
      const prospects = (await payload.find({ collection: 'prospects', where: { fiscalCode: { in: DEMO_PROSPECT_CUIS } }, depth: 0, pagination: false })).docs
      expect(new Set(prospects.map((p) => p.status))).toEqual(new Set(['new', 'contacted', 'qualified', 'converted', 'disqualified']))
      expect(prospects.every((p) => p.nextStepDate)).toBe(true)
      for (const prospect of prospects.filter((p) => p.status === 'converted')) {
        expect(prospect).toMatchObject({ client: expect.any(Number), contact: expect.any(Number), opportunity: expect.any(Number) })
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
        where: { collection: { equals: 'prospects' }, record: { equals: String(disqualified.id) }, transition: { equals: 'disqualify' } },
        depth: 0,
      })
      expect(comment.docs[0].comment).toBeTruthy()
    })

    it('has opportunities in every stage, lost ones with a reason, some from a campaign, closing from last month to three months ahead', async () => {
      const payload = await testPayload()
      const clients = await demoClients()
      const opportunities = (
        await payload.find({ collection: 'opportunities', where: { client: { in: clients.map((c) => c.id) } }, depth: 1, pagination: false })
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
        await payload.find({ collection: 'campaigns', where: { name: { in: [DEMO_CAMPAIGNS.running.name, DEMO_CAMPAIGNS.submitted.name] } }, depth: 0 })
      ).docs
      const running = campaigns.find((c) => c.name === DEMO_CAMPAIGNS.running.name)!
      const submitted = campaigns.find((c) => c.name === DEMO_CAMPAIGNS.submitted.name)!
      expect(running).toMatchObject({ status: 'running', owner: marketing.id })
      expect(running.targetClients!.length).toBeGreaterThan(0)
      expect(submitted).toMatchObject({ status: 'submitted', owner: marketing.id })
      const approval = await payload.find({
        collection: 'workflow-events',
        where: { collection: { equals: 'campaigns' }, record: { equals: String(running.id) }, transition: { equals: 'approve' } },
        depth: 0,
      })
      expect(approval.docs[0].user).toBe(manager.id)
      const actions = (await payload.find({ collection: 'marketing-actions', where: { campaign: { in: [running.id, submitted.id] } }, depth: 0, pagination: false })).docs
      expect(new Set(actions.map((a) => a.status))).toEqual(new Set(['draft', 'submitted', 'returned', 'validated', 'done']))
      expect(new Set(actions.map((a) => a.campaign))).toEqual(new Set([running.id, submitted.id]))
      expect(actions.filter((a) => a.responsible === marketing.id).length).toBeGreaterThan(actions.length / 2)
      expect(actions.every((a) => a.due)).toBe(true)
    })

    it('gives every demo user but the administrator a calendar of todos around the seed day, some done, some all-day, some linked', async () => {
      const payload = await testPayload()
      // The Bucharest hour of an instant.
      const hour = (iso: string) => Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Bucharest', hour: '2-digit', hourCycle: 'h23' }).format(new Date(iso)))
      for (const seedUser of USER_SEEDS.filter((u) => u.role !== 'admin')) {
        const key = seedUser.email.split('@')[0] as keyof typeof DEMO_TODOS
        const responsible = await userByEmail(payload, seedUser.email)
        const all = (await payload.find({ collection: 'todos', where: { responsible: { equals: responsible.id } }, depth: 0, pagination: false })).docs
        // Other files add todos too: the demo ones are known by their titles (a linked one names its record after the colon).
        const planned = DEMO_TODOS[key]!.map((t) => t.title.split('%')[0])
        const todos = all.filter((t) => planned.some((title) => t.title.startsWith(title)))
        expect(todos.length, key).toBeGreaterThanOrEqual(Math.min(8, planned.length))
        expect(all.length, key).toBeGreaterThanOrEqual(8)
        const when = todos.map((t) => Date.parse((t.start ?? t.due)!))
        expect(when.some((at) => at >= Date.now() - DAY && at <= Date.now() + 7 * DAY), key).toBe(true)
        expect(when.some((at) => at > Date.now() + 10 * DAY), key).toBe(true)
        expect(todos.some((t) => t.allDay), key).toBe(true)
        expect(todos.filter((t) => !t.allDay && t.end).every((t) => hour(t.start!) >= 9 && hour(t.end!) <= 18), key).toBe(true)
        if (key === 'viewer') continue
        expect(todos.some((t) => t.relatedTo), key).toBe(true)
        expect(todos.some((t) => t.status === 'done'), key).toBe(true)
        expect(todos.some((t) => t.status === 'open'), key).toBe(true)
      }
    })
  })
})
