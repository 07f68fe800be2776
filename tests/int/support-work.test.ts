import { type AdminViewServerProps, createLocalReq, getAccessResults, type Payload, type TypedUser } from 'payload'
import type { ReactElement } from 'react'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { TICKET_SYSTEM_UPDATE } from '@/collections/support/tickets/defaults'
import type { TeamSummaryAnswer, WorkCounts } from '@/collections/support/tickets/teamSummary/types'
import type { MyWorkAnswer } from '@/components/shell/myWork/types'
import { addDays, dayIn, DEFAULT_TIME_ZONE, instantAt } from '@/lib/timeZone'
import { MyWorkView } from '@/components/shell/myWork/MyWorkView'
import { SupportTeamBoard } from '@/collections/support/tickets/teamSummary/components/SupportTeamBoard'
import { SupportTeamView } from '@/collections/support/tickets/teamSummary/components/SupportTeamView'
import { uniqueMark } from '../helpers/crm'
import { api, login } from '../helpers/http'
import { testPayload, userByEmail } from '../helpers/payload'

// The admin template and UI kit import stylesheets Node cannot load; the views' own logic is under test.
vi.mock('@payloadcms/next/templates', () => ({ DefaultTemplate: () => null }))
vi.mock('@payloadcms/ui', () => ({ Gutter: () => null }))

const step = (collection: string, id: number, token: string, transition: string, comment?: string) =>
  api('POST', `${collection}/${id}/transition`, { token, body: { transition, ...(comment ? { comment } : {}) } })

const DAY = 24 * 3600_000

