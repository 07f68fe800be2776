import { createHash, randomBytes } from 'node:crypto'

import { REST_GET } from '@payloadcms/next/routes'
import ICAL from 'ical.js'
import type { TypedUser } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { addDays, dayIn, instantAt } from '@/lib/timeZone'
import config from '../helpers/config'
import { api, graphql, login } from '../helpers/http'
import { testPayload, userByEmail } from '../helpers/payload'

const TZ = 'Europe/Bucharest'
const restGet = REST_GET(config)

/** The feed as a calendar application fetches it: a plain GET of the link, no session. */
async function fetchFeed(url: string) {
  const path = new URL(url).pathname
  const response = await restGet(new Request(`http://localhost:3000${path}`), {
    params: Promise.resolve({ slug: path.replace(/^\/api\//, '').split('/') }),
  })
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() }
}

function parseFeed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  const events = new Map(
    calendar.getAllSubcomponents('vevent').map((event) => [String(event.getFirstPropertyValue('uid')), event]),
  )
  return { calendar, events }
}

const startOf = (event: ICAL.Component) => event.getFirstPropertyValue('dtstart') as ICAL.Time

describe('calendar (R10)', () => {
  const mark = `cal-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`
  // Ten days from now in Bucharest: inside the feed's window, away from the seeded todos.
  const base = addDays(dayIn(new Date(), TZ), 10)
  const at = (day: string, time: string) => instantAt(day, time, TZ).toISOString()
  /** Late evening UTC: already the next day in Bucharest. */
  const lateUtc = `${base}T22:30:00.000Z`
  const period = { from: at(addDays(base, -1), '00:00'), to: at(addDays(base, 30), '00:00') }

  const token: Record<string, string> = {}
  const user: Record<string, TypedUser> = {}
  const ids: Record<string, number> = {}

  const events = async (who: string, query = '', range = period) => {
    const answer = await api(
      'GET',
      `calendar/events?from=${encodeURIComponent(range.from)}&to=${encodeURIComponent(range.to)}${query}`,
      {
        token: token[who],
      },
    )
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    return (answer.body.events as { id: string; title: string }[]).filter((event) => event.title.includes(mark))
  }
  const eventIds = async (who: string, query = '', range = period) =>
    (await events(who, query, range)).map((e) => e.id).sort()

  async function createTodo(who: string, data: Record<string, unknown>) {
    const created = await api('POST', 'todos', {
      token: token[who],
      body: { type: 'task', responsible: user[who].id, ...data },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    return created.body.doc.id as number
  }

  beforeAll(async () => {
    const payload = await testPayload()
    for (const who of ['sales', 'sales2', 'sales-manager', 'marketing', 'admin']) {
      token[who] = await login(`${who}@organizecrm.test`)
      user[who] = await userByEmail(payload, `${who}@organizecrm.test`)
    }

    ids.timed = await createTodo('sales', {
      // Commas, semicolons, a backslash, a line break and enough text to be folded.
      title: `${mark} Call, agenda; budget \\ review\nsecond line — ședință cu clientul despre oferta anuală și termene`,
      type: 'call',
      start: at(base, '09:00'),
      end: at(base, '10:00'),
    })
    ids.allDay = await createTodo('sales', {
      title: `${mark} all-day visit`,
      type: 'visit',
      allDay: true,
      start: at(base, '00:00'),
    })
    ids.done = await createTodo('sales', { title: `${mark} done`, due: at(addDays(base, 1), '12:00') })
    ids.cancelled = await createTodo('sales', { title: `${mark} cancelled`, due: at(addDays(base, 2), '12:00') })
    ids.outside = await createTodo('sales', { title: `${mark} outside`, due: at(addDays(base, 60), '12:00') })
    ids.foreign = await createTodo('sales2', { title: `${mark} of sales2`, due: at(base, '12:00') })
    ids.shared = await createTodo('sales2', {
      title: `${mark} shared with sales`,
      due: at(base, '15:00'),
      participants: [user.sales.id],
    })
    expect(
      (await api('POST', `todos/${ids.done}/transition`, { token: token.sales, body: { transition: 'complete' } }))
        .status,
    ).toBe(200)
    expect(
      (await api('POST', `todos/${ids.cancelled}/transition`, { token: token.sales, body: { transition: 'cancel' } }))
        .status,
    ).toBe(200)

    const nomenclator = async (list: string, value: string) =>
      (
        await payload.find({
          collection: 'nomenclators',
          where: { list: { equals: list }, value: { equals: value } },
          limit: 1,
        })
      ).docs[0].id
    const client = await payload.create({
      collection: 'clients',
      data: { name: `${mark} client`, type: 'client', status: 'active', owner: user.sales.id as number },
    })
    const opportunity = async (title: string, stage: string) =>
      (
        await payload.create({
          collection: 'opportunities',
          data: {
            title,
            client: client.id,
            stage: await nomenclator('opportunity-stages', stage),
            owner: user.sales.id as number,
            expectedCloseDate: lateUtc,
          },
        })
      ).id
    ids.opportunity = await opportunity(`${mark} opportunity`, 'proposal')
    ids.won = await opportunity(`${mark} won opportunity`, 'won')
    ids.prospect = (
      await payload.create({
        collection: 'prospects',
        data: {
          companyName: `${mark} Prospect SRL`,
          nextStep: 'demo',
          nextStepDate: at(base, '11:00'),
          owner: user.sales.id as number,
        },
      })
    ).id
    const campaign = await payload.create({
      collection: 'campaigns',
      data: { name: `${mark} campaign`, owner: user.marketing.id as number },
    })
    ids.action = (
      await payload.create({
        collection: 'marketing-actions',
        data: {
          title: `${mark} action of sales`,
          campaign: campaign.id,
          due: lateUtc,
          responsible: user.sales.id as number,
        },
      })
    ).id
    ids.marketingAction = (
      await payload.create({
        collection: 'marketing-actions',
        data: {
          title: `${mark} newsletter`,
          campaign: campaign.id,
          due: lateUtc,
          responsible: user.marketing.id as number,
        },
      })
    ).id
  })

  describe('GET /api/calendar/events', () => {
    it('answers 401 without a session', async () => {
      const answer = await api('GET', `calendar/events?from=${period.from}&to=${period.to}`)
      expect(answer.status).toBe(401)
    })

    it('answers 400 with a reason for a missing, malformed, reversed or too long period and a bad user id', async () => {
      const cases: [string, RegExp][] = [
        ['', /from=…&to=…/],
        [`?from=${period.from}`, /from=…&to=…/],
        ['?from=yesterday&to=2026-03-01', /"from" is not a valid date/],
        ['?from=2026-03-01&to=2026-02-30', /"to" is not a valid date/],
        ['?from=2026-03-01T10:00&to=2026-03-02', /"from" is not a valid date/],
        ['?from=2026-03-10&to=2026-03-01', /"from" must come before "to"/],
        ['?from=2026-03-01&to=2026-03-01', /"from" must come before "to"/],
        ['?from=2026-01-01&to=2027-01-03', /at most 366 days/],
        ['?from=2026-03-01&to=2026-04-01&user=abc', /"user" must be a user id/],
        ['?from=2026-03-01&to=2026-04-01&user=1.5', /"user" must be a user id/],
        ['?from=2026-03-01&to=2026-04-01&user=99999999999', /"user" must be a user id/],
      ]
      for (const [query, message] of cases) {
        const answer = await api('GET', `calendar/events${query}`, { token: token.sales })
        expect(answer.status, query).toBe(400)
        expect(answer.body.errors[0].message, query).toMatch(message)
      }
      // A whole leap year is allowed, and bare days count from midnight in Bucharest.
      expect((await api('GET', 'calendar/events?from=2028-01-01&to=2029-01-01', { token: token.sales })).status).toBe(
        200,
      )
    })

    it('answers in Romanian to a Romanian caller', async () => {
      const request = new Request('http://localhost:3000/api/calendar/events?from=2026-03-10&to=2026-03-01', {
        headers: { authorization: `JWT ${token.sales}`, 'accept-language': 'ro' },
      })
      const response = await restGet(request, { params: Promise.resolve({ slug: ['calendar', 'events'] }) })
      expect(response.status).toBe(400)
      expect((await response.json()).errors[0].message).toBe('„from” trebuie să fie înaintea lui „to”.')
    })

    it('refuses another user\u2019s calendar to whoever neither administers nor manages that user\u2019s team', async () => {
      for (const [who, query] of [
        ['sales', `&user=${user.sales2.id}`],
        ['sales', `&user=${user['sales-manager'].id}`],
        ['sales-manager', `&user=${user.sales2.id}`],
      ]) {
        const answer = await api('GET', `calendar/events?from=${period.from}&to=${period.to}${query}`, {
          token: token[who],
        })
        expect(answer.status, `${who}${query}`).toBe(403)
        expect(answer.body.errors[0].message).toMatch(/only your own calendar/)
      }
      const team = await api('GET', `calendar/events?from=${period.from}&to=${period.to}&user=team`, {
        token: token.sales,
      })
      expect(team.status).toBe(403)
      expect(team.body.errors[0].message).toMatch(/manage no team/)
      const missing = await api('GET', `calendar/events?from=${period.from}&to=${period.to}&user=999999999`, {
        token: token.admin,
      })
      expect(missing.status).toBe(404)
    })

    it('shows the caller their own items of every state, those they take part in, and what their access allows', async () => {
      const mine = await events('sales')
      expect(mine.map((e) => e.id).sort()).toEqual(
        [
          `todos:${ids.timed}`,
          `todos:${ids.allDay}`,
          `todos:${ids.done}`,
          `todos:${ids.cancelled}`,
          `todos:${ids.shared}`,
          `prospects:${ids.prospect}`,
          `opportunities:${ids.opportunity}`,
          // Not the marketing action: the sales role may not read marketing actions at all.
        ].sort(),
      )
      const byId = new Map(mine.map((e) => [e.id, e as Record<string, unknown>]))
      expect(byId.get(`todos:${ids.timed}`)).toMatchObject({
        collection: 'todos',
        recordId: ids.timed,
        start: at(base, '09:00'),
        end: at(base, '10:00'),
        allDay: false,
        kind: 'call',
        statusCategory: 'open',
        userId: user.sales.id,
        url: `/admin/collections/todos/${ids.timed}`,
      })
      expect(byId.get(`todos:${ids.done}`)).toMatchObject({
        statusCategory: 'done',
        start: at(addDays(base, 1), '12:00'),
        end: null,
      })
      expect(byId.get(`todos:${ids.cancelled}`)).toMatchObject({ statusCategory: 'cancelled' })
      expect(byId.get(`todos:${ids.shared}`)).toMatchObject({ userId: user.sales.id })
      expect(byId.get(`prospects:${ids.prospect}`)).toMatchObject({
        kind: 'prospect-next-step',
        title: `${mark} Prospect SRL: demo`,
        start: at(base, '11:00'),
        allDay: false,
        statusCategory: 'open',
        url: `/admin/collections/prospects/${ids.prospect}`,
      })
      expect(byId.get(`opportunities:${ids.opportunity}`)).toMatchObject({
        kind: 'opportunity-close',
        allDay: true,
        start: lateUtc,
        statusCategory: 'open',
      })
      // Sorted by start.
      const starts = mine.map((e) => Date.parse((e as unknown as { start: string }).start))
      expect(starts).toEqual([...starts].sort((a, b) => a - b))
    })

    it('keeps items outside the period out, and shows them in theirs', async () => {
      expect(await eventIds('sales')).not.toContain(`todos:${ids.outside}`)
      const later = { from: at(addDays(base, 59), '00:00'), to: at(addDays(base, 61), '00:00') }
      expect(await eventIds('sales', '', later)).toEqual([`todos:${ids.outside}`])
      // A day-long period holds exactly that day's items, whatever the UTC date.
      const nextDay = { from: at(addDays(base, 1), '00:00'), to: at(addDays(base, 2), '00:00') }
      expect(await eventIds('sales', '', nextDay)).toEqual([`opportunities:${ids.opportunity}`, `todos:${ids.done}`])
    })

    it('never shows another user\u2019s todo', async () => {
      expect(await eventIds('sales')).not.toContain(`todos:${ids.foreign}`)
      expect(await eventIds('sales2')).toEqual([`todos:${ids.foreign}`, `todos:${ids.shared}`])
    })

    it('shows a manager a member\u2019s items of all four kinds, and the whole team\u2019s', async () => {
      const member = await eventIds('sales-manager', `&user=${user.sales.id}`)
      expect(member).toEqual(
        expect.arrayContaining([
          `todos:${ids.timed}`,
          `todos:${ids.done}`,
          `prospects:${ids.prospect}`,
          `opportunities:${ids.opportunity}`,
          `marketing-actions:${ids.action}`,
        ]),
      )
      expect(member).not.toContain(`opportunities:${ids.won}`)
      expect(member).not.toContain(`todos:${ids.foreign}`)
      const action = (await events('sales-manager', `&user=${user.sales.id}`)).find(
        (e) => e.id === `marketing-actions:${ids.action}`,
      )
      expect(action).toMatchObject({
        kind: 'marketing-action',
        allDay: true,
        start: lateUtc,
        statusCategory: 'open',
        userId: user.sales.id,
      })

      const team = await events('sales-manager', '&user=team')
      expect(team.map((e) => e.id)).toEqual(expect.arrayContaining(member))
      // sales2 works in another team.
      expect(team.map((e) => e.id)).not.toContain(`todos:${ids.foreign}`)
      expect(new Set(team.map((e) => (e as unknown as { userId: number }).userId))).toEqual(new Set([user.sales.id]))
      // An administrator may open anyone's calendar.
      expect(await eventIds('admin', `&user=${user.sales2.id}`)).toEqual([
        `todos:${ids.foreign}`,
        `todos:${ids.shared}`,
      ])
    })
  })

  describe('iCalendar feed', () => {
    it('serves the owner\u2019s own items without a login, with stable UIDs, UTC times and Bucharest days', async () => {
      const issued = await api('POST', 'calendar/feed-token', { token: token.sales })
      expect(issued.status).toBe(200)
      expect(issued.body.url).toMatch(/^http:\/\/localhost:3000\/api\/calendar\/feed\/[A-Za-z0-9_-]{32}\.ics$/)
      const feed = await fetchFeed(issued.body.url)
      expect(feed.status).toBe(200)
      expect(feed.type).toBe('text/calendar; charset=utf-8')
      expect(feed.text.endsWith('\r\n')).toBe(true)
      expect(feed.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
      for (const line of feed.text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)

      const { calendar, events: vevents } = parseFeed(feed.text)
      expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
      expect(calendar.getFirstPropertyValue('prodid')).toBe('-//OrganizeCRM//Calendar//EN')
      expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe(TZ)
      expect(String(calendar.getFirstPropertyValue('x-wr-calname'))).toMatch(/^OrganizeCRM — /)

      const uid = (collection: string, id: number) => `${collection}-${id}@organizecrm`
      const ours = [...vevents.keys()].filter((key) =>
        String(vevents.get(key)!.getFirstPropertyValue('summary')).includes(mark),
      )
      expect(ours.sort()).toEqual(
        [
          uid('todos', ids.timed),
          uid('todos', ids.allDay),
          uid('todos', ids.done),
          uid('todos', ids.cancelled),
          uid('todos', ids.outside),
          uid('todos', ids.shared),
          uid('prospects', ids.prospect),
          uid('opportunities', ids.opportunity),
        ].sort(),
      )
      expect(vevents.has(uid('todos', ids.foreign))).toBe(false)
      expect(vevents.has(uid('opportunities', ids.won))).toBe(false)

      const timed = vevents.get(uid('todos', ids.timed))!
      expect(startOf(timed).isDate).toBe(false)
      expect(startOf(timed).toJSDate().toISOString()).toBe(at(base, '09:00'))
      expect((timed.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate().toISOString()).toBe(at(base, '10:00'))
      expect(feed.text).toContain(`DTSTART:${at(base, '09:00').replace(/[-:]/g, '').replace('.000', '')}`)
      expect(timed.getFirstPropertyValue('summary')).toBe(
        `${mark} Call, agenda; budget \\ review\nsecond line — ședință cu clientul despre oferta anuală și termene`,
      )
      expect(timed.getFirstPropertyValue('url')).toBe(`http://localhost:3000/admin/collections/todos/${ids.timed}`)
      expect(timed.getFirstPropertyValue('dtstamp')).toBeTruthy()

      const allDay = vevents.get(uid('todos', ids.allDay))!
      expect(startOf(allDay).isDate).toBe(true)
      expect(startOf(allDay).toString()).toBe(base)
      // 22:30 UTC is already the next day in Bucharest.
      const closing = vevents.get(uid('opportunities', ids.opportunity))!
      expect(startOf(closing).isDate).toBe(true)
      expect(startOf(closing).toString()).toBe(addDays(base, 1))
      expect((closing.getFirstPropertyValue('dtend') as ICAL.Time).toString()).toBe(addDays(base, 2))

      expect(vevents.get(uid('todos', ids.cancelled))!.getFirstPropertyValue('status')).toBe('CANCELLED')
      expect(vevents.get(uid('todos', ids.done))!.getFirstPropertyValue('summary')).toBe(`✓ ${mark} done`)
      expect(
        startOf(vevents.get(uid('prospects', ids.prospect))!)
          .toJSDate()
          .toISOString(),
      ).toBe(at(base, '11:00'))
    })

    it('gives a marketing action\u2019s due date as the Bucharest day', async () => {
      const issued = await api('POST', 'calendar/feed-token', { token: token.marketing })
      const { events: vevents } = parseFeed((await fetchFeed(issued.body.url)).text)
      const action = vevents.get(`marketing-actions-${ids.marketingAction}@organizecrm`)!
      expect(startOf(action).isDate).toBe(true)
      expect(startOf(action).toString()).toBe(addDays(base, 1))
      // The marketing action of sales is not marketing's own.
      expect(vevents.has(`marketing-actions-${ids.action}@organizecrm`)).toBe(false)
    })

    it('stops the previous link when a new one is made, and stops the feed on DELETE', async () => {
      const first = (await api('POST', 'calendar/feed-token', { token: token.sales2 })).body.url
      expect((await fetchFeed(first)).status).toBe(200)
      const second = (await api('POST', 'calendar/feed-token', { token: token.sales2 })).body.url
      expect(second).not.toBe(first)
      expect((await fetchFeed(first)).status).toBe(404)
      const { events: vevents } = parseFeed((await fetchFeed(second)).text)
      expect(vevents.has(`todos-${ids.foreign}@organizecrm`)).toBe(true)
      // Nobody else's items: the todo sales2 only shared is on sales2's feed as their own.
      expect(vevents.has(`todos-${ids.timed}@organizecrm`)).toBe(false)

      const off = await api('DELETE', 'calendar/feed-token', { token: token.sales2 })
      expect(off.status).toBe(200)
      expect(off.body.message).toMatch(/turned off/)
      expect((await fetchFeed(second)).status).toBe(404)
      expect((await api('POST', 'calendar/feed-token')).status).toBe(401)
      expect((await api('DELETE', 'calendar/feed-token')).status).toBe(401)
      expect((await fetchFeed('http://localhost:3000/api/calendar/feed/not-a-token.ics')).status).toBe(404)
    })

    it('shows the link already made (making one only when there is none); a new link only when asked for', async () => {
      const payload = await testPayload()
      const who = 'sales-manager'
      await payload.update({
        collection: 'users',
        id: user[who].id,
        data: { calendarFeedTokenHash: null },
        overrideAccess: true,
      })
      const look = () => api('GET', 'calendar/feed-token', { token: token[who] })

      // No link yet: the first look makes one, every later look shows that same one.
      const first = await look()
      expect(first.status).toBe(200)
      expect(first.body).toEqual({
        url: expect.stringMatching(/^http:\/\/localhost:3000\/api\/calendar\/feed\/[A-Za-z0-9_-]{32}\.ics$/),
        created: true,
      })
      const second = await look()
      expect(second.body).toEqual({ url: first.body.url, created: false })
      expect((await look()).body.url).toBe(first.body.url)
      expect((await fetchFeed(first.body.url)).status).toBe(200)

      // "Make a new link" (POST) is the only way to replace it: the old one stops, the new one is shown from then on.
      const renewed = await api('POST', 'calendar/feed-token', { token: token[who] })
      expect(renewed.status).toBe(200)
      expect(renewed.body.url).not.toBe(first.body.url)
      expect((await fetchFeed(first.body.url)).status).toBe(404)
      expect((await fetchFeed(renewed.body.url)).status).toBe(200)
      expect((await look()).body).toEqual({ url: renewed.body.url, created: false })

      // Turned off, the next look makes a fresh one.
      await api('DELETE', 'calendar/feed-token', { token: token[who] })
      const fresh = await look()
      expect(fresh.body.created).toBe(true)
      expect(fresh.body.url).not.toBe(renewed.body.url)
      expect((await fetchFeed(renewed.body.url)).status).toBe(404)
      expect((await fetchFeed(fresh.body.url)).status).toBe(200)
      expect((await api('GET', 'calendar/feed-token')).status).toBe(401)
    })

    it('keeps a link made before links could be shown again working, and says it cannot be shown', async () => {
      const payload = await testPayload()
      const who = 'marketing'
      // Such a link's database row holds only the SHA-256 of its 32-character secret.
      const earlier = randomBytes(24).toString('base64url')
      await payload.update({
        collection: 'users',
        id: user[who].id,
        data: { calendarFeedTokenHash: createHash('sha256').update(earlier).digest('hex') },
        overrideAccess: true,
      })
      const url = `http://localhost:3000/api/calendar/feed/${earlier}.ics`
      expect((await fetchFeed(url)).status).toBe(200)
      const look = await api('GET', 'calendar/feed-token', { token: token[who] })
      expect(look.status).toBe(200)
      expect(look.body).toEqual({ url: null, created: false })
      // Looking did not replace it: the subscription already in Outlook goes on working.
      expect((await fetchFeed(url)).status).toBe(200)
    })

    it('answers 404 for the feed of a deactivated user', async () => {
      const payload = await testPayload()
      const salesRole = (await payload.find({ collection: 'roles', where: { key: { equals: 'sales' } }, limit: 1 }))
        .docs[0].id
      const email = `${mark}@organizecrm.test`
      const leaver = await payload.create({
        collection: 'users',
        data: {
          name: `${mark} leaver`,
          email,
          password: 'Demo-Pass-2026',
          language: 'en',
          roles: [salesRole],
          team: user.sales.team as number,
        },
      })
      const url = (await api('POST', 'calendar/feed-token', { token: await login(email) })).body.url
      expect((await fetchFeed(url)).status).toBe(200)
      await payload.update({ collection: 'users', id: leaver.id, data: { active: false } })
      expect((await fetchFeed(url)).status).toBe(404)
    })

    it('keeps the token and its hash out of every API answer and unwritable through the API', async () => {
      const payload = await testPayload()
      const url = (await api('POST', 'calendar/feed-token', { token: token.sales })).body.url as string
      const secret = url.match(/feed\/(.+)\.ics$/)![1]
      const hash = createHash('sha256').update(secret).digest('hex')
      const stored = (await payload.findByID({ collection: 'users', id: user.sales.id, depth: 0 }))
        .calendarFeedTokenHash as string
      // The hash, and the random half of the secret (to show the link again): never the secret itself.
      expect(stored).toBe(`${hash}:${secret.slice(0, 16)}`)
      expect(stored).not.toContain(secret)

      const answers = [
        await api('GET', `users/${user.sales.id}`, { token: token.sales }),
        await api('GET', `users/${user.sales.id}`, { token: token.admin }),
        await api('GET', 'users/me', { token: token.sales }),
        await api('GET', `users?where[id][equals]=${user.sales.id}`, { token: token.admin }),
        await api('GET', `users/versions?where[parent][equals]=${user.sales.id}&limit=100`, { token: token.admin }),
        await graphql(`{ User(id: ${user.sales.id}) { id calendarFeedTokenHash } }`, token.admin),
        await graphql(
          `{ Users(where: { id: { equals: ${user.sales.id} } }) { docs { calendarFeedTokenHash } } }`,
          token.sales,
        ),
      ]
      for (const answer of answers) {
        expect(answer.status).toBe(200)
        const text = JSON.stringify(answer.body)
        expect(text).not.toContain(hash)
        expect(text).not.toContain(secret)
        expect(text).not.toContain(stored.split(':')[1])
      }
      expect(answers[0].body).not.toHaveProperty('calendarFeedTokenHash')
      expect(answers[5].body.data.User.calendarFeedTokenHash).toBeNull()

      // Writing it through the API is ignored: the feed still opens with the same link.
      const patched = await api('PATCH', `users/${user.sales.id}`, {
        token: token.admin,
        body: { calendarFeedTokenHash: 'chosen' },
      })
      expect(patched.status).toBe(200)
      expect((await payload.findByID({ collection: 'users', id: user.sales.id, depth: 0 })).calendarFeedTokenHash).toBe(
        stored,
      )
      expect((await fetchFeed(url)).status).toBe(200)
    })
  })
})
