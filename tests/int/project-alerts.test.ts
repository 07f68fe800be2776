import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PROJECTS } from '@/collections/projects/demo/data'
import { evaluatePlanAlerts } from '@/collections/projects/plan-alerts'
import { instantAt } from '@/lib/timeZone'
import { freshCui, uniqueMark } from '../helpers/crm'
import { type Answer, api, login } from '../helpers/http'
import { clearCapturedMail, mailTo } from '../helpers/mail'
import { testPayload, userByEmail } from '../helpers/payload'

type Who = 'admin' | 'pm' | 'member' | 'sales'
const EMAIL: Record<Who, string> = {
  admin: 'admin@organizecrm.test',
  pm: 'project-manager@organizecrm.test',
  member: 'project-member@organizecrm.test',
  sales: 'sales@organizecrm.test',
}
type Doc = Record<string, any>
const message = (answer: Answer) => JSON.stringify(answer.body?.errors ?? answer.body)
const day = (value: unknown) => String(value ?? '').slice(0, 10)
// A Tuesday off: the plan and the "working days after" count skip it.
const HOLIDAY = '2030-04-23'
const START = '2030-04-22'

/** Each kind with the threshold and recipients the test template gives it. */
const ALERTS: Record<string, { threshold: number; recipients: string[] }> = {
  'activity-not-started': { threshold: 1, recipients: ['responsible'] },
  'activity-overdue': { threshold: 0, recipients: ['responsible', 'project-manager'] },
  'deliverable-overdue': { threshold: 0, recipients: ['responsible'] },
  'deliverable-due-soon': { threshold: 2, recipients: ['responsible'] },
  'milestone-missed': { threshold: 0, recipients: ['project-manager', 'client-owner'] },
  'activity-effort-over': { threshold: 50, recipients: ['project-manager'] },
  'project-effort-over': { threshold: 80, recipients: ['project-manager'] },
  'project-end-slipping': { threshold: 2, recipients: ['project-manager', 'team-manager'] },
}

