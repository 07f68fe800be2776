import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { type HealthActivity, projectHealth } from '@/collections/projects/projects/health'
import { portfolioOf } from '@/collections/projects/projects/portfolio'
import { dragChange, timelineTasks } from '@/collections/projects/projects/components/timelinePlan'
import { freshCui, uniqueMark } from '../helpers/crm'
import { api, login } from '../helpers/http'
import { testPayload, userByEmail } from '../helpers/payload'

type Who = 'admin' | 'pm' | 'member'
const EMAIL: Record<Who, string> = {
  admin: 'admin@organizecrm.test',
  pm: 'project-manager@organizecrm.test',
  member: 'project-member@organizecrm.test',
}
const stored = (day: string) => `${day}T12:00:00.000Z`
const WEEK = { workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'], holidays: [] as string[] }

const activity = (extra: Partial<HealthActivity>): HealthActivity => ({
  id: 1,
  title: 'A',
  plannedEnd: null,
  baselineEnd: null,
  plannedEffort: null,
  percentComplete: null,
  milestone: false,
  finished: false,
  ...extra,
})

describe('project health', () => {
  // Thursday 02.05.2030 is the baseline end; the plan now ends Wednesday 08.05.2030.
  const plan = [
    activity({ id: 1, plannedEnd: '2030-05-02', baselineEnd: '2030-05-02', plannedEffort: 10, percentComplete: 50 }),
    activity({ id: 2, plannedEnd: '2030-05-01', baselineEnd: '2030-04-30', plannedEffort: 20, finished: true }),
    activity({ id: 3, plannedEnd: '2030-05-08', baselineEnd: '2030-05-02', plannedEffort: 30, percentComplete: 0 }),
    activity({ id: 4, title: 'Go live', plannedEnd: '2030-05-08', milestone: true }),
  ]
  const project = { plannedEnd: '2030-05-08', budgetHours: 50, spentHours: 45 }

  it('counts the slip past the baseline in working days, weekends and holidays left out', () => {
    expect(projectHealth(project, plan, '2030-05-06', WEEK).slipDays).toBe(4)
    expect(projectHealth(project, plan, '2030-05-06', { ...WEEK, holidays: ['2030-05-06'] }).slipDays).toBe(3)
    const noBaseline = plan.map((a) => ({ ...a, baselineEnd: null }))
    expect(projectHealth(project, noBaseline, '2030-05-06', WEEK).slipDays).toBeNull()
    const ahead = plan.map((a) => ({ ...a, baselineEnd: '2030-05-10' }))
    expect(projectHealth(project, ahead, '2030-05-06', WEEK).slipDays).toBe(0)
  })

  it('counts unfinished activities past their planned end as overdue', () => {
    expect(projectHealth(project, plan, '2030-05-06', WEEK).overdue).toBe(1)
    expect(projectHealth(project, plan, '2030-05-02', WEEK).overdue).toBe(0)
    expect(projectHealth(project, plan, '2030-05-10', WEEK).overdue).toBe(3)
  })

  it('measures burn against the budget and the planned effort, and progress weighted by effort', () => {
    const health = projectHealth(project, plan, '2030-05-06', WEEK)
    expect(health.plannedEffort).toBe(60)
    expect(health.burnOfBudget).toBe(90)
    expect(health.burnOfPlan).toBe(75)
    // (50 % × 10 h + 100 % × 20 h + 0 % × 30 h) / 60 h
    expect(health.progress).toBe(41.7)
    expect(health.nextMilestone).toEqual({ id: 4, title: 'Go live', plannedEnd: '2030-05-08' })
    expect(health.level).toBe('amber')
    expect(projectHealth({ ...project, spentHours: 60 }, plan, '2030-05-06', WEEK).level).toBe('red')
    const onTrack = plan.map((a) => ({ ...a, baselineEnd: '2030-05-10', finished: true }))
    expect(projectHealth({ ...project, spentHours: 10 }, onTrack, '2030-05-06', WEEK).level).toBe('green')
  })
})

describe('the plan\u2019s timeline', () => {
  const plan = [
    {
      id: 7,
      title: 'Go live',
      phase: 'Build',
      plannedStart: stored('2030-05-10'),
      milestone: true,
      predecessors: [{ activity: 6 }],
    },
    {
      id: 5,
      title: 'Analysis',
      phase: 'Build',
      plannedStart: stored('2030-05-02'),
      plannedEnd: stored('2030-05-03'),
      baselineStart: stored('2030-05-01'),
      baselineEnd: stored('2030-05-02'),
      percentComplete: 50,
    },
    {
      id: 6,
      title: 'Coding',
      phase: 'Build',
      plannedStart: stored('2030-05-06'),
      plannedEnd: stored('2030-05-09'),
      predecessors: [{ activity: 5 }, { activity: 99 }],
      actualEnd: stored('2030-05-09'),
    },
    { id: 8, title: 'Unplanned', phase: 'Later' },
  ]

  it('shows each phase over its activities, links, milestones, late work and baselines', () => {
    const tasks = timelineTasks(plan, 'Europe/Bucharest', '2030-05-06')
    expect(tasks.map((t) => t.id)).toEqual(['phase-0', 'a5', 'a6', 'a7'])
    expect(tasks[0]).toMatchObject({
      name: 'Build',
      start: '2030-05-02',
      end: '2030-05-10',
      custom_class: 'plan-phase',
    })
    // A link to an activity the reader cannot see is left out.
    expect(tasks[2]).toMatchObject({ dependencies: 'a5', progress: 100 })
    expect(tasks[1]).toMatchObject({ custom_class: 'plan-late', baseline: { start: '2030-05-01', end: '2030-05-02' } })
    expect(tasks[3]).toMatchObject({ start: '2030-05-10', end: '2030-05-10', custom_class: 'plan-milestone' })
  })

  it('marks a late milestone with one class: frappe-gantt adds it with classList.add, which refuses spaces', () => {
    const [milestone] = timelineTasks(plan, 'Europe/Bucharest', '2030-05-13').filter((t) => t.id === 'a7')
    expect(milestone.custom_class).toBe('plan-milestone-late')
  })

  it('turns a drag into a new start and a resize into a duration in working days', () => {
    const before = { start: '2030-05-06', end: '2030-05-09', milestone: false }
    expect(dragChange(before, { start: '2030-05-13', end: '2030-05-16' }, WEEK)).toEqual({
      plannedStart: stored('2030-05-13'),
    })
    // Stretched from Monday to the next Tuesday: seven working days, the weekend left out.
    expect(dragChange(before, { start: '2030-05-06', end: '2030-05-14' }, WEEK)).toEqual({ duration: 7 })
    expect(
      dragChange(
        { ...before, start: '2030-05-09', end: '2030-05-09', milestone: true },
        { start: '2030-05-13', end: '2030-05-13' },
        WEEK,
      ),
    ).toEqual({ plannedStart: stored('2030-05-13') })
    expect(dragChange(before, { start: '2030-05-06', end: '2030-05-09' }, WEEK)).toBeNull()
  })
})

describe('project views', () => {
  const token = {} as Record<Who, string>
  const user = {} as Record<Who, { id: number }>
  const ids = {} as Record<'client' | 'mine' | 'other' | 'x', number>

  beforeAll(async () => {
    const payload = await testPayload()
    for (const who of Object.keys(EMAIL) as Who[]) {
      token[who] = await login(EMAIL[who])
      user[who] = (await userByEmail(payload, EMAIL[who])) as never
    }
    const client = await api('POST', 'clients', {
      token: token.admin,
      body: { name: uniqueMark('Portofoliu SRL'), fiscalCode: freshCui() },
    })
    expect(client.status).toBe(201)
    ids.client = client.body.doc.id
    const project = async (name: string, members: { user: number }[]) =>
      (
        await payload.create({
          collection: 'projects',
          data: { name: uniqueMark(name), client: ids.client, manager: user.pm.id, members, budgetHours: 25 },
          depth: 0,
        })
      ).id
    ids.mine = await project('Proiectul membrului', [{ user: user.member.id }])
    ids.other = await project('Alt proiect', [])
    const add = async (title: string, start: string, duration: number, extra: Record<string, unknown> = {}) => {
      const made = await payload.create({
        collection: 'project-activities',
        data: {
          project: ids.mine,
          title,
          plannedStart: stored(start),
          duration,
          responsible: user.pm.id,
          ...extra,
        } as never,
        depth: 0,
      })
      return made.id
    }
    // Mon 03.06.2030 – Wed 05.06.2030, kept for Mon 03.06 at approval: overdue on Fri 07.06.
    ids.x = await add('Analiză', '2030-06-03', 3, {
      plannedEffort: 10,
      percentComplete: 50,
      responsible: user.member.id,
    })
    const y = await add('Dezvoltare', '2030-06-10', 2, { plannedEffort: 30 })
    const m = await add('Punere în funcțiune', '2030-06-12', 0, { milestone: true })
    for (const [id, end] of [
      [ids.x, '2030-06-03'],
      [y, '2030-06-07'],
      [m, '2030-06-07'],
    ] as const) {
      await payload.update({ collection: 'project-activities', id, data: { baselineEnd: stored(end) }, depth: 0 })
    }
    await payload.update({ collection: 'projects', id: ids.mine, data: { spentHours: 20 }, depth: 0 })
  })

  const portfolioAs = async (who: Who) => {
    const payload = await testPayload()
    const req = await createLocalReq(
      { user: { ...(await userByEmail(payload, EMAIL[who])), collection: 'users' } },
      payload,
    )
    return portfolioOf(req, { now: new Date('2030-06-07T10:00:00Z') })
  }

  it('lists for a member only the projects they are in, with the health of the whole plan', async () => {
    const member = await portfolioAs('member')
    const listed = member.rows.map((row) => row.id)
    expect(listed).toContain(ids.mine)
    expect(listed).not.toContain(ids.other)
    const row = member.rows.find((r) => r.id === ids.mine)!
    expect(row.manager).toBeTruthy()
    expect(row.statusLabel).toBeTruthy()
    expect(row.health).toMatchObject({
      plannedEnd: '2030-06-12',
      baselineEnd: '2030-06-07',
      // Mon 10, Tue 11 and Wed 12 June: the weekend does not count.
      slipDays: 3,
      overdue: 1,
      spentHours: 20,
      burnOfBudget: 80,
      burnOfPlan: 50,
      progress: 12.5,
      nextMilestone: { title: 'Punere în funcțiune', plannedEnd: '2030-06-12' },
      level: 'amber',
    })
    const manager = (await portfolioAs('pm')).rows.map((r) => r.id)
    expect(manager).toEqual(expect.arrayContaining([ids.mine, ids.other]))
  })

  it('answers the project page\u2019s health over HTTP, 404 for a project the caller may not read', async () => {
    const mine = await api('GET', `projects/${ids.mine}/health`, { token: token.member })
    expect(mine.status).toBe(200)
    expect(mine.body.health.plannedEffort).toBe(40)
    expect((await api('GET', `projects/${ids.other}/health`, { token: token.member })).status).toBe(404)
    expect((await api('GET', `projects/abc/health`, { token: token.member })).status).toBe(404)
    expect((await api('GET', `projects/portfolio`)).status).toBe(401)
  })

  it('lists the tickets about the project or its activities that the reader may read, and no others', async () => {
    const payload = await testPayload()
    const type = (await payload.find({ collection: 'ticket-types', limit: 1, depth: 0 })).docs[0].id
    const ticket = async (who: Who, title: string, concerns: { relationTo: string; value: number }) => {
      const made = await api('POST', 'tickets?depth=0', {
        token: token[who],
        body: { title: uniqueMark(title), type, concerns, client: ids.client },
      })
      expect(made.status, JSON.stringify(made.body)).toBe(201)
      return made.body.doc.id as number
    }
    const aboutProject = await ticket('pm', 'Termen', { relationTo: 'projects', value: ids.mine })
    const aboutActivity = await ticket('member', 'Analiză incompletă', {
      relationTo: 'project-activities',
      value: ids.x,
    })
    const elsewhere = await ticket('admin', 'Alt proiect', { relationTo: 'projects', value: ids.other })

    const listed = async (who: Who, project = ids.mine) => {
      const answer = await api('GET', `projects/${project}/tickets`, { token: token[who] })
      return answer.status === 200
        ? (answer.body.rows as { id: number; activity: { title: string } | null }[])
        : answer.status
    }
    const admin = (await listed('admin')) as { id: number; activity: { title: string } | null }[]
    expect(admin.map((r) => r.id).sort()).toEqual([aboutProject, aboutActivity].sort())
    expect(admin.find((r) => r.id === aboutActivity)?.activity?.title).toBe('Analiză')
    expect(admin.find((r) => r.id === aboutProject)?.activity).toBeNull()
    expect(admin.map((r) => r.id)).not.toContain(elsewhere)
    // Each reads only their own tickets; the member does not read the other project at all.
    expect(((await listed('pm')) as { id: number }[]).map((r) => r.id)).toEqual([aboutProject])
    expect(((await listed('member')) as { id: number }[]).map((r) => r.id)).toEqual([aboutActivity])
    expect(await listed('member', ids.other)).toBe(404)
  })
})