/** "My work" and the support manager's team view (R30), through HTTP as their users meet them. */
describe('my work and the support team summary', () => {
  let payload: Payload
  const mark = uniqueMark('Lucru')
  const token: Record<string, string> = {}
  const user: Record<string, TypedUser> = {}
  const team: Record<string, number> = {}
  const ticket: Record<string, number> = {}
  const action: Record<string, number> = {}
  const todo: Record<string, number> = {}
  let typeId: number
  let timeZone: string

  const who = ['support-agent', 'support-agent2', 'support-manager', 'admin', 'marketing'] as const

  /** A ticket of this file, entered by the system (no reporter), due `dueInDays` from now. */
  async function newTicket(key: string, data: { team: number; responsible?: number }, dueInDays: number) {
    const made = await payload.create({
      collection: 'tickets',
      data: { title: `${mark} ${key}`, type: typeId, ...data },
      depth: 0,
    })
    // Due dates are the application's own (service levels): only its system updates may move them.
    await payload.update({
      collection: 'tickets',
      id: made.id,
      data: { dueDate: new Date(Date.now() + dueInDays * DAY).toISOString() },
      context: { [TICKET_SYSTEM_UPDATE]: true },
      depth: 0,
    })
    ticket[key] = made.id
    return made.id
  }

  async function ok(answer: Promise<{ status: number; body: any }>) {
    const { status, body } = await answer
    expect(status, JSON.stringify(body)).toBe(200)
    return body
  }

  const assign = (key: string, person: string, as = 'support-manager') =>
    ok(api('POST', `tickets/${ticket[key]}/assign`, { token: token[as], body: { responsible: user[person].id } }))

  const myWork = async (as: string) => (await ok(api('GET', 'my-work?locale=en', { token: token[as] }))) as MyWorkAnswer
  const summary = async (as: string) =>
    (await ok(api('GET', 'tickets/team-summary', { token: token[as] }))) as TeamSummaryAnswer
  const mine = <Row extends { title: string }>(rows: Row[]) => rows.filter((row) => row.title.startsWith(mark))
  const key = (title: string) => title.slice(mark.length + 1)

  beforeAll(async () => {
    payload = await testPayload()
    for (const name of who) {
      token[name] = await login(`${name}@organizecrm.test`)
      user[name] = await userByEmail(payload, `${name}@organizecrm.test`)
    }
    for (const t of (
      await payload.find({ collection: 'teams', where: { key: { in: ['support', 'support-west'] } }, depth: 0 })
    ).docs)
      team[t.key] = t.id
    typeId = (
      await payload.create({ collection: 'ticket-types', data: { name: `${mark} type`, sla: { resolutionHours: 8 } } })
    ).id
    timeZone = (await payload.findGlobal({ slug: 'settings', depth: 0 })).time?.timeZone || DEFAULT_TIME_ZONE

    const agent = user['support-agent'].id
    // The agent's tickets in every state, due dates chosen against the expected order; the active
    // and waiting ones lead their categories, ahead of the demo data's tickets.
    for (const [name, due] of [
      ['open-late', 3],
      ['open-soon', 1],
      ['open-overdue', -1],
      ['active', -900],
      ['waiting', -901],
      ['resolved', -4],
      ['cancelled', -5],
    ] as const) {
      await newTicket(name, { team: team.support }, due)
      await assign(name, 'support-agent')
    }
    for (const name of ['active', 'waiting', 'resolved'])
      await ok(step('tickets', ticket[name], token['support-agent'], 'start'))
    await ok(step('tickets', ticket.waiting, token['support-agent'], 'ask-client', 'Which version do you run?'))
    await ok(step('tickets', ticket.resolved, token['support-agent'], 'resolve'))
    await ok(step('tickets', ticket.cancelled, token['support-manager'], 'cancel', 'Entered twice.'))

    // Other people's tickets, and tickets nobody handles yet.
    await newTicket('west', { team: team['support-west'], responsible: user['support-agent2'].id }, 2)
    await newTicket('manager', { team: team.support, responsible: user['support-manager'].id }, 2)
    await newTicket('unassigned', { team: team.support }, -30)
    await newTicket('unassigned-west', { team: team['support-west'] }, -30)

    // Ticket actions of the agent: one to do, two done and waiting for the manager.
    const newAction = async (name: string) => {
      const made = await payload.create({
        collection: 'ticket-actions',
        data: {
          title: `${mark} ${name}`,
          ticket: ticket.active,
          responsible: agent,
          result: 'Reinstalled the client.',
          plannedAt: new Date(Date.now() - DAY).toISOString(),
        },
        depth: 0,
      })
      action[name] = made.id
    }
    for (const name of ['to-do', 'to-validate', 'to-send-back']) await newAction(name)
    await ok(step('ticket-actions', action['to-validate'], token['support-agent'], 'complete'))
    await ok(step('ticket-actions', action['to-send-back'], token['support-agent'], 'complete'))

    // Todos around today, counted in the settings' time zone.
    const today = dayIn(new Date(), timeZone)
    const newTodo = async (name: string, data: Record<string, unknown>, responsible = agent) => {
      const made = await payload.create({
        collection: 'todos',
        data: { title: `${mark} ${name}`, type: 'task', responsible, ...data },
        depth: 0,
      })
      todo[name] = made.id
    }
    await newTodo('due-today', { due: instantAt(today, '23:30', timeZone).toISOString() })
    await newTodo('starts-today', {
      start: instantAt(today, '00:30', timeZone).toISOString(),
      due: instantAt(addDays(today, 5), '12:00', timeZone).toISOString(),
    })
    await newTodo('overdue', { due: instantAt(addDays(today, -2), '10:00', timeZone).toISOString() })
    await newTodo('tomorrow', { due: instantAt(addDays(today, 1), '10:00', timeZone).toISOString() })
    await newTodo('done-yesterday', { due: instantAt(addDays(today, -1), '10:00', timeZone).toISOString() })
    await ok(step('todos', todo['done-yesterday'], token['support-agent'], 'complete'))
    await newTodo('someone-else', { due: instantAt(today, '12:00', timeZone).toISOString() }, user['support-agent2'].id)
  })

  describe('GET /api/my-work', () => {
    it('answers 401 without a session', async () => {
      expect((await api('GET', 'my-work')).status).toBe(401)
    })

    it('lists only the agent\u2019s open tickets: open first, then active, then waiting, each by due date', async () => {
      const work = await myWork('support-agent')
      expect(work.tickets.readable).toBe(true)
      const { rows, total, byCategory } = work.tickets
      expect(total).toBe(byCategory.open + byCategory.active + byCategory.waiting)
      expect(byCategory.waiting).toBeGreaterThanOrEqual(1)
      expect(rows.length).toBe(Math.min(total, 50))
      // Nobody else's tickets, whatever the demo data holds.
      const others = await payload.count({
        collection: 'tickets',
        where: {
          and: [{ id: { in: rows.map((row) => row.id) } }, { responsible: { not_equals: user['support-agent'].id } }],
        },
      })
      expect(others.totalDocs).toBe(0)
      // Every row in order: by category (open, active, waiting), then by due date.
      const rank = (row: (typeof rows)[number]) => ['open', 'active', 'waiting'].indexOf(row.statusCategory!)
      for (let i = 1; i < rows.length; i++) {
        const [a, b] = [rows[i - 1], rows[i]]
        expect(
          rank(a) < rank(b) || (rank(a) === rank(b) && (a.dueDate ?? '9') <= (b.dueDate ?? '9')),
          `${a.title} before ${b.title}`,
        ).toBe(true)
      }
      // This file's tickets among them; the waiting one may lie past the first page behind the demo data's.
      const expected = ['open-overdue', 'open-soon', 'open-late', 'active', 'waiting']
      const marked = mine(rows).map((row) => key(row.title))
      expect(marked.length).toBeGreaterThanOrEqual(4)
      expect(marked).toEqual(expected.slice(0, marked.length))
      const overdue = mine(rows).find((row) => key(row.title) === 'open-overdue')!
      expect(overdue).toMatchObject({
        overdue: true,
        status: 'assigned',
        statusLabel: 'Assigned',
        type: `${mark} type`,
      })
      expect(mine(rows).find((row) => key(row.title) === 'open-late')!.overdue).toBe(false)

      const west = await myWork('support-agent2')
      expect(mine(west.tickets.rows).map((row) => key(row.title))).toEqual(['west'])
    })

    it('lists the ticket actions the agent still has to carry out, with their ticket', async () => {
      const work = await myWork('support-agent')
      const rows = mine(work.actions.rows)
      expect(rows.map((row) => key(row.title))).toEqual(['to-do'])
      expect(rows[0]).toMatchObject({
        overdue: true,
        status: 'open',
        ticket: { id: ticket.active, title: `${mark} active` },
      })
      expect(rows[0].ticket!.number).toMatch(/^TK-\d{6}$/)
    })

    it('lists the todos due or starting today and the open ones past due, in the settings\u2019 time zone', async () => {
      const work = await myWork('support-agent')
      expect(work.timeZone).toBe(timeZone)
      const rows = mine(work.todos.rows)
      expect(rows.map((row) => key(row.title)).sort()).toEqual(['due-today', 'overdue', 'starts-today'])
      expect(rows.find((row) => key(row.title) === 'overdue')!.overdue).toBe(true)
      expect(rows.find((row) => key(row.title) === 'starts-today')!.overdue).toBe(false)
    })

    it('leaves out, without failing, the lists a role does not read', async () => {
      const work = await myWork('marketing')
      expect(work.tickets).toMatchObject({ readable: false, total: 0, rows: [] })
      expect(work.actions).toEqual({ readable: false, total: 0, rows: [] })
      expect(work.todos.readable).toBe(true)
    })
  })

  describe('GET /api/tickets/team-summary', () => {
    it('answers 401 without a session and 403, with the reason, to agents', async () => {
      expect((await api('GET', 'tickets/team-summary')).status).toBe(401)
      for (const agent of ['support-agent', 'support-agent2', 'marketing']) {
        const refused = await api('GET', 'tickets/team-summary', { token: token[agent] })
        expect(refused.status, agent).toBe(403)
        expect(refused.body.errors[0].message).toMatch(/support managers/)
      }
    })

    it('never shows the manager another team\u2019s people or tickets', async () => {
      const view = await summary('support-manager')
      const agent2 = user['support-agent2'].id
      expect(view.teams.flatMap((t) => t.people).some((p) => p.person?.id === agent2)).toBe(false)
      expect(view.people.map((p) => p.id)).not.toContain(agent2)
      expect(view.people.map((p) => p.id)).toEqual(
        expect.arrayContaining([user['support-agent'].id, user['support-manager'].id]),
      )
      expect(view.unassigned.rows.map((row) => row.id)).not.toContain(ticket['unassigned-west'])
      // An administrator picks among every support person.
      expect((await summary('admin')).people.map((p) => p.id)).toContain(agent2)
    })

    it('counts each person\u2019s open tickets by state category and past due', async () => {
      const agentCounts = (view: TeamSummaryAnswer) =>
        view.teams
          .find((t) => t.team?.id === team.support)!
          .people.find((p) => p.person?.id === user['support-agent'].id)!.counts
      const teamCounts = (view: TeamSummaryAnswer) => view.teams.find((t) => t.team?.id === team.support)!.counts
      const before = await summary('support-manager')
      expect(before.teams.find((t) => t.team?.id === team.support)!.team!.name).toBeTruthy()
      expect(agentCounts(before).open).toBeGreaterThanOrEqual(3)
      expect(agentCounts(before).active).toBeGreaterThanOrEqual(1)
      expect(agentCounts(before).waiting).toBeGreaterThanOrEqual(1)
      const sum = (c: WorkCounts) => c.open + c.active + c.waiting
      expect(sum(agentCounts(before))).toBe(agentCounts(before).total)

      await newTicket('late-extra', { team: team.support, responsible: user['support-agent'].id }, -1)
      const after = await summary('support-manager')
      expect(agentCounts(after)).toEqual({
        ...agentCounts(before),
        open: agentCounts(before).open + 1,
        overdue: agentCounts(before).overdue + 1,
        total: agentCounts(before).total + 1,
      })
      expect(teamCounts(after).total).toBe(teamCounts(before).total + 1)
    })

    it('lists the new tickets nobody handles, and the manager assigns them; an agent may not', async () => {
      const view = await summary('support-manager')
      const row = view.unassigned.rows.find((r) => r.id === ticket.unassigned)
      expect(row).toMatchObject({ title: `${mark} unassigned`, overdue: true, type: `${mark} type` })

      const refused = await api('POST', `tickets/${ticket.unassigned}/assign`, {
        token: token['support-agent'],
        body: { responsible: user['support-agent'].id },
      })
      expect(refused.status).toBe(403)
      const assigned = await assign('unassigned', 'support-agent')
      expect(assigned.doc).toMatchObject({ status: 'assigned', responsible: user['support-agent'].id })

      expect((await summary('support-manager')).unassigned.rows.map((r) => r.id)).not.toContain(ticket.unassigned)
      expect(mine((await myWork('support-agent')).tickets.rows).map((r) => key(r.title))).toContain('unassigned')
    })

    it('lists the actions waiting for validation; the manager validates or sends back, an agent may not', async () => {
      const waiting = (await summary('support-manager')).awaitingValidation.rows.filter((row) =>
        row.title.startsWith(mark),
      )
      expect(waiting.map((row) => key(row.title)).sort()).toEqual(['to-send-back', 'to-validate'])
      expect(waiting[0]).toMatchObject({
        responsible: { id: user['support-agent'].id, name: expect.any(String) },
        ticket: { id: ticket.active },
        result: 'Reinstalled the client.',
      })

      expect((await step('ticket-actions', action['to-validate'], token['support-agent'], 'validate')).status).toBe(403)
      await ok(step('ticket-actions', action['to-validate'], token['support-manager'], 'validate'))
      const noComment = await step('ticket-actions', action['to-send-back'], token['support-manager'], 'reopen')
      expect(noComment.status).toBe(400)
      expect(noComment.body.errors[0].message).toBeTruthy()
      await ok(step('ticket-actions', action['to-send-back'], token['support-manager'], 'reopen', 'Add the log files.'))

      const left = (await summary('support-manager')).awaitingValidation.rows.filter((row) =>
        row.title.startsWith(mark),
      )
      expect(left).toEqual([])
      // Sent back, the action is the agent's work again.
      expect(
        mine((await myWork('support-agent')).actions.rows)
          .map((row) => key(row.title))
          .sort(),
      ).toEqual(['to-do', 'to-send-back'])
    })
  })
})