/** Plan alerts (R3, R23): copied from the template, evaluated on a fixed clock, logged append-only. */
describe('project plan alerts', () => {
  let payload: Payload
  const token = {} as Record<Who, string>
  const user = {} as Record<Who, Doc>
  const kinds: Record<string, Doc> = {}
  let project: Doc
  let plan: Record<string, Doc>
  let deliverable: Doc
  let alertOf: Record<string, number>
  let timeBefore: Doc
  let team: Doc
  let zone = 'Europe/Bucharest'

  const run = async (on: string, at = '10:00') =>
    evaluatePlanAlerts(await createLocalReq({}, payload), instantAt(on, at, zone), project.id)
  /** The events of one alert about one subject ('project' for the whole project), oldest first. */
  const eventsOf = async (kind: string, subject: string) =>
    (
      await payload.find({
        collection: 'alert-events',
        where: { occurrence: { equals: `${alertOf[kind]}:${subject}` } },
        sort: 'id',
        pagination: false,
        depth: 0,
      })
    ).docs as Doc[]
  const openOf = (events: Doc[]) => events.filter((e) => !e.clearedAt)
  const step = async (who: Who, collection: string, id: number, transition: string) => {
    const answer = await api('POST', `${collection}/${id}/transition`, { token: token[who], body: { transition } })
    expect(answer.status, message(answer)).toBe(200)
  }
  const patch = async (who: Who, path: string, body: Doc) => {
    const answer = await api('PATCH', `${path}?depth=0`, { token: token[who], body })
    expect(answer.status, message(answer)).toBe(200)
    return answer.body.doc as Doc
  }

  /**
   * Not holding on `clearsOn`, holding on `firesOn`: one event, not repeated by later runs while
   * it holds; cleared (stamped) when it stops; a second event when it holds again.
   */
  async function firesOnceUntilCleared(
    kind: string,
    subject: string,
    fire: () => Promise<unknown>,
    clear: () => Promise<unknown>,
  ) {
    await clear()
    const before = await eventsOf(kind, subject)
    expect(openOf(before), `${kind}: nothing open before`).toHaveLength(0)
    await fire()
    const fired = await eventsOf(kind, subject)
    expect(fired, `${kind}: fires`).toHaveLength(before.length + 1)
    await fire()
    expect(await eventsOf(kind, subject), `${kind}: fires once`).toHaveLength(before.length + 1)
    await clear()
    const cleared = await eventsOf(kind, subject)
    expect(cleared, `${kind}: clearing adds no event`).toHaveLength(before.length + 1)
    expect(cleared.at(-1)!.clearedAt, `${kind}: cleared`).toBeTruthy()
    await fire()
    const again = await eventsOf(kind, subject)
    expect(again, `${kind}: fires again after clearing`).toHaveLength(before.length + 2)
    expect(openOf(again)).toHaveLength(1)
    return again.at(-1)!
  }

  beforeAll(async () => {
    payload = await testPayload()
    for (const who of Object.keys(EMAIL) as Who[]) {
      token[who] = await login(EMAIL[who])
      user[who] = (await userByEmail(payload, EMAIL[who])) as Doc
    }
    // Each in their own language: the member reads English, the manager Romanian.
    await payload.update({ collection: 'users', id: user.member.id, data: { language: 'en' } })
    await payload.update({ collection: 'users', id: user.pm.id, data: { language: 'ro' } })
    const settings = (await payload.findGlobal({ slug: 'settings', depth: 0 })) as Doc
    timeBefore = settings.time
    zone = settings.time?.timeZone ?? zone
    await payload.updateGlobal({
      slug: 'settings',
      data: { time: { ...timeBefore, holidays: [{ day: `${HOLIDAY}T12:00:00.000Z`, name: 'Liber' }] } } as never,
    })
    // The administrator manages the manager's team too: "team manager" is then someone else.
    team = await payload.findByID({ collection: 'teams', id: user.pm.team, depth: 0 })
    await payload.update({
      collection: 'teams',
      id: team.id,
      data: { managers: [...(team.managers ?? []), user.admin.id] },
    })
    const { docs } = await payload.find({ collection: 'plan-alert-kinds', pagination: false, depth: 0 })
    for (const kind of docs) kinds[kind.key as string] = kind
    const consultant = (
      await payload.find({
        collection: 'nomenclators',
        where: { list: { equals: 'project-roles' }, value: { equals: 'consultant' } },
        limit: 1,
        depth: 0,
      })
    ).docs[0].id
    const client = await api('POST', 'clients', {
      token: token.admin,
      body: { name: uniqueMark('Alerte SRL'), fiscalCode: freshCui(), owner: user.sales.id },
    })
    expect(client.status, message(client)).toBe(201)
    const template = await api('POST', 'project-templates', {
      token: token.pm,
      body: {
        name: uniqueMark('Șablon cu alerte'),
        activities: [
          { key: 'a', title: 'Analysis', duration: 2, role: consultant, effort: 10 },
          { key: 'b', title: 'Build', duration: 3, effort: 20, predecessors: [{ activity: 'a' }] },
          { key: 'm', title: 'Go live', duration: 0, milestone: true, predecessors: [{ activity: 'b' }] },
        ],
        deliverables: [{ name: 'Analysis report', activity: 'a', needsAcceptance: true }],
        alerts: Object.entries(ALERTS).map(([key, alert]) => ({ kind: kinds[key].id, ...alert })),
      },
    })
    expect(template.status, message(template)).toBe(201)
    const made = await api('POST', 'projects/from-template', {
      token: token.pm,
      body: {
        template: template.body.doc.id,
        start: START,
        client: client.body.doc.id,
        name: uniqueMark('Proiect cu alerte'),
        members: [{ user: user.member.id, role: consultant, allocation: 50 }],
      },
    })
    expect(made.status, message(made)).toBe(201)
    project = made.body.doc
    const activities = await payload.find({
      collection: 'project-activities',
      where: { project: { equals: project.id } },
      pagination: false,
      depth: 0,
    })
    plan = Object.fromEntries(activities.docs.map((a) => [a.key, a as Doc]))
    deliverable = (
      await payload.find({ collection: 'project-deliverables', where: { project: { equals: project.id } }, depth: 0 })
    ).docs[0] as Doc
    const alerts = await payload.find({
      collection: 'project-alerts',
      where: { project: { equals: project.id } },
      pagination: false,
      depth: 0,
    })
    alertOf = Object.fromEntries(
      alerts.docs.map((a) => [Object.keys(kinds).find((key) => kinds[key].id === a.kind)!, a.id as number]),
    )
    // Under way: approval keeps the baseline the slip is measured against.
    await step('pm', 'projects', project.id, 'approve')
    await step('pm', 'projects', project.id, 'start')
  })

  afterAll(async () => {
    await payload.updateGlobal({ slug: 'settings', data: { time: timeBefore } as never })
    await payload.update({ collection: 'teams', id: team.id, data: { managers: team.managers ?? [] } })
  })

  it('seeds the standard kinds and copies the template’s alerts onto the project', async () => {
    expect(Object.keys(kinds)).toEqual(expect.arrayContaining(Object.keys(ALERTS)))
    const alerts = await payload.find({
      collection: 'project-alerts',
      where: { project: { equals: project.id } },
      pagination: false,
      depth: 0,
    })
    expect(alerts.docs).toHaveLength(Object.keys(ALERTS).length)
    for (const alert of alerts.docs) {
      const key = Object.keys(kinds).find((k) => kinds[k].id === alert.kind)!
      expect([alert.threshold, alert.recipients, alert.active, alert.projectManager]).toEqual([
        ALERTS[key].threshold,
        ALERTS[key].recipients,
        true,
        user.pm.id,
      ])
    }
    // The plan skips the holiday: the analysis ends on Wednesday.
    expect([day(plan.a.plannedStart), day(plan.a.plannedEnd), day(deliverable.dueDate)]).toEqual([
      START,
      '2030-04-24',
      '2030-04-24',
    ])
  })

  it('gives a template without alerts every active kind at its defaults', async () => {
    const bare = await api('POST', 'project-templates', {
      token: token.pm,
      body: { name: uniqueMark('Fără alerte'), activities: [{ key: 'x', title: 'X', duration: 1 }] },
    })
    expect(bare.status, message(bare)).toBe(201)
    await payload.update({
      collection: 'plan-alert-kinds',
      id: kinds['deliverable-due-soon'].id,
      data: { active: false },
    })
    try {
      const made = await api('POST', 'projects/from-template', {
        token: token.pm,
        body: { template: bare.body.doc.id, start: START, client: project.client },
      })
      expect(made.status, message(made)).toBe(201)
      const { docs } = await payload.find({
        collection: 'project-alerts',
        where: { project: { equals: made.body.doc.id } },
        pagination: false,
        depth: 0,
      })
      const active = Object.values(kinds).filter((k) => k.active && k.key !== 'deliverable-due-soon')
      expect(docs.map((a) => a.kind).sort()).toEqual(active.map((k) => k.id).sort())
      const slipping = docs.find((a) => a.kind === kinds['project-end-slipping'].id)!
      expect([slipping.threshold, slipping.recipients]).toEqual([
        kinds['project-end-slipping'].threshold,
        kinds['project-end-slipping'].recipients,
      ])
    } finally {
      await payload.update({
        collection: 'plan-alert-kinds',
        id: kinds['deliverable-due-soon'].id,
        data: { active: true },
      })
    }
  })

  it('counts "not started" in working days: the holiday does not count', async () => {
    await run(START)
    await run(HOLIDAY)
    expect(await eventsOf('activity-not-started', `activity:${plan.a.id}`)).toHaveLength(0)
    await run('2030-04-24')
    expect(await eventsOf('activity-not-started', `activity:${plan.a.id}`)).toHaveLength(1)
  })

  it('fires each date-driven kind once per occurrence and again only after it cleared', async () => {
    const on = (d: string) => () => run(d)
    const notStarted = await firesOnceUntilCleared(
      'activity-not-started',
      `activity:${plan.a.id}`,
      on('2030-04-24'),
      on(START),
    )
    expect(notStarted.recipients).toEqual([user.member.id])
    expect(notStarted.subject).toEqual({ relationTo: 'project-activities', value: plan.a.id })
    const overdue = await firesOnceUntilCleared(
      'activity-overdue',
      `activity:${plan.a.id}`,
      on('2030-04-25'),
      on('2030-04-24'),
    )
    expect(overdue.recipients).toEqual([user.member.id, user.pm.id])
    await firesOnceUntilCleared(
      'deliverable-overdue',
      `deliverable:${deliverable.id}`,
      on('2030-04-25'),
      on('2030-04-24'),
    )
    await firesOnceUntilCleared('deliverable-due-soon', `deliverable:${deliverable.id}`, on(START), on('2030-04-21'))
    const milestone = await firesOnceUntilCleared(
      'milestone-missed',
      `activity:${plan.m.id}`,
      on('2030-05-01'),
      on(day(plan.m.plannedEnd)),
    )
    expect(milestone.recipients).toEqual([user.pm.id, user.sales.id])
    expect(milestone.message).toContain('Go live')
  })

  it('clears when the work is done: starting the activity ends "not started"', async () => {
    await run('2030-04-24')
    expect(openOf(await eventsOf('activity-not-started', `activity:${plan.a.id}`))).toHaveLength(1)
    await step('member', 'project-activities', plan.a.id, 'start')
    await run('2030-04-24', '11:00')
    expect(openOf(await eventsOf('activity-not-started', `activity:${plan.a.id}`))).toHaveLength(0)
  })

  it('fires on effort above the planned share, for an activity and for the project', async () => {
    for (const hours of [4, 2]) {
      const entry = await api('POST', 'time-entries', {
        token: token.member,
        body: { activity: plan.a.id, date: `${START}T12:00:00.000Z`, hours },
      })
      expect(entry.status, message(entry)).toBe(201)
    }
    // 6 h of 10 planned: above 50 %; of 20 planned: below.
    const activity = await firesOnceUntilCleared(
      'activity-effort-over',
      `activity:${plan.a.id}`,
      () => patch('pm', `project-activities/${plan.a.id}`, { plannedEffort: 10 }).then(() => run('2030-04-24')),
      () => patch('pm', `project-activities/${plan.a.id}`, { plannedEffort: 20 }).then(() => run('2030-04-24')),
    )
    expect(activity.recipients).toEqual([user.pm.id])
    // 6 h of a 7 h budget: above 80 %; of a 100 h budget: below.
    await firesOnceUntilCleared(
      'project-effort-over',
      'project',
      () => patch('pm', `projects/${project.id}`, { budgetHours: 7 }).then(() => run('2030-04-24')),
      () => patch('pm', `projects/${project.id}`, { budgetHours: 100 }).then(() => run('2030-04-24')),
    )
  })

  it('fires when the end slips more than N days past the baseline, telling the team’s managers', async () => {
    const slipping = await firesOnceUntilCleared(
      'project-end-slipping',
      'project',
      () => patch('pm', `project-activities/${plan.b.id}`, { duration: 8 }).then(() => run('2030-04-24')),
      // Shortening does not pull the successors back: the milestone is moved back by hand.
      async () => {
        await patch('pm', `project-activities/${plan.b.id}`, { duration: 3 })
        await patch('pm', `project-activities/${plan.m.id}`, { plannedStart: plan.m.plannedStart })
        await run('2030-04-24')
      },
    )
    expect(slipping.recipients).toEqual(expect.arrayContaining([user.pm.id, user.admin.id]))
    expect(slipping.recipients).toHaveLength(new Set([user.pm.id, user.admin.id, ...(team.managers ?? [])]).size)
  })

  it('tells each recipient in the application and by email, in their own language', async () => {
    await run(START)
    await payload.jobs.run({ limit: 1000 })
    clearCapturedMail()
    await run('2030-04-25')
    const notifications = await payload.find({
      collection: 'notifications',
      where: { kind: { equals: 'projects.alert' }, recipient: { equals: user.member.id } },
      sort: '-createdAt',
      limit: 5,
      depth: 0,
    })
    const overdue = notifications.docs.find((n) => String(n.body).includes('should have ended'))
    expect(overdue?.title).toBe(`${project.number}: Activity overdue (0 working days of grace)`)
    expect(overdue?.link).toMatchObject({ collection: 'projects', documentId: String(project.id) })
    await payload.jobs.run({ limit: 1000 })
    const english = `${project.number}: Activity overdue (0 working days of grace)`
    const toMember = mailTo(EMAIL.member).filter((m) => m.subject === english)
    expect(toMember).toHaveLength(1)
    expect(toMember[0].text).toContain('"Analysis" should have ended on 24.04.2030 and is not done.')
    const romanian = `${project.number}: Activitate întârziată (0 zile lucrătoare de grație)`
    const toManager = mailTo(EMAIL.pm).filter((m) => m.subject === romanian)
    expect(toManager).toHaveLength(1)
    expect(toManager[0].text).toContain('„Analysis” trebuia să se încheie la 24.04.2030 și nu este realizată.')
  })

  it('shows the running demo project’s slipping plan as alerts already fired', async () => {
    const running = DEMO_PROJECTS.find((p) => p.steps.includes('start'))!
    const { docs } = await payload.find({ collection: 'projects', where: { name: { equals: running.name } }, depth: 0 })
    const events = await payload.find({
      collection: 'alert-events',
      where: { project: { equals: docs[0].id } },
      pagination: false,
      depth: 0,
    })
    expect(events.docs.map((e) => e.condition)).toEqual(expect.arrayContaining(['activity-not-started']))
  })

  it('keeps the log append-only: nobody writes it over the API, administrators included', async () => {
    const [event] = await eventsOf('activity-overdue', `activity:${plan.a.id}`)
    for (const who of ['admin', 'pm'] as Who[]) {
      const changed = await api('PATCH', `alert-events/${event.id}`, { token: token[who], body: { message: 'x' } })
      expect([403, 405], `${who} update`).toContain(changed.status)
      const deleted = await api('DELETE', `alert-events/${event.id}`, { token: token[who] })
      expect([403, 405], `${who} delete`).toContain(deleted.status)
      const created = await api('POST', 'alert-events', {
        token: token[who],
        body: { project: project.id, occurrence: 'forged', firedAt: new Date().toISOString() },
      })
      expect([403, 405], `${who} create`).toContain(created.status)
    }
    expect((await payload.findByID({ collection: 'alert-events', id: event.id, depth: 0 })).message).toBe(event.message)
    // Whoever reads the project reads its events; the member is in it.
    const read = await api('GET', `alert-events?where[project][equals]=${project.id}&limit=100`, {
      token: token.member,
    })
    expect(read.status).toBe(200)
    expect(read.body.totalDocs).toBeGreaterThan(0)
    const joined = await api('GET', `projects/${project.id}?depth=0`, { token: token.pm })
    expect(joined.body.alertEvents?.docs?.length ?? 0).toBeGreaterThan(0)
  })

  it('lets the project’s manager edit its alerts and refuses a member without rights', async () => {
    const alert = alertOf['activity-overdue']
    await patch('pm', `project-alerts/${alert}`, { threshold: 3 })
    const member = await api('PATCH', `project-alerts/${alert}`, { token: token.member, body: { threshold: 9 } })
    expect(member.status).toBe(403)
    const added = await api('POST', 'project-alerts', {
      token: token.member,
      body: { project: project.id, kind: kinds['activity-overdue'].id },
    })
    expect(added.status).toBe(403)
    expect((await payload.findByID({ collection: 'project-alerts', id: alert, depth: 0 })).threshold).toBe(3)
    // The grace now counts: three working days after the end it is not yet late.
    await run('2030-04-24')
    await run('2030-04-26')
    expect(openOf(await eventsOf('activity-overdue', `activity:${plan.a.id}`))).toHaveLength(0)
  })

  it('runs hourly as a scheduled job: today, the 2030 plan is not late, so its open dated alerts clear', async () => {
    const task = payload.config.jobs.tasks?.find((t) => t.slug === 'evaluatePlanAlerts')
    expect(task?.schedule?.[0]?.cron).toBe('5 * * * *')
    await run('2030-04-25')
    expect(openOf(await eventsOf('deliverable-overdue', `deliverable:${deliverable.id}`))).toHaveLength(1)
    await payload.jobs.queue({ task: 'evaluatePlanAlerts' as never, input: {} as never })
    await payload.jobs.run({ limit: 1000 })
    expect(openOf(await eventsOf('deliverable-overdue', `deliverable:${deliverable.id}`))).toHaveLength(0)
  })

  /** Every event of the project, oldest first, as the log holds it. */
  const logOf = async () =>
    (
      await payload.find({
        collection: 'alert-events',
        where: { project: { equals: project.id } },
        sort: 'id',
        pagination: false,
        depth: 0,
        locale: 'all',
      })
    ).docs as Doc[]
  /**
   * Append-only: every earlier event is still there with what it said when it fired; the only
   * change an event ever takes is its ending (`clearedAt` and why), stamped once and kept. (A
   * removed alert's link is emptied by the database; its occurrence key still names it.)
   */
  const expectAppendedTo = (before: Doc[], after: Doc[], removedAlert?: number) => {
    const fired = ({ clearedAt: _at, clearedBecause: _why, updatedAt: _u, ...event }: Doc) =>
      event.alert === removedAlert ? { ...event, alert: null } : event
    const now = new Map(after.map((e) => [e.id, e]))
    for (const event of before) {
      const later = now.get(event.id)
      expect(later, `event ${event.id} kept`).toBeDefined()
      expect(fired(later!)).toEqual(fired(event))
      if (event.clearedAt) {
        expect([later!.clearedAt, later!.clearedBecause]).toEqual([event.clearedAt, event.clearedBecause])
      }
    }
    expect(Math.min(...after.filter((e) => !before.some((b) => b.id === e.id)).map((e) => e.id))).toBeGreaterThan(
      Math.max(0, ...before.map((e) => e.id)),
    )
  }
  const LATE = '2030-04-25'

  it('ends the open occurrences of an alert switched off: switched on again, a still-true condition fires again', async () => {
    const overdue = () => eventsOf('deliverable-overdue', `deliverable:${deliverable.id}`)
    await run(LATE)
    const before = await logOf()
    const [open] = openOf(await overdue())
    expect(open, 'the deliverable is overdue').toBeDefined()
    const alert = alertOf['deliverable-overdue']
    await patch('pm', `project-alerts/${alert}`, { active: false })
    // Ended at once, in the log, with why; the project page shows nothing of it as current.
    const ended = (await overdue()).find((e) => e.id === open.id)!
    expect([Boolean(ended.clearedAt), ended.clearedBecause]).toEqual([true, 'switched-off'])
    const current = await api(
      'GET',
      `alert-events?where[alert][equals]=${alert}&where[clearedAt][exists]=false&limit=100&depth=0`,
      { token: token.pm },
    )
    expect([current.status, current.body.totalDocs]).toEqual([200, 0])
    // Off, it does not fire; on again, the condition still holds: a new occurrence.
    await run(LATE, '11:00')
    expect(openOf(await overdue())).toHaveLength(0)
    await patch('pm', `project-alerts/${alert}`, { active: true })
    await run(LATE, '12:00')
    const again = await overdue()
    expect(openOf(again)).toHaveLength(1)
    expect(openOf(again)[0].id).not.toBe(open.id)
    expectAppendedTo(before, await logOf())
  })

  it('ends them when the alert or its kind is removed or switched off, and a normal clearing says why too', async () => {
    const overdue = () => eventsOf('deliverable-overdue', `deliverable:${deliverable.id}`)
    await run(LATE)
    expect(openOf(await overdue())).toHaveLength(1)
    // The kind switched off for the whole company ends its projects' occurrences.
    await payload.update({
      collection: 'plan-alert-kinds',
      id: kinds['deliverable-overdue'].id,
      data: { active: false },
    })
    try {
      expect(openOf(await overdue())).toHaveLength(0)
      expect((await overdue()).at(-1)!.clearedBecause).toBe('switched-off')
    } finally {
      await payload.update({
        collection: 'plan-alert-kinds',
        id: kinds['deliverable-overdue'].id,
        data: { active: true },
      })
    }
    await run(LATE, '11:00')
    expect(openOf(await overdue())).toHaveLength(1)
    // Cleared by its condition (not late on the 24th): recorded the same way, with that reason.
    await run('2030-04-24')
    expect((await overdue()).at(-1)!.clearedBecause).toBe('condition')
    // A removed alert: its open occurrence ends before the link to it is emptied.
    await run(LATE, '12:00')
    const before = await logOf()
    const [open] = openOf(await overdue())
    const alert = alertOf['deliverable-overdue']
    const removed = await api('DELETE', `project-alerts/${alert}`, { token: token.pm })
    expect(removed.status, message(removed)).toBe(200)
    const ended = (await logOf()).find((e) => e.id === open.id)!
    expect([Boolean(ended.clearedAt), ended.clearedBecause, ended.occurrence]).toEqual([
      true,
      'switched-off',
      `${alert}:deliverable:${deliverable.id}`,
    ])
    expectAppendedTo(before, await logOf(), alert)
  })

  it('ends them when the project leaves the running state: resumed, a still-true condition fires again', async () => {
    const slipping = () => eventsOf('milestone-missed', `activity:${plan.m.id}`)
    await run('2030-05-10')
    const before = await logOf()
    const [open] = openOf(await slipping())
    expect(open, 'the milestone is missed').toBeDefined()
    const hold = await api('POST', `projects/${project.id}/transition`, {
      token: token.pm,
      body: { transition: 'hold', comment: 'Waiting for the client' },
    })
    expect(hold.status, message(hold)).toBe(200)
    const ended = (await slipping()).find((e) => e.id === open.id)!
    expect([Boolean(ended.clearedAt), ended.clearedBecause]).toEqual([true, 'not-running'])
    expect(openOf(await logOf())).toHaveLength(0)
    // On hold it is not watched; resumed, the milestone is still missed: a new occurrence.
    await run('2030-05-10', '11:00')
    expect(openOf(await slipping())).toHaveLength(0)
    await step('pm', 'projects', project.id, 'resume')
    await run('2030-05-10', '12:00')
    const again = openOf(await slipping())
    expect(again).toHaveLength(1)
    expect(again[0].id).not.toBe(open.id)
    expectAppendedTo(before, await logOf())
  })

  it('ends occurrences left open from before, on the next run', async () => {
    await run('2030-05-10')
    const [open] = openOf(await eventsOf('milestone-missed', `activity:${plan.m.id}`))
    // As the log was before the hooks: an alert switched off without its occurrence ending.
    await payload.db.updateOne({
      collection: 'project-alerts',
      id: alertOf['milestone-missed'],
      data: { active: false },
    })
    try {
      await run('2030-05-10', '11:00')
      const ended = await payload.findByID({ collection: 'alert-events', id: open.id, depth: 0 })
      expect([Boolean(ended.clearedAt), ended.clearedBecause]).toEqual([true, 'switched-off'])
    } finally {
      await payload.update({ collection: 'project-alerts', id: alertOf['milestone-missed'], data: { active: true } })
    }
  })
})
