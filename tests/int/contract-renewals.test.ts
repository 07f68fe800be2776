import { type CollectionBeforeChangeHook, createLocalReq, type Payload, type TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { RENEW_CONTRACTS_TASK, renewContracts, renewalTodoTitle } from '@/collections/contracts/contracts/renewals'
import { runSystemStep } from '@/hooks/workflow/governed'
import { SCHEDULED_QUEUE } from '@/jobs/queues'
import { dayIn, instantAt } from '@/lib/timeZone'
import { inTransaction } from '@/lib/transaction'
import { freshCui, uniqueMark } from '../helpers/crm'
import { PDF } from '../helpers/files'
import { testPayload, userByEmail } from '../helpers/payload'

/** The settings' time zone of the test database (none set: the default). */
const ZONE = 'Europe/Bucharest'
const at = (day: string, time: string) => instantAt(day, time, ZONE)
/** A date-only value as the date fields store it: 12:00 UTC of the day. */
const stored = (day: string) => `${day}T12:00:00.000Z`
const NOTHING = { activated: 0, noticed: 0, renewed: 0, ended: 0, failed: [] }

/*
 * Every test works on its own years, each earlier than the last test's, so a run on a fixed clock
 * finds only that test's contracts due (the earlier tests' dates are all still to come for it).
 */
describe('contract renewals job', () => {
  let payload: Payload
  let owner: TypedUser
  let manager: TypedUser
  let client: number
  let signedCopy: number
  const hooks: CollectionBeforeChangeHook[] = []

  const run = async (now: Date) => renewContracts(await createLocalReq({}, payload), now)

  /** Takes steps as the application would, each in its own transaction. */
  async function walk(id: number, steps: string[]) {
    for (const step of steps) {
      const req = await createLocalReq({}, payload)
      expect(await inTransaction(req, () => runSystemStep(req, 'contracts', id, step)), step).toBe(true)
    }
  }

  /** A contract of sales@ with its signed copy, taken through the signing flow to `state`. */
  async function contract(options: {
    start: string
    months?: number
    end?: string
    autoRenew: boolean
    noticeDays: number
    state: 'signed' | 'active'
  }) {
    const made = await payload.create({
      collection: 'contracts',
      data: {
        title: uniqueMark('Mentenanță anuală'),
        client,
        owner: owner.id,
        startDate: stored(options.start),
        durationMonths: options.months,
        endDate: options.end ? stored(options.end) : undefined,
        autoRenew: options.autoRenew,
        noticeDays: options.noticeDays,
      },
      depth: 0,
      overrideAccess: true,
    })
    await payload.create({
      collection: 'contract-documents',
      data: { contract: made.id, kind: signedCopy, description: 'Exemplar semnat' },
      file: { data: Buffer.from(PDF), mimetype: 'application/pdf', name: 'semnat.pdf', size: PDF.length },
      depth: 0,
      overrideAccess: true,
    })
    await walk(made.id, ['submit', 'approve', 'send', 'sign', ...(options.state === 'active' ? ['activate'] : [])])
    return made.id
  }

  const contractNamed = (id: number) => payload.findByID({ collection: 'contracts', id, depth: 0 })
  const steps = async (id: number, transition: string) =>
    (
      await payload.find({
        collection: 'workflow-events',
        where: {
          collection: { equals: 'contracts' },
          record: { equals: String(id) },
          transition: { equals: transition },
        },
        sort: 'id',
        depth: 0,
        pagination: false,
      })
    ).docs
  const renewalNotices = async (id: number) =>
    (
      await payload.find({
        collection: 'notifications',
        where: {
          kind: { equals: 'contracts.renewal' },
          'link.collection': { equals: 'contracts' },
          'link.documentId': { equals: String(id) },
        },
        sort: 'id',
        depth: 0,
        pagination: false,
      })
    ).docs
  const todosAbout = async (id: number) =>
    (
      await payload.find({
        collection: 'todos',
        where: { 'relatedTo.relationTo': { equals: 'contracts' }, 'relatedTo.value': { equals: id } },
        sort: 'id',
        depth: 0,
        pagination: false,
      })
    ).docs

  /** Makes writing one contract's workflow notifications fail, until the test ends. */
  function breakNotificationsOf(id: number) {
    const refuse: CollectionBeforeChangeHook = ({ data }) => {
      const { kind, link } = data as { kind?: string; link?: { documentId?: string } }
      if (kind === 'workflow.contracts' && link?.documentId === String(id)) throw new Error('The mail room is on fire')
      return data
    }
    payload.collections.notifications.config.hooks.beforeChange.push(refuse)
    hooks.push(refuse)
    return () => {
      const list = payload.collections.notifications.config.hooks.beforeChange
      list.splice(list.indexOf(refuse), 1)
      hooks.splice(hooks.indexOf(refuse), 1)
    }
  }

  beforeAll(async () => {
    payload = await testPayload()
    owner = await userByEmail(payload, 'sales@organizecrm.test')
    manager = await userByEmail(payload, 'sales-manager@organizecrm.test')
    const made = await payload.create({
      collection: 'clients',
      data: {
        name: uniqueMark('Prelungiri SRL'),
        type: 'client',
        status: 'active',
        fiscalCode: freshCui(),
        owner: owner.id,
      },
      depth: 0,
      overrideAccess: true,
    })
    client = made.id
    const kind = await payload.find({
      collection: 'nomenclators',
      where: { list: { equals: 'document-types' }, value: { equals: 'signed' } },
      depth: 0,
      limit: 1,
    })
    signedCopy = kind.docs[0].id
  })

  afterAll(() => {
    const list = payload.collections.notifications.config.hooks.beforeChange
    for (const hook of hooks) list.splice(list.indexOf(hook), 1)
  })

  it("starts a signed contract on its start day in the settings' time zone, not the day before", async () => {
    const id = await contract({ start: '2019-03-01', months: 12, autoRenew: false, noticeDays: 30, state: 'signed' })
    const signed = await contractNamed(id)
    expect([signed.status, signed.endDate, signed.renewalDecisionDate]).toEqual([
      'signed',
      stored('2020-02-29'),
      stored('2020-01-30'),
    ])

    expect(await run(at('2019-02-28', '23:30'))).toEqual({ today: '2019-02-28', ...NOTHING })
    expect((await contractNamed(id)).status).toBe('signed')

    // Half past midnight in Bucharest is still 28 February in UTC: the day is the settings' zone's.
    const midnight = at('2019-03-01', '00:30')
    expect(midnight.toISOString()).toBe('2019-02-28T22:30:00.000Z')
    expect(await run(midnight)).toEqual({ today: '2019-03-01', ...NOTHING, activated: 1 })
    const active = await contractNamed(id)
    expect([active.status, active.statusCategory]).toEqual(['active', 'active'])
    expect(active.activatedAt).toBeTruthy()
    const [logged, ...more] = await steps(id, 'activate')
    expect(more).toEqual([])
    expect(logged).toMatchObject({ from: 'signed', to: 'active', user: null })
    expect(logged.comment).toBe('Data de început a sosit / The start date has come (01.03.2019)')

    expect(await run(at('2019-03-01', '01:30'))).toEqual({ today: '2019-03-01', ...NOTHING })
    expect(await steps(id, 'activate')).toHaveLength(1)
  })

  it('asks the owner and the sales manager once per period, then renews at the end for as long again', async () => {
    const id = await contract({ start: '2017-01-01', months: 12, autoRenew: true, noticeDays: 30, state: 'active' })
    const { number, title } = await contractNamed(id)

    expect(await run(at('2017-11-30', '23:30'))).toEqual({ today: '2017-11-30', ...NOTHING })
    expect(await renewalNotices(id)).toEqual([])

    expect(await run(at('2017-12-01', '00:30'))).toEqual({ today: '2017-12-01', ...NOTHING, noticed: 1 })
    const told = await renewalNotices(id)
    expect(told.map((n) => n.recipient).sort()).toEqual([owner.id, manager.id].sort())
    for (const notice of told) {
      const ro = notice.recipient === owner.id ? owner.language !== 'en' : manager.language !== 'en'
      expect(notice.title).toBe(
        ro ? `Prelungire de decis: ${number} ${title}` : `Renewal to decide: ${number} ${title}`,
      )
      expect(notice.body).toContain('31.12.2017')
      expect(notice.body).toContain('01.12.2017')
    }
    const [todo, ...otherTodos] = await todosAbout(id)
    expect(otherTodos).toEqual([])
    expect(todo.title).toBe(renewalTodoTitle(title))
    expect(todo.title).toBe(`Decide the renewal / Decideți prelungirea: ${title}`)
    expect([todo.responsible, todo.allDay, dayIn(todo.due!, ZONE), todo.status]).toEqual([
      owner.id,
      true,
      '2017-12-01',
      'open',
    ])
    expect((await contractNamed(id)).renewalNoticeFor).toBe(stored('2017-12-31'))

    // The same day again, and later in the period: nobody is asked twice.
    expect(await run(at('2017-12-01', '08:00'))).toEqual({ today: '2017-12-01', ...NOTHING })
    expect(await run(at('2017-12-31', '23:59'))).toEqual({ today: '2017-12-31', ...NOTHING })
    expect(await renewalNotices(id)).toHaveLength(2)
    expect(await todosAbout(id)).toHaveLength(1)
    expect(await steps(id, 'renew')).toEqual([])

    // The day after its last day it renews: the next twelve months, the decision date with them.
    expect(await run(at('2018-01-01', '00:30'))).toEqual({ today: '2018-01-01', ...NOTHING, renewed: 1 })
    const renewed = await contractNamed(id)
    expect({
      status: renewed.status,
      startDate: renewed.startDate,
      endDate: renewed.endDate,
      renewalDecisionDate: renewed.renewalDecisionDate,
      renewals: renewed.renewals,
      renewalNoticeFor: renewed.renewalNoticeFor,
    }).toEqual({
      status: 'active',
      startDate: stored('2018-01-01'),
      endDate: stored('2018-12-31'),
      renewalDecisionDate: stored('2018-12-01'),
      renewals: 1,
      renewalNoticeFor: stored('2017-12-31'),
    })
    const [renewal, ...moreRenewals] = await steps(id, 'renew')
    expect(moreRenewals).toEqual([])
    expect(renewal).toMatchObject({ from: 'active', to: 'active', user: null })
    expect(renewal.comment).toBe('Prelungit automat până la 31.12.2018 / Renewed automatically until 31.12.2018')
    // The previous period stays in the contract's history.
    const { docs: versions } = await payload.findVersions({
      collection: 'contracts',
      where: { parent: { equals: id } },
      depth: 0,
      pagination: false,
    })
    const periods = versions.map((v) => `${v.version.startDate} ${v.version.endDate}`)
    expect(periods).toContain(`${stored('2017-01-01')} ${stored('2017-12-31')}`)
    expect(periods).toContain(`${stored('2018-01-01')} ${stored('2018-12-31')}`)
    expect(await renewalNotices(id)).toHaveLength(2)

    expect(await run(at('2018-01-01', '10:00'))).toEqual({ today: '2018-01-01', ...NOTHING })
    expect(await steps(id, 'renew')).toHaveLength(1)
    expect((await contractNamed(id)).renewals).toBe(1)

    // The new period is asked about at its own decision date.
    expect(await run(at('2018-12-01', '00:30'))).toEqual({ today: '2018-12-01', ...NOTHING, noticed: 1 })
    expect(await renewalNotices(id)).toHaveLength(4)
    const todos = await todosAbout(id)
    expect(todos).toHaveLength(2)
    expect(dayIn(todos[1].due!, ZONE)).toBe('2018-12-01')
    expect((await contractNamed(id)).renewalNoticeFor).toBe(stored('2018-12-31'))
  })

  it('ends a contract that does not renew by itself after its last day, once', async () => {
    const id = await contract({
      start: '2016-01-01',
      end: '2016-06-30',
      autoRenew: false,
      noticeDays: 0,
      state: 'active',
    })

    // Its last day: the renewal is still to decide (no notice period), nothing ends yet.
    expect(await run(at('2016-06-30', '23:30'))).toEqual({ today: '2016-06-30', ...NOTHING, noticed: 1 })
    expect((await contractNamed(id)).status).toBe('active')

    expect(await run(at('2016-07-01', '00:30'))).toEqual({ today: '2016-07-01', ...NOTHING, ended: 1 })
    const ended = await contractNamed(id)
    expect([ended.status, ended.statusCategory, ended.endDate, ended.renewals]).toEqual([
      'ended',
      'done',
      stored('2016-06-30'),
      0,
    ])
    const [logged, ...more] = await steps(id, 'end')
    expect(more).toEqual([])
    expect(logged).toMatchObject({ from: 'active', to: 'ended', user: null })
    expect(logged.comment).toBe("Termenul contractului s-a încheiat / The contract's term ended (30.06.2016)")
    expect(await steps(id, 'renew')).toEqual([])

    expect(await run(at('2016-07-01', '12:00'))).toEqual({ today: '2016-07-01', ...NOTHING })
    expect(await steps(id, 'end')).toHaveLength(1)
    expect(await renewalNotices(id)).toHaveLength(2)
  })

  it('renews a contract given by its dates for as many days, catching up every period it missed', async () => {
    // 1–29 February 2015 does not exist: 1–28 February, 28 days.
    const id = await contract({
      start: '2015-02-01',
      end: '2015-02-28',
      autoRenew: true,
      noticeDays: 5,
      state: 'active',
    })

    expect(await run(at('2015-03-01', '06:00'))).toEqual({ today: '2015-03-01', ...NOTHING, renewed: 1 })
    const once = await contractNamed(id)
    expect([once.startDate, once.endDate, once.renewals]).toEqual([stored('2015-03-01'), stored('2015-03-28'), 1])

    // Nobody ran the job for two months: every missed period is taken, each as its own step.
    expect(await run(at('2015-05-10', '06:00'))).toEqual({ today: '2015-05-10', ...NOTHING, renewed: 1 })
    const caughtUp = await contractNamed(id)
    expect([caughtUp.startDate, caughtUp.endDate, caughtUp.renewals, caughtUp.renewalDecisionDate]).toEqual([
      stored('2015-04-26'),
      stored('2015-05-23'),
      3,
      stored('2015-05-18'),
    ])
    expect((await steps(id, 'renew')).map((s) => s.comment)).toEqual([
      'Prelungit automat până la 28.03.2015 / Renewed automatically until 28.03.2015',
      'Prelungit automat până la 25.04.2015 / Renewed automatically until 25.04.2015',
      'Prelungit automat până la 23.05.2015 / Renewed automatically until 23.05.2015',
    ])
    expect(await run(at('2015-05-10', '07:00'))).toEqual({ today: '2015-05-10', ...NOTHING })
  })

  it('handles each contract in its own transaction: one failure undoes nothing else and is named', async () => {
    const failing = await contract({
      start: '2014-05-01',
      months: 12,
      autoRenew: false,
      noticeDays: 30,
      state: 'signed',
    })
    const fine = await contract({ start: '2014-05-01', months: 12, autoRenew: false, noticeDays: 30, state: 'signed' })
    const ending = await contract({
      start: '2014-01-01',
      end: '2014-04-30',
      autoRenew: false,
      noticeDays: 0,
      state: 'active',
    })
    const { number } = await contractNamed(failing)
    const repair = breakNotificationsOf(failing)

    let output
    try {
      output = await run(at('2014-05-01', '09:00'))
    } finally {
      repair()
    }
    expect(output).toEqual({
      today: '2014-05-01',
      ...NOTHING,
      activated: 1,
      ended: 1,
      failed: [{ contract: failing, number, step: 'activate', message: 'The mail room is on fire' }],
    })
    // Its step had saved the contract and logged itself before the notification failed: all undone.
    expect((await contractNamed(failing)).status).toBe('signed')
    expect(await steps(failing, 'activate')).toEqual([])
    expect((await contractNamed(fine)).status).toBe('active')
    expect((await contractNamed(ending)).status).toBe('ended')

    // Tried again at the next run.
    expect(await run(at('2014-05-01', '10:00'))).toEqual({ today: '2014-05-01', ...NOTHING, activated: 1 })
    expect((await contractNamed(failing)).status).toBe('active')
    expect(await steps(failing, 'activate')).toHaveLength(1)
  })

  it('runs every hour on the scheduled queue and fails the job naming the contracts it could not handle', async () => {
    const today = dayIn(new Date(), ZONE)
    const failing = await contract({ start: today, months: 12, autoRenew: false, noticeDays: 30, state: 'signed' })
    const { number } = await contractNamed(failing)

    await payload.jobs.handleSchedules({ queue: SCHEDULED_QUEUE })
    const pending = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: RENEW_CONTRACTS_TASK }, completedAt: { exists: false } },
      depth: 0,
      pagination: false,
    })
    expect(pending.docs).toHaveLength(1)
    const [job] = pending.docs
    expect(job.queue).toBe(SCHEDULED_QUEUE)
    // Queued for a quarter past the hour; the clock is moved there instead of waiting. Another
    // file's run of the schedules may have queued it already, for a quarter past since passed.
    const due = new Date(job.waitUntil!)
    expect(due.getTime() - Date.now()).toBeLessThanOrEqual(3_600_000)
    expect([due.getUTCMinutes(), due.getUTCSeconds()]).toEqual([15, 0])
    await payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
      depth: 0,
    })

    const repair = breakNotificationsOf(failing)
    try {
      await payload.jobs.run({ queue: SCHEDULED_QUEUE })
    } finally {
      repair()
    }
    // The job is kept, failed, naming the contract, its step and the reason, for the administrators.
    const failed = await payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0 })
    expect(failed.hasError).toBe(true)
    expect((failed.error as { message?: string }).message).toMatch(
      new RegExp(`^Contracts' dates: could not handle \\d+: .*${number} \\(activate\\): The mail room is on fire`),
    )
    expect((await contractNamed(failing)).status).toBe('signed')
    await payload.delete({ collection: 'payload-jobs', id: job.id })
  })
})
