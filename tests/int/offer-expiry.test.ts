import { type CollectionBeforeChangeHook, createLocalReq, type Payload, type TypedUser } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { EXPIRE_OFFERS_TASK, expireOffers } from '@/collections/sales/offers/expire'
import { SCHEDULED_QUEUE } from '@/jobs/queues'
import { addDays, dayIn, instantAt } from '@/lib/timeZone'
import { freshCui, uniqueMark } from '../helpers/crm'
import { api, login } from '../helpers/http'
import { testPayload, userByEmail } from '../helpers/payload'

const ZONE = 'Europe/Bucharest'
type Who = 'sales' | 'manager'
type Output = { today: string; expired: number; failed: { offer: number; number: string; message: string }[] }

describe('offer expiry job', () => {
  let payload: Payload
  let owner: TypedUser
  const token = {} as Record<Who, string>
  let client: number
  let today: string

  const step = async (id: number, who: Who, transition: string) => {
    const answer = await api('POST', `offers/${id}/transition`, { token: token[who], body: { transition } })
    expect(answer.status, `${transition}: ${JSON.stringify(answer.body)}`).toBe(200)
  }

  /** An offer of sales@ with its validity term, taken through the workflow up to `status`. */
  async function offer(validUntil: Date, status: 'draft' | 'approved' | 'sent') {
    const made = await api('POST', 'offers?depth=0', {
      token: token.sales,
      body: {
        title: uniqueMark('Expirare'),
        client,
        lines: [{ description: 'Consultanță', quantity: 2, unitPrice: 350 }],
      },
    })
    expect(made.status).toBe(201)
    const { id } = made.body.doc as { id: number }
    // Only a draft may change its validity term.
    const dated = await api('PATCH', `offers/${id}?depth=0`, {
      token: token.sales,
      body: { validUntil: validUntil.toISOString() },
    })
    expect(dated.status).toBe(200)
    if (status === 'draft') return id as number
    await step(id, 'sales', 'submit')
    await step(id, 'manager', 'approve')
    if (status === 'sent') await step(id, 'sales', 'send')
    return id as number
  }

  const statusOf = async (id: number) => (await payload.findByID({ collection: 'offers', id, depth: 0 })).status
  const notificationsAbout = async (id: number) =>
    (
      await payload.find({
        collection: 'notifications',
        where: {
          recipient: { equals: owner.id },
          'link.collection': { equals: 'offers' },
          'link.documentId': { equals: String(id) },
        },
        sort: 'id',
        depth: 0,
        pagination: false,
      })
    ).docs
  const expirySteps = async (id: number) =>
    (
      await payload.find({
        collection: 'workflow-events',
        where: { collection: { equals: 'offers' }, record: { equals: String(id) }, transition: { equals: 'expire' } },
        depth: 0,
        pagination: false,
      })
    ).docs

  /** What the scheduler does: queue the task when its schedule is due, then run the queue. */
  async function scheduledRun(): Promise<Output> {
    await payload.jobs.handleSchedules({ queue: SCHEDULED_QUEUE })
    const pending = await payload.find({
      collection: 'payload-jobs',
      where: {
        taskSlug: { equals: EXPIRE_OFFERS_TASK },
        completedAt: { exists: false },
        hasError: { not_equals: true },
      },
      depth: 0,
      pagination: false,
    })
    expect(pending.docs).toHaveLength(1)
    const [job] = pending.docs
    expect(job.queue).toBe(SCHEDULED_QUEUE)
    // Queued for a full hour, as the schedule says; the clock is moved there instead of waiting.
    // Another file's run of the schedules may have queued it already, for an hour since passed:
    // it is due within the hour, not necessarily still ahead.
    const due = new Date(job.waitUntil!)
    expect(due.getTime() - Date.now()).toBeLessThanOrEqual(3_600_000)
    expect([due.getUTCMinutes(), due.getUTCSeconds()]).toEqual([0, 0])
    await payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
      depth: 0,
    })
    // Payload deletes a completed job: keep this one to read its output.
    const jobs = payload.config.jobs
    jobs.deleteJobOnComplete = false
    try {
      await payload.jobs.run({ queue: SCHEDULED_QUEUE })
    } finally {
      jobs.deleteJobOnComplete = true
    }
    const done = await payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0 })
    expect(done.completedAt, JSON.stringify(done.error)).toBeTruthy()
    await payload.delete({ collection: 'payload-jobs', id: job.id })
    const ran = (done.log ?? []).filter((entry) => entry.taskSlug === EXPIRE_OFFERS_TASK && entry.state === 'succeeded')
    expect(ran).toHaveLength(1)
    return ran[0].output as Output
  }

  beforeAll(async () => {
    payload = await testPayload()
    owner = await userByEmail(payload, 'sales@organizecrm.test')
    token.sales = await login('sales@organizecrm.test')
    token.manager = await login('sales-manager@organizecrm.test')
    const made = await api('POST', 'clients', {
      token: token.sales,
      body: { name: uniqueMark('Expirare Oferte SRL'), fiscalCode: freshCui() },
    })
    expect(made.status).toBe(201)
    client = made.body.doc.id
    today = dayIn(new Date(), ZONE)
  })

  it('expires sent offers past their validity once, as the application, telling the owner once; leaves the rest alone', async () => {
    const lastMinuteOfYesterday = instantAt(addDays(today, -1), '23:59', ZONE)
    const firstMinuteOfToday = instantAt(today, '00:01', ZONE)
    const longAgo = instantAt(addDays(today, -10), '12:00', ZONE)
    const past = await offer(lastMinuteOfYesterday, 'sent')
    const older = await offer(longAgo, 'sent')
    const validToday = await offer(firstMinuteOfToday, 'sent')
    const draft = await offer(longAgo, 'draft')
    const approved = await offer(longAgo, 'approved')
    const toldBefore = await notificationsAbout(past)

    const first = await scheduledRun()
    expect(first.today).toBe(today)
    expect(first.failed).toEqual([])
    expect(first.expired).toBeGreaterThanOrEqual(2)

    expect(await statusOf(past)).toBe('expired')
    expect(await statusOf(older)).toBe('expired')
    expect(await statusOf(validToday)).toBe('sent')
    expect(await statusOf(draft)).toBe('draft')
    expect(await statusOf(approved)).toBe('approved')

    const [logged] = await expirySteps(past)
    expect(logged).toMatchObject({ from: 'sent', to: 'expired', user: null })
    const shown = addDays(today, -1).split('-').reverse().join('.')
    expect(logged.comment).toContain(`Validity term passed (${shown})`)
    expect(await expirySteps(validToday)).toEqual([])
    expect((await payload.findByID({ collection: 'offers', id: past, depth: 0 })).statusCategory).toBe('cancelled')

    const told = await notificationsAbout(past)
    expect(told).toHaveLength(toldBefore.length + 1)
    expect(told.at(-1)!.kind).toBe('workflow.offers')
    expect(told.at(-1)!.title).toMatch(/Expir/)

    // The next hour: nothing left to do, nobody told again.
    const second = await scheduledRun()
    expect(second).toMatchObject({ expired: 0, failed: [] })
    expect(await notificationsAbout(past)).toHaveLength(told.length)
    expect(await expirySteps(past)).toHaveLength(1)
    expect(await statusOf(validToday)).toBe('sent')
  })

  it('also runs when queued by hand', async () => {
    const past = await offer(instantAt(addDays(today, -3), '09:00', ZONE), 'sent')
    await payload.jobs.queue({ task: EXPIRE_OFFERS_TASK, input: {}, queue: SCHEDULED_QUEUE })
    await payload.jobs.run({ queue: SCHEDULED_QUEUE })
    expect(await statusOf(past)).toBe('expired')
  })

  it('expires each offer in its own transaction: one failure undoes nothing else and is reported', async () => {
    const failing = await offer(instantAt(addDays(today, -2), '10:00', ZONE), 'sent')
    const fine = await offer(instantAt(addDays(today, -2), '11:00', ZONE), 'sent')
    const toldBefore = await notificationsAbout(failing)
    // The owner's notification of one offer cannot be written: its step has already saved the
    // offer and its log entry inside the transaction, which must all roll back.
    const hooks = payload.collections.notifications.config.hooks
    const refuse: CollectionBeforeChangeHook = ({ data }) => {
      if ((data as { link?: { documentId?: string } }).link?.documentId === String(failing))
        throw new Error('The mail room is on fire')
      return data
    }
    hooks.beforeChange.push(refuse)
    let job: { id: number | string }
    try {
      job = await payload.jobs.queue({ task: EXPIRE_OFFERS_TASK, input: {}, queue: SCHEDULED_QUEUE })
      await payload.jobs.run({ queue: SCHEDULED_QUEUE })
    } finally {
      hooks.beforeChange.splice(hooks.beforeChange.indexOf(refuse), 1)
    }
    expect(await statusOf(fine)).toBe('expired')
    expect(await statusOf(failing)).toBe('sent')
    expect(await expirySteps(failing)).toEqual([])
    expect(await notificationsAbout(failing)).toHaveLength(toldBefore.length)
    // The job is kept, failed, naming the offer and the reason, for the administrators.
    const failed = await payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0 })
    const { number } = await payload.findByID({ collection: 'offers', id: failing, depth: 0 })
    expect(failed.hasError).toBe(true)
    expect((failed.error as { message?: string }).message).toMatch(
      new RegExp(`could not expire 1: ${number}: The mail room is on fire`),
    )

    // Tried again at the next run.
    const retried = await expireOffers(await createLocalReq({}, payload))
    expect(retried).toMatchObject({ expired: 1, failed: [] })
    expect(await statusOf(failing)).toBe('expired')
    expect(await expirySteps(failing)).toHaveLength(1)
  })
})
