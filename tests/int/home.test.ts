import type { CollectionSlug, Payload, TypedUser, Where } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { USER_SEEDS } from '@/collections/admin/demoUsers'
import { TICKET_SYSTEM_UPDATE } from '@/collections/support/tickets/defaults'
import { whereOfHref } from '@/hooks/home/link'
import type { HomeAnswer, HomeBlock, HomeFigure } from '@/hooks/home/types'
import { modulesOf } from '@/hooks/modules/registry'
import { toCents } from '@/lib/money'
import { addDays, dayIn, DEFAULT_TIME_ZONE, instantAt } from '@/lib/timeZone'
import { uniqueMark } from '../helpers/crm'
import { api, login, rawApi } from '../helpers/http'
import { outcome, testPayload, userByEmail } from '../helpers/payload'

const DAY = 24 * 3600_000
const ROLES = ['sales', 'support-agent', 'support-manager', 'viewer', 'admin'] as const

/**
 * Each person's home page (issue 14, GET /api/home): every figure is what that person's own list
 * shows behind the figure's link, blocks of what they may not read are left out, managers get
 * their teams' figures, and "today" is the settings' time zone's.
 */
describe('home page figures', () => {
  let payload: Payload
  const mark = uniqueMark('Acasa')
  const token: Record<string, string> = {}
  const user: Record<string, TypedUser> = {}
  const team: Record<string, number> = {}
  let timeZone: string

  const home = async (who: string) => {
    const answer = await api('GET', 'home', { token: token[who] })
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    return answer.body as HomeAnswer
  }
  const block = (answer: HomeAnswer, key: string) => answer.blocks.find((b) => b.key === key)
  const figure = (b: HomeBlock | undefined, key: string, whose: 'mine' | 'team' = 'mine') =>
    (whose === 'mine' ? b?.mine : b?.team)?.find((f) => f.key === key)

  /** What the person's own list behind the link holds: the count, or the sum of the amount field. */
  async function listed(person: TypedUser, collection: string, where: Where, sumField?: string) {
    const found = await payload.find({
      collection: collection as CollectionSlug,
      where,
      depth: 0,
      ...(sumField ? { pagination: false, select: { [sumField]: true } } : { limit: 1 }),
      user: person,
      overrideAccess: false,
    })
    if (!sumField) return found.totalDocs
    return (
      found.docs.reduce((sum, doc) => sum + toCents((doc as unknown as Record<string, unknown>)[sumField]), 0) / 100
    )
  }

  /** Every figure of the answer against the person's list behind its link. */
  async function expectFiguresMatchLists(person: TypedUser, answer: HomeAnswer) {
    for (const b of answer.blocks) {
      for (const f of [...b.mine, ...(b.team ?? [])] as HomeFigure[]) {
        expect(f.href.startsWith(`/admin/collections/${b.collection}?where`), f.href).toBe(true)
        const sumField = f.key === 'pipeline-value' ? 'value' : undefined
        const value = await listed(person, b.collection, whereOfHref(f.href), sumField)
        expect(f.value, `${person.email} ${b.key}.${f.key}`).toBe(value)
      }
    }
  }

  beforeAll(async () => {
    payload = await testPayload()
    for (const seed of USER_SEEDS) {
      token[seed.email.split('@')[0]] = await login(seed.email)
      user[seed.email.split('@')[0]] = await userByEmail(payload, seed.email)
    }
    for (const t of (await payload.find({ collection: 'teams', depth: 0, pagination: false })).docs) team[t.key] = t.id
    timeZone = (await payload.findGlobal({ slug: 'settings', depth: 0 })).time?.timeZone || DEFAULT_TIME_ZONE

    // Tickets of the support agent and of the west team, one of them past due.
    const type = await payload.create({
      collection: 'ticket-types',
      data: { name: `${mark} type`, sla: { resolutionHours: 8 } },
    })
    const ticket = async (title: string, responsible: TypedUser, teamKey: string, dueInDays: number) => {
      const made = await payload.create({
        collection: 'tickets',
        data: { title: `${mark} ${title}`, type: type.id, team: team[teamKey], responsible: responsible.id },
        depth: 0,
      })
      await payload.update({
        collection: 'tickets',
        id: made.id,
        data: { dueDate: new Date(Date.now() + dueInDays * DAY).toISOString() },
        context: { [TICKET_SYSTEM_UPDATE]: true },
        depth: 0,
      })
    }
    await ticket('late', user['support-agent'], 'support', -1)
    await ticket('soon', user['support-agent'], 'support', 2)
    await ticket('west', user['support-agent2'], 'support-west', -1)

    // The salesperson's todos: one due today, a meeting starting today, one past due since yesterday.
    const today = dayIn(new Date(), timeZone)
    const todo = (title: string, data: { type: 'call' | 'meeting' | 'task'; due?: string; start?: string }) =>
      payload.create({
        collection: 'todos',
        data: { title: `${mark} ${title}`, responsible: user.sales.id, ...data },
        depth: 0,
      })
    await todo('today', { type: 'call', due: instantAt(today, '23:30', timeZone).toISOString() })
    await todo('meeting', { type: 'meeting', start: instantAt(today, '00:10', timeZone).toISOString() })
    await todo('late', { type: 'task', due: instantAt(addDays(today, -1), '09:00', timeZone).toISOString() })

    // An open opportunity of the salesperson in RON, with cents.
    const [client] = (
      await payload.find({ collection: 'clients', where: { owner: { equals: user.sales.id } }, limit: 1, depth: 0 })
    ).docs
    const [stage] = (
      await payload.find({
        collection: 'nomenclators',
        where: { list: { equals: 'opportunity-stages' }, value: { not_in: ['won', 'lost'] } },
        limit: 1,
        depth: 0,
      })
    ).docs
    await payload.create({
      collection: 'opportunities',
      data: { title: `${mark} deal`, client: client.id, stage: stage.id, value: 12_345.67, owner: user.sales.id },
      depth: 0,
    })
  })

  it('answers 401 without a session or with a bad one', async () => {
    expect((await api('GET', 'home')).status).toBe(401)
    expect((await api('GET', 'home', { token: 'not-a-token' })).status).toBe(401)
  })

  it.each(ROLES)('gives %s figures equal to what the linked lists show them', async (who) => {
    const answer = await home(who)
    expect(answer.timeZone).toBe(timeZone)
    expect(answer.today).toBe(dayIn(new Date(), timeZone))
    expect(answer.blocks.length).toBeGreaterThan(0)
    await expectFiguresMatchLists(user[who], answer)
  })

  it('leaves out exactly the blocks whose collection the role does not read', async () => {
    for (const who of ROLES) {
      const answer = await home(who)
      for (const source of modulesOf(payload).homeSources) {
        const reads = await outcome(() =>
          payload.find({ collection: source.collection, limit: 1, depth: 0, user: user[who], overrideAccess: false }),
        )
        expect(Boolean(block(answer, source.key)), `${who} ${source.key}`).toBe(reads === 'allowed')
      }
    }
    // As the roles' matrix has it: sales reads no ticket actions, support agents no offers.
    expect(block(await home('sales'), 'ticket-actions')).toBeUndefined()
    expect(block(await home('support-agent'), 'offers')).toBeUndefined()
    expect(block(await home('support-agent'), 'tickets')).toBeDefined()
  })

  it("shows the salesperson today's and past-due todos, the meeting, and the pipeline in RON", async () => {
    const answer = await home('sales')
    const todos = block(answer, 'todos')
    expect(figure(todos, 'today')!.value).toBeGreaterThanOrEqual(1)
    expect(figure(todos, 'meetings-today')!.value).toBeGreaterThanOrEqual(1)
    const late = figure(todos, 'overdue')!
    expect(late.value).toBeGreaterThanOrEqual(1)
    expect(late.alert).toBe(true)
    const pipeline = figure(block(answer, 'opportunities'), 'pipeline-value')!
    expect(pipeline.value).toBeGreaterThanOrEqual(12_345.67)
    expect(pipeline.display).toMatch(/^\d{1,3}(\.\d{3})*,\d{2} RON$/)
    // Sales manages no team: no team figures.
    expect(answer.teams).toEqual([])
    expect(todos!.team).toBeNull()
  })

  it("gives the support manager their teams' ticket figures beside their own; an agent none", async () => {
    const manager = await home('support-manager')
    expect(manager.teams.map((t) => t.id)).toContain(team.support)
    const tickets = block(manager, 'tickets')!
    expect(tickets.team).not.toBeNull()
    const late = figure(tickets, 'overdue', 'team')!
    expect(late.value).toBeGreaterThanOrEqual(1)
    // The team figure counts the team's tickets, not the west team's.
    const where = whereOfHref(late.href)
    const rows = await payload.find({
      collection: 'tickets',
      where,
      pagination: false,
      depth: 0,
      user: user['support-manager'],
      overrideAccess: false,
    })
    expect(rows.docs.some((t) => t.title === `${mark} late`)).toBe(true)
    expect(rows.docs.some((t) => t.title === `${mark} west`)).toBe(false)
    expect(rows.docs.every((t) => t.team === team.support || manager.teams.some((m) => m.id === t.team))).toBe(true)

    const agent = await home('support-agent')
    expect(agent.teams).toEqual([])
    const own = block(agent, 'tickets')!
    expect(own.team).toBeNull()
    expect(figure(own, 'overdue')!.value).toBeGreaterThanOrEqual(1)
    expect(figure(own, 'open')!.value + figure(own, 'active')!.value + figure(own, 'waiting')!.value).toBe(
      await listed(user['support-agent'], 'tickets', {
        and: [
          { responsible: { equals: user['support-agent'].id } },
          { statusCategory: { in: ['open', 'active', 'waiting'] } },
        ],
      }),
    )
  })

  it('answers every demo user, each figure matching their own list', async () => {
    for (const who of Object.keys(token)) await expectFiguresMatchLists(user[who], await home(who))
  })

  it('speaks the reader’s language', async () => {
    const answer = await rawApi('GET', 'home', { token: token['support-agent'], language: 'ro' })
    expect(answer.status).toBe(200)
    const tickets = (answer.body as HomeAnswer).blocks.find((b) => b.key === 'tickets')!
    expect(tickets.label).toBe('Tichete')
    expect(tickets.mine.find((f) => f.key === 'overdue')!.label).toBe('Depășite')
  })
})
