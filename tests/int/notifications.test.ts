import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type TypedUser,
} from 'payload'
import path from 'node:path'
import type { ReactElement } from 'react'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { permissionsFor } from '@/access/engine'
import { Notifications } from '@/collections/admin/notifications'
import { ROLES } from '@/collections/admin/reference/roles'
import { modulesOf } from '@/hooks/modules/registry'
import { notify } from '@/hooks/notify'
import { bindingOf } from '@/hooks/workflow/registry'
import type { Notification } from '@/payload-types'
import { api, graphql, login } from '../helpers/http'
import { capturedMail, clearCapturedMail, failNextSends, mailTo } from '../helpers/mail'
import { testPayload, userByEmail } from '../helpers/payload'

const TASK = 'sendNotificationEmail'

// The kind filter's select is a browser component (Payload's UI, with its stylesheets): here only
// what the server hands it counts.
vi.mock('@/collections/admin/notifications/components/KindFilterSelect', () => ({ KindFilterSelect: () => null }))

describe('notifications: own only, mark read, email through the jobs queue', () => {
  let payload: Payload
  let sales: TypedUser
  let sales2: TypedUser
  let admin: TypedUser
  let salesToken: string
  let sales2Token: string
  let adminToken: string
  let run = 0
  /** A kind no other test uses, so each test looks only at its own notifications. */
  const freshKind = (name: string) => `test.${name}.${Date.now()}.${++run}`

  const systemReq = () => createLocalReq({}, payload)
  const send = async (message: Parameters<typeof notify>[1]) => notify(await systemReq(), message)

  async function notificationsOf(kind: string, user?: TypedUser): Promise<Notification[]> {
    const { docs } = await payload.find({
      collection: 'notifications',
      where: { kind: { equals: kind }, ...(user ? { recipient: { equals: user.id } } : {}) },
      depth: 0,
      limit: 100,
      sort: 'id',
    })
    return docs
  }

  /** Email jobs still waiting (or retrying) for a notification. */
  async function pendingEmailJobs(notificationId: number) {
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: TASK }, completedAt: { exists: false } },
      depth: 0,
      limit: 0,
      pagination: false,
    })
    return docs.filter((job) => (job.input as { notificationId?: number } | null)?.notificationId === notificationId)
  }

  async function setEmailPreference(user: TypedUser, emailNotifications: { enabled?: boolean; mutedKinds?: string[] }) {
    await payload.update({ collection: 'users', id: user.id, data: { emailNotifications }, overrideAccess: true })
  }

  beforeAll(async () => {
    payload = await testPayload()
    sales = await userByEmail(payload, 'sales@organizecrm.test')
    sales2 = await userByEmail(payload, 'sales2@organizecrm.test')
    admin = await userByEmail(payload, 'admin@organizecrm.test')
    // sales2 reads English; the others keep the seeded Romanian.
    await payload.update({ collection: 'users', id: sales2.id, data: { language: 'en' }, overrideAccess: true })
    salesToken = await login('sales@organizecrm.test')
    sales2Token = await login('sales2@organizecrm.test')
    adminToken = await login('admin@organizecrm.test')
    // Whatever earlier files queued is delivered before this file counts messages.
    await payload.jobs.run({ limit: 1000 })
  })

  beforeEach(() => clearCapturedMail())

  describe('notify()', () => {
    it('writes one notification per distinct active recipient, in the recipient\u2019s language', async () => {
      const inactive = await payload.create({
        collection: 'users',
        data: {
          name: 'Former colleague',
          email: `former-${Date.now()}@organizecrm.test`,
          password: 'Demo-Pass-2026',
          roles: [(await payload.find({ collection: 'roles', where: { key: { equals: 'sales' } } })).docs[0].id],
          language: 'ro',
          active: false,
        },
        overrideAccess: true,
      })
      const kind = freshKind('fanout')
      await send({
        recipients: [
          sales.id,
          String(sales.id),
          null,
          undefined,
          '',
          'not-an-id',
          sales2.id,
          sales2.id,
          inactive.id,
          987654321,
        ],
        kind,
        title: { en: 'Offer approved', ro: 'Oferta a fost aprobată' },
        body: { en: 'Go ahead.', ro: 'Mergeți mai departe.' },
        link: { collection: 'teams', id: 7 },
      })
      const all = await notificationsOf(kind)
      expect(all.map((n) => n.recipient).sort()).toEqual([sales.id, sales2.id].sort())
      const [forSales] = await notificationsOf(kind, sales)
      const [forSales2] = await notificationsOf(kind, sales2)
      expect(forSales).toMatchObject({ title: 'Oferta a fost aprobată', body: 'Mergeți mai departe.', readAt: null })
      expect(forSales2).toMatchObject({ title: 'Offer approved', body: 'Go ahead.' })
      expect(forSales.link).toMatchObject({ collection: 'teams', documentId: '7', url: '/admin/collections/teams/7' })
      expect(await notificationsOf(kind, { ...inactive, collection: 'users' } as TypedUser)).toHaveLength(0)
    })

    it('refuses a link to a collection that does not exist', async () => {
      await expect(
        send({
          recipients: [sales.id],
          kind: freshKind('badlink'),
          title: { en: 'x', ro: 'x' },
          link: { collection: 'nope', id: 1 },
        }),
      ).rejects.toThrow(/unknown collection "nope"/)
    })

    it('refuses a kind no module declared: a typo is a bug, not news', async () => {
      await expect(send({ recipients: [sales.id], kind: 'tickts.new', title: { en: 'x', ro: 'x' } })).rejects.toThrow(
        /declared by no module/,
      )
      // A declared kind and the kinds below it pass.
      await expect(
        send({ recipients: [sales.id], kind: 'tickets.new', title: { en: 'x', ro: 'x' } }),
      ).resolves.toBeUndefined()
    })

    it('writes inside the caller\u2019s transaction: a rollback leaves no notification and no email job', async () => {
      const kind = freshKind('rollback')
      const req = await createLocalReq({ user: admin }, payload)
      await initTransaction(req)
      await notify(req, { recipients: [sales.id], kind, title: { en: 'Rolled back', ro: 'Anulată' } })
      // Visible inside the transaction...
      const inside = await payload.find({
        collection: 'notifications',
        where: { kind: { equals: kind } },
        req,
        depth: 0,
      })
      expect(inside.docs).toHaveLength(1)
      const id = inside.docs[0].id
      await killTransaction(req)
      // ...and gone with it.
      expect(await notificationsOf(kind)).toHaveLength(0)
      expect(await pendingEmailJobs(id)).toHaveLength(0)

      const committedKind = freshKind('commit')
      const req2 = await createLocalReq({ user: admin }, payload)
      await initTransaction(req2)
      await notify(req2, { recipients: [sales.id], kind: committedKind, title: { en: 'Kept', ro: 'Păstrată' } })
      await commitTransaction(req2)
      const [kept] = await notificationsOf(committedKind)
      expect(kept.title).toBe('Păstrată')
      expect(await pendingEmailJobs(kept.id)).toHaveLength(1)
    })
  })

  describe('access', () => {
    let mine: Notification
    let theirs: Notification
    let kind: string

    beforeAll(async () => {
      kind = freshKind('access')
      await send({ recipients: [sales.id, sales2.id], kind, title: { en: 'Ticket assigned', ro: 'Tichet alocat' } })
      ;[mine] = await notificationsOf(kind, sales)
      ;[theirs] = await notificationsOf(kind, sales2)
    })

    it('answers 401 without a session', async () => {
      expect((await api('GET', 'notifications')).status).toBe(401)
      expect((await api('GET', `notifications/${mine.id}`)).status).toBe(401)
      expect((await api('POST', 'notifications/mark-all-read')).status).toBe(401)
      const anonymous = await graphql('{ Notifications { docs { id } } }')
      expect(anonymous.body.errors?.[0]?.message).toMatch(/logged in/i)
    })

    it('lists and reads only one\u2019s own notifications over REST, administrators included', async () => {
      const list = await api('GET', `notifications?where[kind][equals]=${kind}&depth=0`, { token: salesToken })
      expect(list.status).toBe(200)
      expect(list.body.docs.map((d: Notification) => d.id)).toEqual([mine.id])
      const everything = await api('GET', 'notifications?limit=1000&depth=0', { token: salesToken })
      expect(everything.body.docs.length).toBeGreaterThan(0)
      expect(everything.body.docs.every((d: Notification) => d.recipient === sales.id)).toBe(true)

      expect((await api('GET', `notifications/${mine.id}`, { token: salesToken })).status).toBe(200)
      const foreign = await api('GET', `notifications/${theirs.id}`, { token: salesToken })
      expect(foreign.status).toBe(404)
      expect((await api('GET', `notifications/${theirs.id}`, { token: adminToken })).status).toBe(404)
      const adminList = await api('GET', `notifications?where[kind][equals]=${kind}`, { token: adminToken })
      expect(adminList.body.docs).toEqual([])
    })

    it('applies the same rule to GraphQL', async () => {
      const list = await graphql(
        `{ Notifications(where: { kind: { equals: "${kind}" } }) { docs { id title recipient { id } } } }`,
        sales2Token,
      )
      expect(list.body.errors).toBeUndefined()
      expect(list.body.data.Notifications.docs).toEqual([
        { id: theirs.id, title: 'Ticket assigned', recipient: { id: sales2.id } },
      ])
      const foreign = await graphql(`{ Notification(id: ${mine.id}) { id title } }`, sales2Token)
      expect(foreign.body.data?.Notification ?? null).toBeNull()
      expect(foreign.body.errors?.[0]?.message).toMatch(/not found/i)
    })

    it('applies the same rule to the local API with overrideAccess: false', async () => {
      const asSales = { user: sales, overrideAccess: false, depth: 0 } as const
      const { docs } = await payload.find({
        collection: 'notifications',
        where: { kind: { equals: kind } },
        ...asSales,
      })
      expect(docs.map((d) => d.id)).toEqual([mine.id])
      await expect(payload.findByID({ collection: 'notifications', id: theirs.id, ...asSales })).rejects.toMatchObject({
        status: 404,
      })
      expect(
        (await payload.count({ collection: 'notifications', where: { kind: { equals: kind } }, ...asSales })).totalDocs,
      ).toBe(1)
    })

    it('lets nobody create notifications through the API', async () => {
      const data = { recipient: sales.id, kind: 'forged', title: 'Forged', emailStatus: 'none' }
      expect((await api('POST', 'notifications', { token: salesToken, body: data })).status).toBe(403)
      expect((await api('POST', 'notifications', { token: adminToken, body: data })).status).toBe(403)
    })

    it('lets the recipient set readAt, and nothing else', async () => {
      const readAt = new Date('2026-03-01T10:00:00.000Z').toISOString()
      const marked = await api('PATCH', `notifications/${mine.id}`, { token: salesToken, body: { readAt } })
      expect(marked.status).toBe(200)
      expect(marked.body.doc.readAt).toBe(readAt)

      const retitled = await api('PATCH', `notifications/${mine.id}`, { token: salesToken, body: { title: 'Changed' } })
      expect(retitled.status).toBe(403)
      expect(retitled.body.errors[0].message).toMatch(/Only the read time.*title/)
      const redirected = await api('PATCH', `notifications/${mine.id}`, {
        token: salesToken,
        body: { recipient: sales2.id, readAt: null },
      })
      expect(redirected.status).toBe(403)
      const sentStatus = await api('PATCH', `notifications/${mine.id}`, {
        token: salesToken,
        body: { emailStatus: 'sent' },
      })
      expect(sentStatus.status).toBe(403)
      // Sending the unchanged values along, as the admin form does, is fine.
      const whole = await api('PATCH', `notifications/${mine.id}`, {
        token: salesToken,
        body: { title: mine.title, recipient: sales.id, kind: mine.kind, readAt: null },
      })
      expect(whole.status).toBe(200)
      expect(whole.body.doc.readAt).toBeNull()

      const after = await payload.findByID({ collection: 'notifications', id: mine.id, depth: 0 })
      expect(after).toMatchObject({ title: 'Tichet alocat', recipient: sales.id, emailStatus: mine.emailStatus })

      // Someone else's: refused alike whatever is sent (Payload answers 403 to a write its access query hides).
      expect((await api('PATCH', `notifications/${theirs.id}`, { token: salesToken, body: { readAt } })).status).toBe(
        403,
      )
      expect(
        (await api('PATCH', `notifications/${theirs.id}`, { token: salesToken, body: { title: 'x' } })).status,
      ).toBe(403)
      // The local API acting for a user follows the same rules.
      await expect(
        payload.update({
          collection: 'notifications',
          id: mine.id,
          data: { title: 'Local' },
          user: sales,
          overrideAccess: false,
        }),
      ).rejects.toMatchObject({ status: 403 })
      expect((await payload.findByID({ collection: 'notifications', id: theirs.id, depth: 0 })).readAt).toBeNull()
    })

    it('lets only administrators delete notifications', async () => {
      expect((await api('DELETE', `notifications/${mine.id}`, { token: salesToken })).status).toBe(403)
      expect((await api('DELETE', `notifications/${theirs.id}`, { token: adminToken })).status).toBe(200)
      await expect(payload.findByID({ collection: 'notifications', id: theirs.id })).rejects.toMatchObject({
        status: 404,
      })
    })

    it('shows the collection in the admin navigation to every signed-in user, whatever their roles', async () => {
      const hidden = Notifications.admin?.hidden as (args: { user: unknown }) => boolean
      expect(hidden({ user: null })).toBe(true)
      // Every role, the viewer with no row for notifications too: the navigation and the access agree.
      expect(ROLES.length).toBeGreaterThanOrEqual(10)
      for (const role of ROLES) {
        const user = await userByEmail(payload as never, `${role.key}@organizecrm.test`)
        // As the admin panel asks: after the request has worked out the user's permissions.
        const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload as never)
        await permissionsFor(req)
        expect(hidden({ user: req.user }), role.key).toBe(false)
        const access = await api('GET', 'access', { token: await login(`${role.key}@organizecrm.test`) })
        // Readable to each, limited to their own (a `where`): the list the navigation opens is never empty of rights.
        const read = access.body.collections.notifications.read
        expect(read?.permission ?? read, role.key).toBe(true)
      }
    })
  })

  describe('POST /api/notifications/mark-all-read', () => {
    it('marks the caller\u2019s unread notifications read, and nobody else\u2019s', async () => {
      const kind = freshKind('mark-all')
      for (const title of ['one', 'two', 'three'])
        await send({ recipients: [sales.id, sales2.id], kind, title: { en: title, ro: title } })
      const unreadBefore = await api('GET', 'notifications/count?where[readAt][exists]=false', { token: salesToken })
      expect(unreadBefore.status).toBe(200)
      expect(unreadBefore.body.totalDocs).toBeGreaterThanOrEqual(3)

      const answer = await api('POST', 'notifications/mark-all-read', { token: salesToken })
      expect(answer.status).toBe(200)
      expect(answer.body).toEqual({ updated: unreadBefore.body.totalDocs })
      expect(
        (await api('GET', 'notifications/count?where[readAt][exists]=false', { token: salesToken })).body.totalDocs,
      ).toBe(0)
      expect((await notificationsOf(kind, sales)).every((n) => n.readAt)).toBe(true)
      expect((await notificationsOf(kind, sales2)).every((n) => n.readAt === null)).toBe(true)

      expect((await api('POST', 'notifications/mark-all-read', { token: salesToken })).body).toEqual({ updated: 0 })
    })
  })

  describe('email through the jobs queue', () => {
    beforeAll(async () => {
      await setEmailPreference(sales, { enabled: true, mutedKinds: [] })
      await setEmailPreference(sales2, { enabled: true, mutedKinds: [] })
    })

    // The notifications of the tests above queued emails too: deliver them first, then count.
    beforeEach(async () => {
      await payload.jobs.run({ limit: 1000 })
      clearCapturedMail()
    })

    it('queues one job per notification, sends nothing in the request, delivers on the next run, once', async () => {
      const kind = freshKind('mail')
      await send({
        recipients: [sales.id, sales2.id],
        kind,
        title: { en: 'Contract signed', ro: 'Contract semnat' },
        body: { en: 'CT-2026-0001 is signed.', ro: 'CT-2026-0001 este semnat.' },
        link: { collection: 'teams', id: 3 },
      })
      const [forSales] = await notificationsOf(kind, sales)
      const [forSales2] = await notificationsOf(kind, sales2)
      expect(forSales.emailStatus).toBe('queued')
      expect(await pendingEmailJobs(forSales.id)).toHaveLength(1)
      expect(await pendingEmailJobs(forSales2.id)).toHaveLength(1)
      expect(capturedMail).toHaveLength(0)

      await payload.jobs.run()

      expect(capturedMail).toHaveLength(2)
      const [toSales] = mailTo('sales@organizecrm.test')
      expect(toSales.to).toEqual(['sales@organizecrm.test'])
      expect(toSales.subject).toBe('Contract semnat')
      expect(toSales.text).toContain('CT-2026-0001 este semnat.')
      expect(toSales.text).toContain('http://localhost:3000/admin/collections/teams/3')
      const [toSales2] = mailTo('sales2@organizecrm.test')
      expect(toSales2.subject).toBe('Contract signed')
      expect((await payload.findByID({ collection: 'notifications', id: forSales.id })).emailStatus).toBe('sent')
      expect(await pendingEmailJobs(forSales.id)).toHaveLength(0)

      // Running the queue again sends nothing more...
      await payload.jobs.run()
      expect(capturedMail).toHaveLength(2)
      // ...and neither does a second job for a notification already emailed.
      await payload.jobs.queue({ task: TASK, input: { notificationId: forSales.id } })
      await payload.jobs.run()
      expect(capturedMail).toHaveLength(2)
    })

    it('queues no email for a user who turned email off, or muted the kind', async () => {
      await setEmailPreference(sales2, { enabled: false })
      await setEmailPreference(sales, { enabled: true, mutedKinds: ['test.muted'] })
      const muted = `test.muted.${Date.now()}`
      await send({ recipients: [sales.id, sales2.id], kind: muted, title: { en: 'Quiet', ro: 'Liniște' } })
      const quiet = await notificationsOf(muted)
      expect(quiet).toHaveLength(2)
      expect(quiet.map((n) => n.emailStatus)).toEqual(['none', 'none'])
      for (const n of quiet) expect(await pendingEmailJobs(n.id)).toHaveLength(0)

      const loud = freshKind('loud')
      await send({ recipients: [sales.id, sales2.id], kind: loud, title: { en: 'Loud', ro: 'Tare' } })
      const [forSales] = await notificationsOf(loud, sales)
      const [forSales2] = await notificationsOf(loud, sales2)
      expect(forSales.emailStatus).toBe('queued')
      expect(forSales2.emailStatus).toBe('none')
      await payload.jobs.run()
      expect(capturedMail.map((m) => m.to[0])).toEqual(['sales@organizecrm.test'])
      await setEmailPreference(sales, { enabled: true, mutedKinds: [] })
      await setEmailPreference(sales2, { enabled: true, mutedKinds: [] })
    })

    it('lets users set their email preference on their own profile', async () => {
      const saved = await api('PATCH', `users/${sales2.id}`, {
        token: sales2Token,
        body: { emailNotifications: { enabled: true, mutedKinds: ['workflow'] } },
      })
      expect(saved.status).toBe(200)
      expect(saved.body.doc.emailNotifications).toEqual({ enabled: true, mutedKinds: ['workflow'] })
      const other = await api('PATCH', `users/${sales.id}`, {
        token: sales2Token,
        body: { emailNotifications: { enabled: false } },
      })
      expect(other.status).toBe(403)

      await send({ recipients: [sales2.id], kind: 'workflow.offers', title: { en: 'Muted by prefix', ro: 'Oprit' } })
      const [muted] = (await notificationsOf('workflow.offers', sales2)).slice(-1)
      expect(muted.emailStatus).toBe('none')
      await setEmailPreference(sales2, { enabled: true, mutedKinds: [] })
    })

    it('retries a failed send, and marks the notification failed after the last attempt', async () => {
      const kind = freshKind('retry')
      failNextSends(1)
      await send({ recipients: [sales.id], kind, title: { en: 'Retry me', ro: 'Reîncearcă' } })
      const [n] = await notificationsOf(kind)
      await payload.jobs.run()
      expect(capturedMail).toHaveLength(0)
      expect((await payload.findByID({ collection: 'notifications', id: n.id })).emailStatus).toBe('queued')
      const [retrying] = await pendingEmailJobs(n.id)
      expect(retrying).toMatchObject({ totalTried: 1, hasError: false })
      await payload.jobs.run()
      expect(mailTo('sales@organizecrm.test').map((m) => m.subject)).toEqual(['Reîncearcă'])
      expect((await payload.findByID({ collection: 'notifications', id: n.id })).emailStatus).toBe('sent')

      const doomed = freshKind('doomed')
      failNextSends(100)
      await send({ recipients: [sales.id], kind: doomed, title: { en: 'Never', ro: 'Niciodată' } })
      const [d] = await notificationsOf(doomed)
      for (let attempt = 1; attempt <= 3; attempt++) {
        await payload.jobs.run()
        expect((await payload.findByID({ collection: 'notifications', id: d.id })).emailStatus).toBe('queued')
      }
      await payload.jobs.run()
      failNextSends(0)
      expect((await payload.findByID({ collection: 'notifications', id: d.id })).emailStatus).toBe('failed')
      const [job] = await pendingEmailJobs(d.id)
      expect(job).toMatchObject({ totalTried: 4, hasError: true })
      // A failed job is not picked up again.
      await payload.jobs.run()
      expect(mailTo('sales@organizecrm.test')).toHaveLength(1)
    })

    it('lets only administrators run or read the queue over HTTP', async () => {
      expect((await api('GET', 'payload-jobs/run', { token: salesToken })).status).toBe(401)
      expect((await api('GET', 'payload-jobs', { token: salesToken })).status).toBe(403)
      expect((await api('GET', 'payload-jobs/run', { token: adminToken })).status).toBe(200)
      // The scheduler's statistics too.
      expect((await api('GET', 'globals/payload-jobs-stats', { token: salesToken })).status).toBe(403)
      const overwrite = { stats: { scheduledRuns: {} } }
      expect((await api('POST', 'globals/payload-jobs-stats', { token: salesToken, body: overwrite })).status).toBe(403)
      expect((await api('GET', 'globals/payload-jobs-stats', { token: adminToken })).status).toBe(200)
      // Running a scheduled task now: administrators only, and only a task with a schedule (the
      // journeys run one: tests/e2e/projects.e2e.test.ts).
      const runNow = (token: string | undefined, task: unknown) =>
        api('POST', 'payload-jobs/run-scheduled', { token, body: { task } })
      expect((await runNow(undefined, 'flagOverdueTickets')).status).toBe(401)
      expect((await runNow(salesToken, 'flagOverdueTickets')).status).toBe(403)
      expect((await runNow(adminToken, 'sendNotificationEmail')).status).toBe(400)
      expect((await runNow(adminToken, 'nothing')).status).toBe(400)
      const failed = await api('GET', 'payload-jobs?where[hasError][equals]=true&depth=0', { token: adminToken })
      expect(failed.status).toBe(200)
      expect(failed.body.docs.length).toBeGreaterThan(0)
    })
  })

  describe('kinds shown by their labels in the reader\u2019s language, never by their keys', () => {
    const keyShaped = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/
    const languages = ['en', 'ro'] as const

    /** A component of the `kind` field as the collection configures it, loaded as the admin panel loads it. */
    async function kindComponent(name: 'Cell' | 'Filter') {
      const field = payload.collections.notifications.config.fields.find((f) => 'name' in f && f.name === 'kind')
      const ref = (field?.admin?.components as Record<string, unknown> | undefined)?.[name]
      expect(ref, `the kind field's ${name} component`).toEqual(expect.stringMatching(/^\/collections\/.+#\w+$/))
      const [file, exported] = String(ref).split('#')
      const loaded = (await import(/* @vite-ignore */ path.join(process.cwd(), file))) as Record<string, unknown>
      return loaded[exported] as (
        props: object,
      ) => ReactElement<Record<string, unknown>> | Promise<ReactElement<Record<string, unknown>>>
    }

    /** The kinds as they are stored: each declared one, and the workflow engine's `workflow.<collection>`. */
    const storedKinds = () => {
      const declared = modulesOf(payload).notificationKinds
      const workflowKinds = payload.config.collections
        .filter((c) => bindingOf(c.slug))
        .map((c) => ({
          kind: `workflow.${c.slug}`,
          label: {
            en: `${declared.workflow.en}: ${(c.labels.plural as Record<string, string>).en}`,
            ro: `${declared.workflow.ro}: ${(c.labels.plural as Record<string, string>).ro}`,
          },
        }))
      expect(workflowKinds.map((k) => k.kind)).toEqual(expect.arrayContaining(['workflow.offers', 'workflow.tickets']))
      return [...Object.entries(declared).map(([kind, label]) => ({ kind, label })), ...workflowKinds]
    }

    it('every kind a module registers has a label in both languages that is not its key', () => {
      const declared = modulesOf(payload).notificationKinds
      expect(Object.keys(declared)).toEqual(
        expect.arrayContaining([
          'workflow',
          'tickets.new',
          'tickets.overdue',
          'offers.section-assigned',
          'contracts.renewal',
          'projects.alert',
        ]),
      )
      for (const [kind, label] of Object.entries(declared))
        for (const language of languages) {
          expect(label[language]?.trim(), `${kind} (${language})`).toBeTruthy()
          expect(label[language], `${kind} (${language})`).not.toBe(kind)
          expect(keyShaped.test(label[language]), `${kind} (${language}): "${label[language]}"`).toBe(false)
        }
    })

    it('the list column shows each stored kind by its label, in Romanian and in English', async () => {
      const KindCell = await kindComponent('Cell')
      for (const { kind, label } of storedKinds())
        for (const language of languages) {
          const cell = await KindCell({ cellData: kind, i18n: { language }, payload })
          expect(cell.props.children, `${kind} (${language})`).toBe(label[language])
        }
      // A kind below a declared one (notify() accepts it) takes the declared one's label.
      const below = await KindCell({ cellData: 'tickets.overdue.again', i18n: { language: 'ro' }, payload })
      expect(below.props.children).toBe(modulesOf(payload).notificationKinds['tickets.overdue'].ro)
    })

    it('the list filter offers every kind by its labels, not a box to type a key in', async () => {
      const KindFilter = await kindComponent('Filter')
      const rendered = await KindFilter({})
      const offered = (rendered.props as { kinds: { value: string; label: Record<string, string> }[] }).kinds
      for (const { kind, label } of storedKinds()) expect(offered, kind).toContainEqual({ value: kind, label })
    })
  })
})
