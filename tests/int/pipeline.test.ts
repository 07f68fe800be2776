import { REST_GET } from '@payloadcms/next/routes'
import { type AdminViewServerProps, createLocalReq, getAccessResults, type Payload, type TypedUser } from 'payload'
import type { ReactElement } from 'react'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { CARDS_PER_STAGE } from '@/collections/crm/opportunities/board'
import type { BoardAnswer } from '@/collections/crm/opportunities/boardTypes'
import { PipelineView } from '@/collections/crm/opportunities/pipeline/PipelineView'
import type { PipelineOptions } from '@/collections/crm/opportunities/pipeline/types'
import config from '../helpers/config'
import { api, login } from '../helpers/http'
import { testPayload, userByEmail } from '../helpers/payload'

// The admin template and UI kit import stylesheets Node cannot load; the view's own logic is under test.
vi.mock('@payloadcms/next/templates', () => ({ DefaultTemplate: () => null }))
vi.mock('@payloadcms/ui', () => ({ Gutter: () => null }))

/** The pipeline board (R6): GET /api/opportunities/board and moving cards by PATCH, as its users meet them. */
describe('the opportunities pipeline board', () => {
  let payload: Payload
  const tokens: Record<string, string> = {}
  const people: Record<string, TypedUser> = {}
  const stage: Record<string, number> = {}
  const currency: Record<string, number> = {}
  let lostReason: number
  // Other files share the database: this file's opportunities close in a year of their own.
  const year = 2200 + Math.floor(Math.random() * 700)
  const mark = `pipe-${Math.random().toString(36).slice(2, 8)}`
  const period = `from=${year}-01-01&to=${year}-12-31`
  const ids: Record<string, number> = {}

  const board = async (who: string, query = period) => {
    const answer = await api('GET', `opportunities/board?${query}`, { token: tokens[who] })
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    return answer.body as BoardAnswer
  }
  const column = (body: BoardAnswer, value: string) => body.stages.find((s) => s.value === value)!
  const cardIds = (body: BoardAnswer) => body.stages.flatMap((s) => s.cards.map((c) => c.id)).sort((a, b) => a - b)

  async function createAs(who: string, key: string, data: Record<string, unknown>) {
    const answer = await api('POST', 'opportunities', {
      token: tokens[who],
      body: { title: `${mark} ${key}`, ...data },
    })
    expect(answer.status, JSON.stringify(answer.body)).toBe(201)
    ids[key] = answer.body.doc.id
  }
  const day = (month: number, date = 15) =>
    `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}T12:00:00.000Z`

  beforeAll(async () => {
    payload = await testPayload()
    for (const who of ['sales', 'sales2', 'sales-manager', 'admin', 'marketing']) {
      tokens[who] = await login(`${who}@organizecrm.test`)
      people[who] = await userByEmail(payload, `${who}@organizecrm.test`)
    }
    const items = await payload.find({
      collection: 'nomenclators',
      where: { list: { in: ['opportunity-stages', 'currencies', 'lost-reasons'] } },
      pagination: false,
      depth: 0,
    })
    for (const item of items.docs) {
      if (item.list === 'opportunity-stages') stage[item.value] = item.id
      if (item.list === 'currencies') currency[item.value] = item.id
      if (item.list === 'lost-reasons' && item.value === 'price') lostReason = item.id
    }
    const client = async (who: string) =>
      (await api('POST', 'clients', { token: tokens[who], body: { name: `${mark} client of ${who}` } })).body.doc
        .id as number
    const ownClient = await client('sales')
    const otherClient = await client('sales2')

    await createAs('sales', 'proposal', {
      client: ownClient,
      stage: stage.proposal,
      value: 1000.1,
      currency: currency.RON,
      expectedCloseDate: day(3),
    })
    await createAs('sales', 'analysis', {
      client: ownClient,
      stage: stage['needs-analysis'],
      value: 1000.1,
      currency: currency.RON,
      expectedCloseDate: day(4),
    })
    await createAs('sales', 'tenth', {
      client: ownClient,
      stage: stage.qualification,
      value: 0.1,
      currency: currency.RON,
      expectedCloseDate: day(5, 1),
    })
    await createAs('sales', 'fifth', {
      client: ownClient,
      stage: stage.qualification,
      value: 0.2,
      currency: currency.RON,
      expectedCloseDate: day(5, 2),
    })
    await createAs('sales', 'euro', {
      client: ownClient,
      stage: stage.negotiation,
      value: 200,
      currency: currency.EUR,
      expectedCloseDate: day(6),
    })
    await createAs('sales', 'lei', {
      client: ownClient,
      stage: stage.negotiation,
      value: 100,
      currency: currency.RON,
      expectedCloseDate: day(6),
    })
    await createAs('sales', 'mover', {
      client: ownClient,
      stage: stage.qualification,
      value: 2000,
      currency: currency.RON,
      expectedCloseDate: day(7),
    })
    await createAs('sales2', 'west', {
      client: otherClient,
      stage: stage.proposal,
      value: 5000,
      currency: currency.RON,
      expectedCloseDate: day(3),
    })
    // Owned by sales, about a client only sales2 may read (set up by the system, not through access).
    const foreign = await payload.create({
      collection: 'opportunities',
      data: {
        title: `${mark} foreign client`,
        client: otherClient,
        owner: people.sales.id,
        stage: stage.won,
        value: 10,
        currency: currency.RON,
        expectedCloseDate: day(8),
      },
      depth: 0,
    })
    ids.foreign = foreign.id
    // Outside the period: never counted.
    await createAs('sales', 'later', {
      client: ownClient,
      stage: stage.proposal,
      value: 999,
      currency: currency.RON,
      expectedCloseDate: `${year + 1}-01-01T12:00:00.000Z`,
    })
  })

  it('answers 401 without a session and 403 to a role that reads no opportunities', async () => {
    expect((await api('GET', `opportunities/board?${period}`)).status).toBe(401)
    expect((await api('GET', `opportunities/board?${period}`, { token: tokens.marketing })).status).toBe(403)
  })

  it('refuses malformed filters with a clear 400, in the user\u2019s language', async () => {
    const cases: [string, RegExp][] = [
      ['owner=abc', /owner filter must be a user's numeric id/],
      ['owner=1.5', /owner filter/],
      ['team=-3', /team filter must be a team's numeric id/],
      ['owner=99999999999', /owner filter/],
      ['from=2026-02-30', /"from" date must be a real day written YYYY-MM-DD/],
      ['to=31.12.2026', /"to" date/],
      ['from=2026-05-01&to=2026-04-30', /period is reversed/],
    ]
    for (const [query, message] of cases) {
      const answer = await api('GET', `opportunities/board?${query}`, { token: tokens.sales })
      expect(answer.status, query).toBe(400)
      expect(answer.body.errors[0].message, query).toMatch(message)
    }
    const romanian = await REST_GET(config)(
      new Request('http://localhost:3000/api/opportunities/board?team=x', {
        headers: { authorization: `JWT ${tokens.sales}`, 'accept-language': 'ro' },
      }),
      { params: Promise.resolve({ slug: ['opportunities', 'board'] }) },
    )
    expect(romanian.status).toBe(400)
    expect((await romanian.json()).errors[0].message).toMatch(/Filtrul de echipă trebuie să fie id-ul numeric/)
  })

  it('shows active stages in order, won and lost included, labelled in the request\u2019s locale', async () => {
    const inactive = await payload.create({
      collection: 'nomenclators',
      data: { list: 'opportunity-stages', value: `${mark}-old`, label: 'Veche', number: 5, order: 1, active: false },
    })
    try {
      const english = await board('sales', `${period}&locale=en`)
      const values = english.stages.map((s) => s.value)
      const seeded = ['qualification', 'needs-analysis', 'proposal', 'negotiation', 'won', 'lost']
      expect(values.filter((v) => seeded.includes(v))).toEqual(seeded)
      expect(values).not.toContain(`${mark}-old`)
      expect(column(english, 'proposal')).toMatchObject({
        id: stage.proposal,
        label: 'Proposal',
        probability: 50,
        outcome: 'open',
      })
      expect(column(english, 'won')).toMatchObject({ label: 'Won', probability: 100, outcome: 'won' })
      expect(column(english, 'lost')).toMatchObject({ label: 'Lost', probability: 0, outcome: 'lost' })
      expect(column(await board('sales'), 'proposal').label).toBe('Ofertare')
    } finally {
      await payload.delete({ collection: 'nomenclators', id: inactive.id })
    }
  })

  it('gives sales their own cards only, with exact totals and weighted totals over them', async () => {
    const body = await board('sales')
    expect(cardIds(body)).toEqual(
      [ids.proposal, ids.analysis, ids.tenth, ids.fifth, ids.euro, ids.lei, ids.mover, ids.foreign].sort(
        (a, b) => a - b,
      ),
    )
    expect(body.truncated).toBe(false)
    expect(column(body, 'proposal')).toMatchObject({ count: 1, total: 1000.1, weightedTotal: 500.05, currency: 'RON' })
    // 1000.10 at 25% is 250.025: rounded to the cent once, on the card and in the total.
    expect(column(body, 'needs-analysis')).toMatchObject({ count: 1, total: 1000.1, weightedTotal: 250.03 })
    expect(column(body, 'needs-analysis').cards[0]).toMatchObject({
      value: 1000.1,
      weightedValue: 250.03,
      currency: 'RON',
    })
    // 0.1 + 0.2 + 2000 in cents: exactly 2000.3, not 2000.3000000000002.
    expect(column(body, 'qualification')).toMatchObject({ count: 3, total: 2000.3, weightedTotal: 200.03 })
    const negotiation = column(body, 'negotiation')
    expect(negotiation).toMatchObject({ count: 2, total: 300, weightedTotal: 225, currency: null })
    expect(negotiation.byCurrency.sort((a, b) => a.total - b.total)).toEqual([
      { currency: 'RON', count: 1, total: 100, weightedTotal: 75 },
      { currency: 'EUR', count: 1, total: 200, weightedTotal: 150 },
    ])
    expect(column(body, 'lost')).toMatchObject({ count: 0, total: 0, cards: [] })

    const card = column(body, 'proposal').cards[0]
    expect(card).toMatchObject({
      title: `${mark} proposal`,
      client: { name: `${mark} client of sales` },
      owner: { id: people.sales.id, name: people.sales.name },
      expectedCloseDate: day(3),
    })
    // The client of the won card belongs to sales2: its id is on the opportunity, its name is not shown.
    expect(column(body, 'won').cards[0].client).toEqual({ id: expect.any(Number), name: null })
    // Soonest expected close first.
    expect(column(body, 'qualification').cards.map((c) => c.id)).toEqual([ids.tenth, ids.fifth, ids.mover])
  })

  it('gives the sales manager the team\u2019s cards but not another team\u2019s; admins see all and can filter', async () => {
    const manager = await board('sales-manager')
    expect(cardIds(manager)).toContain(ids.proposal)
    expect(cardIds(manager)).not.toContain(ids.west)
    expect(column(manager, 'proposal')).toMatchObject({ count: 1, total: 1000.1 })
    // Team-scoped clients: sales-west's client stays nameless for the sales team's manager too.
    expect(column(manager, 'won').cards[0].client?.name).toBeNull()

    const admin = await board('admin')
    expect(column(admin, 'proposal')).toMatchObject({ count: 2, total: 6000.1, weightedTotal: 3000.05 })
    expect(cardIds(await board('admin', `${period}&owner=${people.sales2.id}`))).toEqual([ids.west])
    const team = people.sales.team as number
    const ofTeam = await board('admin', `${period}&team=${team}`)
    expect(cardIds(ofTeam)).toContain(ids.proposal)
    expect(cardIds(ofTeam)).not.toContain(ids.west)
    // A filter narrows what the caller may see; it never widens it.
    expect(cardIds(await board('sales', `${period}&owner=${people.sales2.id}`))).toEqual([])
    const narrow = await board('admin', `from=${year}-03-01&to=${year}-03-31`)
    expect(cardIds(narrow)).toEqual([ids.proposal, ids.west].sort((a, b) => a - b))
  })

  it('moves a card by PATCH only for who may update it, and follows the stage', async () => {
    const path = `opportunities/${ids.mover}`
    const stranger = await api('PATCH', path, { token: tokens.sales2, body: { stage: stage.negotiation } })
    expect([403, 404]).toContain(stranger.status)

    const moved = await api('PATCH', path, { token: tokens.sales, body: { stage: stage.negotiation } })
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    expect(moved.body.doc).toMatchObject({ probability: 75, weightedValue: 1500, outcome: 'open' })
    const after = await board('sales')
    expect(column(after, 'negotiation').cards.map((c) => c.id)).toContain(ids.mover)
    expect(column(after, 'negotiation')).toMatchObject({ count: 3, total: 2300, weightedTotal: 1725 })
    expect(column(after, 'qualification')).toMatchObject({ count: 2, total: 0.3 })

    const noReason = await api('PATCH', path, { token: tokens.sales, body: { stage: stage.lost } })
    expect(noReason.status).toBe(400)
    expect(JSON.stringify(noReason.body)).toMatch(/lostReason/)
    expect(noReason.body.errors[0].message).toMatch(/lost reason/)

    const lost = await api('PATCH', path, { token: tokens.sales, body: { stage: stage.lost, lostReason } })
    expect(lost.status, JSON.stringify(lost.body)).toBe(200)
    expect(lost.body.doc).toMatchObject({
      outcome: 'lost',
      probability: 0,
      weightedValue: 0,
      lostReason: { id: lostReason },
    })
    const final = await board('sales')
    expect(column(final, 'lost')).toMatchObject({ count: 1, total: 2000, weightedTotal: 0 })
    expect(column(final, 'lost').cards[0].id).toBe(ids.mover)

    // The manager steers the team's cards too.
    const byManager = await api('PATCH', `opportunities/${ids.lei}`, {
      token: tokens['sales-manager'],
      body: { stage: stage.won },
    })
    expect(byManager.status).toBe(200)
    expect(byManager.body.doc).toMatchObject({ outcome: 'won', probability: 100, weightedValue: 100 })
  })

  it('counts and totals every matching opportunity while sending at most the capped cards', async () => {
    const bulkYear = year + 1000
    const ownClient = (
      await payload.find({ collection: 'clients', where: { name: { equals: `${mark} client of sales` } }, depth: 0 })
    ).docs[0].id
    for (let i = 0; i < CARDS_PER_STAGE + 1; i++) {
      await payload.create({
        collection: 'opportunities',
        data: {
          title: `${mark} bulk ${i}`,
          client: ownClient,
          owner: people.sales.id,
          stage: stage.qualification,
          value: 0.1,
          currency: currency.RON,
          expectedCloseDate: `${bulkYear}-06-15T12:00:00.000Z`,
        },
        depth: 0,
      })
    }
    const body = await board('sales', `from=${bulkYear}-01-01&to=${bulkYear}-12-31`)
    expect(body.truncated).toBe(true)
    expect(column(body, 'qualification')).toMatchObject({
      count: CARDS_PER_STAGE + 1,
      total: 20.1,
      weightedTotal: 2.01,
    })
    expect(column(body, 'qualification').cards).toHaveLength(CARDS_PER_STAGE)
  })
})

describe('the pipeline admin view', () => {
  async function render(user: TypedUser | null) {
    const payload = await testPayload()
    const req = await createLocalReq({ user: user ?? undefined }, payload)
    if (!user) req.user = null
    const initPageResult = {
      req,
      locale: undefined,
      permissions: await getAccessResults({ req }),
      visibleEntities: { collections: [], globals: [] },
    }
    return PipelineView({
      initPageResult,
      params: {},
      searchParams: {},
      user: user ?? undefined,
    } as unknown as AdminViewServerProps)
  }
  // AdminFrame > the board (or the refusal).
  const content = (page: ReactElement) => (page.props as { children: ReactElement }).children

  it('sends a guest to the login page, back to the board afterwards', async () => {
    await expect(render(null)).rejects.toMatchObject({
      digest: expect.stringContaining('/admin/login?redirect=%2Fadmin%2Fpipeline'),
    })
  })

  it('gives a seller the board with the owners, teams and lost reasons they may read; others a refusal', async () => {
    const payload = await testPayload()
    const seller = await userByEmail(payload, 'sales@organizecrm.test')
    const board = content(await render(seller))
    const options = (board.props as { options: PipelineOptions }).options
    expect(options.owners.map((o) => o.label)).toContain(seller.name)
    expect(options.teams.length).toBeGreaterThan(0)
    expect(options.lostReasons.map((o) => o.label)).toEqual(expect.arrayContaining(['Preț', 'Concurență']))
    const refused = content(await render(await userByEmail(payload, 'marketing@organizecrm.test')))
    expect(refused.type).toBe('p')
  })
})