describe('the my-work and support team admin views', () => {
  async function initPage(user: TypedUser | null) {
    const payload = await testPayload()
    const req = await createLocalReq({ user: user ?? undefined }, payload)
    if (!user) req.user = null
    const initPageResult = {
      req,
      locale: undefined,
      permissions: await getAccessResults({ req }),
      visibleEntities: { collections: [], globals: [] },
    }
    return { initPageResult, params: {}, searchParams: {}, user: user ?? undefined } as unknown as AdminViewServerProps
  }
  // AdminFrame > the view's content.
  const content = (page: ReactElement) => (page.props as { children: ReactElement }).children

  it('sends guests to the login page, back to the view afterwards', async () => {
    await expect(MyWorkView(await initPage(null))).rejects.toMatchObject({
      digest: expect.stringContaining('/admin/login?redirect=%2Fadmin%2Fmy-work'),
    })
    await expect(SupportTeamView(await initPage(null))).rejects.toMatchObject({
      digest: expect.stringContaining('/admin/login?redirect=%2Fadmin%2Fsupport-team'),
    })
  })

  it('gives the support manager the team board and tells an agent it is not for them', async () => {
    const payload = await testPayload()
    const board = content(
      await SupportTeamView(await initPage(await userByEmail(payload, 'support-manager@organizecrm.test'))),
    )
    expect(board.type).toBe(SupportTeamBoard)
    const refused = content(
      await SupportTeamView(await initPage(await userByEmail(payload, 'support-agent@organizecrm.test'))),
    )
    expect(refused.type).toBe('p')
    expect((refused.props as { children: string }).children).toMatch(/Situația echipei|team summary/)
  })
})
