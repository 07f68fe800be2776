import { sql } from '@payloadcms/db-postgres'
import { REST_GET } from '@payloadcms/next/routes'
import ExcelJS from 'exceljs'
import ICAL from 'ical.js'
import type { Payload, TypedUser } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { addDays, DEFAULT_TIME_ZONE, dayIn, timeIn } from '@/lib/timeZone'
import config from '../helpers/config'
import { freshCui, uniqueMark } from '../helpers/crm'
import { PDF, rawGet, upload } from '../helpers/files'
import { type Answer, api, graphql, login } from '../helpers/http'
import { testPayload, userByEmail } from '../helpers/payload'

/** Every seeded demo user: one per role, and a second salesperson and support agent in other teams. */
const EVERYONE = [
  'admin',
  'sales-manager',
  'sales',
  'sales2',
  'marketing-manager',
  'marketing',
  'project-manager',
  'project-member',
  'support-manager',
  'support-agent',
  'support-agent2',
  'viewer',
] as const
type Who = (typeof EVERYONE)[number]
/** Those who link their work to contracts, and the viewer: they read every contract and change none. */
const READERS: Who[] = [
  'project-manager',
  'project-member',
  'support-manager',
  'support-agent',
  'support-agent2',
  'viewer',
]
const MARKETING: Who[] = ['marketing-manager', 'marketing']

type ContractKey = 'own' | 'mgr' | 'west'
/**
 * Who reads which of the three contracts: `own` is the salesperson's (team Sales), `mgr` the sales
 * manager's (team Sales), `west` the second salesperson's (team Sales West, which nobody manages).
 */
const VISIBLE: Record<Who, ContractKey[]> = {
  admin: ['own', 'mgr', 'west'],
  'sales-manager': ['own', 'mgr'],
  sales: ['own'],
  sales2: ['west'],
  'marketing-manager': [],
  marketing: [],
  'project-manager': ['own', 'mgr', 'west'],
  'project-member': ['own', 'mgr', 'west'],
  'support-manager': ['own', 'mgr', 'west'],
  'support-agent': ['own', 'mgr', 'west'],
  'support-agent2': ['own', 'mgr', 'west'],
  viewer: ['own', 'mgr', 'west'],
}
/** Roles with the `export` function (the others get 403). */
const EXPORTERS: Who[] = ['admin', 'sales-manager', 'project-manager', 'support-manager']

const restGet = REST_GET(config)

/** The feed as a calendar application fetches it: a plain GET of the link, no session. */
async function fetchFeed(url: string) {
  const path = new URL(url).pathname
  const response = await restGet(new Request(`http://localhost:3000${path}`), {
    params: Promise.resolve({ slug: path.replace(/^\/api\//, '').split('/') }),
  })
  return { status: response.status, text: await response.text() }
}

async function sheetOf(response: Response) {
  expect(response.status).toBe(200)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never)
  const sheet = workbook.worksheets[0]
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String)
  const column = (name: string) => {
    const index = header.indexOf(name) + 1
    expect(index, `column ${name} in ${header.join(' | ')}`).toBeGreaterThan(0)
    return index
  }
  const cell = (row: number, name: string) => sheet.getRow(row).getCell(column(name))
  const values = (name: string) => {
    const found: unknown[] = []
    for (let row = 2; row <= sheet.rowCount; row++) found.push(sheet.getRow(row).getCell(column(name)).value)
    return found
  }
  return { sheet, header, cell, values }
}

/**
 * Contracts everywhere they show (issue 12): who reads which contract in REST lists, single reads,
 * GraphQL, the Excel export and the calendar; contract documents read and written exactly as their
 * contract, for every seeded role; tickets about a contract activity; and My work.
 */
describe('contracts: access everywhere', () => {
  const mark = uniqueMark('Contract acces')
  const token = {} as Record<Who, string>
  const user = {} as Record<Who, TypedUser>
  const contract = {} as Record<ContractKey, number>
  const activity: Record<string, number> = {}
  let payload: Payload
  let timeZone: string
  let today: string
  let signedKind: number
  let paymentType: number
  let servicesType: number
  let channelKey: string

  const ok = async (answer: Promise<Answer>, status = 200) => {
    const { status: got, body } = await answer
    expect(got, JSON.stringify(body)).toBe(status)
    return body
  }
  const step = (collection: string, id: number, who: Who, transition: string, comment?: string) =>
    ok(api('POST', `${collection}/${id}/transition`, { token: token[who], body: { transition, comment } }))
  const nomenclator = async (list: string, value: string) =>
    (
      await payload.find({
        collection: 'nomenclators',
        where: { list: { equals: list }, value: { equals: value } },
        depth: 0,
        limit: 1,
      })
    ).docs[0].id
  /** A day's date as the date fields store it (12:00 UTC). */
  const noon = (day: string) => `${day}T12:00:00.000Z`

  /** An uploaded document filed under a contract by a save of that contract by its owner. */
  async function fileDocument(key: ContractKey, owner: Who, name: string, kind?: number) {
    const uploaded = await upload('contract-documents', token[owner], name, 'application/pdf', PDF, {
      ...(kind ? { kind } : {}),
    })
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201)
    const current = (await payload.findByID({ collection: 'contracts', id: contract[key], depth: 0 })).documents ?? []
    await ok(
      api('PATCH', `contracts/${contract[key]}?depth=0`, {
        token: token[owner],
        body: { documents: [...current, uploaded.body.doc.id] },
      }),
    )
    const filed = await payload.findByID({ collection: 'contract-documents', id: uploaded.body.doc.id, depth: 0 })
    expect(filed.contract).toBe(contract[key])
    return { id: uploaded.body.doc.id as number, filename: uploaded.body.doc.filename as string }
  }

  async function newContract(key: ContractKey, owner: Who, data: Record<string, unknown> = {}) {
    const client = await ok(
      api('POST', 'clients?depth=0', {
        token: token[owner],
        body: { name: `${mark} client ${key}`, fiscalCode: freshCui() },
      }),
      201,
    )
    const made = await ok(
      api('POST', 'contracts?depth=0', {
        token: token[owner],
        body: {
          title: `${mark} ${key}`,
          client: client.doc.id,
          contractType: servicesType,
          startDate: noon(addDays(today, -320)),
          // Its end 50 days ahead and 30 days' notice: the renewal decision is due in 20 days.
          endDate: noon(addDays(today, 50)),
          noticeDays: 30,
          ...data,
        },
      }),
      201,
    )
    contract[key] = made.doc.id
    return made.doc
  }

  async function newActivity(name: string, key: ContractKey, as: Who, responsible: Who, dueIn: number) {
    const made = await ok(
      api('POST', 'contract-activities?depth=0', {
        token: token[as],
        body: {
          contract: contract[key],
          title: `${mark} ${name}`,
          type: paymentType,
          dueDate: noon(addDays(today, dueIn)),
          amount: 1250.5,
          responsible: user[responsible].id,
        },
      }),
      201,
    )
    activity[name] = made.doc.id
  }

  /** What the REST list shows the user of this test's records of a collection (null: not readable at all). */
  async function listed(who: Who, collection: string): Promise<number[] | null> {
    const answer = await api('GET', `${collection}?where[title][like]=${encodeURIComponent(mark)}&limit=100&depth=0`, {
      token: token[who],
    })
    if (answer.status === 403) return null
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    return (answer.body.docs as { id: number }[]).map((doc) => doc.id).sort((a, b) => a - b)
  }

  const ids = (keys: ContractKey[]) => keys.map((key) => contract[key]).sort((a, b) => a - b)

  beforeAll(async () => {
    payload = await testPayload()
    for (const who of EVERYONE) {
      token[who] = await login(`${who}@organizecrm.test`)
      user[who] = await userByEmail(payload, `${who}@organizecrm.test`)
    }
    timeZone = (await payload.findGlobal({ slug: 'settings', depth: 0 })).time?.timeZone || DEFAULT_TIME_ZONE
    today = dayIn(new Date(), timeZone)
    signedKind = await nomenclator('document-types', 'signed')
    paymentType = await nomenclator('activity-types', 'payment')
    servicesType = await nomenclator('contract-types', 'services')

    // A custom field of contracts, a choice (its label exported, never its value).
    channelKey = `channel${Date.now().toString(36)}`
    await payload.create({
      collection: 'custom-fields',
      locale: 'ro',
      data: {
        key: channelKey,
        label: 'Canal de vânzare',
        type: 'select',
        options: [
          { value: 'direct', label: 'Direct' },
          { value: 'partner', label: 'Prin partener' },
        ],
        targetCollection: 'contracts',
      },
    } as never)

    await newContract('own', 'sales', { customFields: { [channelKey]: 'partner' } })
    await newContract('mgr', 'sales-manager')
    await newContract('west', 'sales2')

    // `own` is signed and `west` active; `mgr` stays a draft, not in force.
    await step('contracts', contract.own, 'sales', 'submit')
    await step('contracts', contract.own, 'sales-manager', 'approve')
    await step('contracts', contract.own, 'sales', 'send')
    await fileDocument('own', 'sales', 'semnat.pdf', signedKind)
    await step('contracts', contract.own, 'sales', 'sign')
    await step('contracts', contract.west, 'sales2', 'submit')
    await step('contracts', contract.west, 'admin', 'approve')
    await step('contracts', contract.west, 'sales2', 'send')
    await fileDocument('west', 'sales2', 'semnat-vest.pdf', signedKind)
    await step('contracts', contract.west, 'sales2', 'sign')
    await step('contracts', contract.west, 'admin', 'activate')

    // Activities: the salesperson's on their contract (one started, one done), the second
    // salesperson's, one the second salesperson gave the first on a Sales West contract, the manager's.
    await newActivity('own-planned', 'own', 'sales', 'sales', 5)
    await newActivity('own-started', 'own', 'sales', 'sales', 3)
    await newActivity('own-done', 'own', 'sales', 'sales', 4)
    await newActivity('own-overdue', 'own', 'sales', 'sales', -2)
    await newActivity('west', 'west', 'sales2', 'sales2', 6)
    await newActivity('cross', 'west', 'sales2', 'sales', 7)
    await newActivity('mgr', 'mgr', 'sales-manager', 'sales-manager', 8)
    await step('contract-activities', activity['own-started'], 'sales', 'start')
    await step('contract-activities', activity['own-done'], 'sales', 'finish')
  })

  describe('team isolation', () => {
    it('lists exactly the contracts each role reads (own, team, all; marketing none)', async () => {
      for (const who of EVERYONE) {
        const shown = await listed(who, 'contracts')
        if (MARKETING.includes(who)) expect(shown, who).toBeNull()
        else expect(shown, who).toEqual(ids(VISIBLE[who]))
      }
    })

    it('answers a single read with the contract or 404, never another team’s contract', async () => {
      for (const who of EVERYONE) {
        for (const key of ['own', 'mgr', 'west'] as const) {
          const read = await api('GET', `contracts/${contract[key]}?depth=0`, { token: token[who] })
          const expected = VISIBLE[who].includes(key) ? 200 : MARKETING.includes(who) ? 403 : 404
          expect(read.status, `${who} reads ${key}`).toBe(expected)
          if (expected === 200) expect(read.body.title).toBe(`${mark} ${key}`)
        }
      }
    })

    it('answers GraphQL with the same contracts', async () => {
      const query = `query ($mark: String, $id: Int!) {
        Contracts(where: { title: { like: $mark } }, limit: 100) { totalDocs docs { id } }
        Contract(id: $id) { id title }
      }`
      for (const who of EVERYONE) {
        for (const key of ['own', 'west'] as const) {
          const { status, body } = await graphql(query, token[who], { mark, id: contract[key] })
          expect(status, who).toBe(200)
          if (MARKETING.includes(who)) {
            expect(body.data?.Contracts ?? null, who).toBeNull()
          } else {
            expect(body.data.Contracts.totalDocs, who).toBe(VISIBLE[who].length)
            expect(body.data.Contracts.docs.map((d: { id: number }) => d.id).sort(), who).toEqual(
              ids(VISIBLE[who]).sort(),
            )
          }
          if (VISIBLE[who].includes(key))
            expect(body.data.Contract, `${who} ${key}`).toEqual({
              id: contract[key],
              title: `${mark} ${key}`,
            })
          else {
            expect(body.data?.Contract ?? null, `${who} ${key}`).toBeNull()
            expect(body.errors?.length, `${who} ${key}`).toBeGreaterThan(0)
          }
        }
      }
    })

    it('exports to Excel exactly the rows of the list, for the roles with the export function', async () => {
      const filter = `where[title][like]=${encodeURIComponent(mark)}`
      for (const who of EVERYONE) {
        const response = await rawGet(`contracts/export?${filter}`, token[who])
        if (!EXPORTERS.includes(who)) {
          expect(response.status, who).toBe(403)
          continue
        }
        const { values } = await sheetOf(response)
        expect(
          (values('ID') as number[]).sort((a, b) => a - b),
          who,
        ).toEqual(ids(VISIBLE[who]))
        const activities = await sheetOf(await rawGet(`contract-activities/export?${filter}`, token[who]))
        expect(
          (activities.values('ID') as number[]).sort((a, b) => a - b),
          who,
        ).toEqual(await listed(who, 'contract-activities'))
      }
    })

    it('puts on the calendar nothing the lists would not show', async () => {
      const from = noon(addDays(today, -10))
      const to = noon(addDays(today, 60))
      const events = async (who: Who, query = '') => {
        const answer = await api(
          'GET',
          `calendar/events?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}${query}`,
          { token: token[who] },
        )
        expect(answer.status, `${who}${query}: ${JSON.stringify(answer.body)}`).toBe(200)
        return (answer.body.events as { id: string; collection: string; recordId: number; title: string }[]).filter(
          (event) => event.title.includes(mark),
        )
      }
      const views: [Who, string][] = [
        ...EVERYONE.map((who): [Who, string] => [who, '']),
        ['sales-manager', `&user=${user.sales.id}`],
        ['sales-manager', '&user=team'],
        ['admin', `&user=${user.sales.id}`],
        ['admin', `&user=${user.sales2.id}`],
      ]
      const seen: Record<string, string[]> = {}
      for (const [who, query] of views) {
        const found = await events(who, query)
        const contracts = (await listed(who, 'contracts')) ?? []
        const activities = (await listed(who, 'contract-activities')) ?? []
        for (const event of found) {
          if (event.collection === 'contracts')
            expect(contracts, `${who}${query}: ${event.id}`).toContain(event.recordId)
          else if (event.collection === 'contract-activities')
            expect(activities, `${who}${query}: ${event.id}`).toContain(event.recordId)
        }
        seen[`${who}${query}`] = found.map((event) => event.id).sort()
      }
      const renewal = (key: ContractKey) => `contracts:${contract[key]}:renewal`
      const end = (key: ContractKey) => `contracts:${contract[key]}:end`
      const act = (...names: string[]) => names.map((name) => `contract-activities:${activity[name]}`)
      const ownActivities = act('own-planned', 'own-started', 'own-done', 'own-overdue')
      // Each person's own items; a draft contract's dates are not there.
      expect(seen.sales).toEqual([...ownActivities, ...act('cross'), renewal('own'), end('own')].sort())
      expect(seen.sales2).toEqual([...act('west'), renewal('west'), end('west')].sort())
      expect(seen['sales-manager']).toEqual(act('mgr'))
      // The manager looking at the salesperson's calendar does not see the item of another team's contract.
      expect(seen[`sales-manager&user=${user.sales.id}`]).toEqual([...ownActivities, renewal('own'), end('own')].sort())
      expect(seen['sales-manager&user=team']).toEqual(
        [...ownActivities, ...act('mgr'), renewal('own'), end('own')].sort(),
      )
      expect(seen[`admin&user=${user.sales.id}`]).toEqual(seen.sales)
      expect(seen[`admin&user=${user.sales2.id}`]).toEqual(seen.sales2)
      for (const who of [...READERS, ...MARKETING, 'admin'] as Who[]) expect(seen[who], who).toEqual([])
    })
  })

  describe('calendar items of contracts', () => {
    it('shows activities by due date, renewal decisions and end dates as all-day items with their titles', async () => {
      const from = noon(addDays(today, -10))
      const to = noon(addDays(today, 60))
      const answer = await ok(
        api('GET', `calendar/events?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`, {
          token: token.sales,
        }),
      )
      const byId = new Map((answer.events as { id: string; start: string }[]).map((event) => [event.id, event]))
      const dayOf = (id: string) => dayIn(byId.get(id)!.start, timeZone)
      expect(byId.get(`contracts:${contract.own}:renewal`)).toMatchObject({
        collection: 'contracts',
        recordId: contract.own,
        title: `Renewal decision: ${mark} own`,
        allDay: true,
        kind: 'contract-renewal',
        statusCategory: 'waiting',
        userId: user.sales.id,
        url: `/admin/collections/contracts/${contract.own}`,
      })
      expect(dayOf(`contracts:${contract.own}:renewal`)).toBe(addDays(today, 20))
      expect(byId.get(`contracts:${contract.own}:end`)).toMatchObject({
        title: `Contract ends: ${mark} own`,
        allDay: true,
        kind: 'contract-end',
      })
      expect(dayOf(`contracts:${contract.own}:end`)).toBe(addDays(today, 50))
      expect(byId.get(`contract-activities:${activity['own-done']}`)).toMatchObject({
        title: `${mark} own-done`,
        allDay: true,
        kind: 'contract-activity',
        statusCategory: 'waiting',
        userId: user.sales.id,
      })
      expect(dayOf(`contract-activities:${activity['own-planned']}`)).toBe(addDays(today, 5))
    })

    it('puts them in the iCalendar feed, in the owner’s language, with their own UIDs', async () => {
      const issued = await ok(api('POST', 'calendar/feed-token', { token: token.sales2 }))
      const feed = await fetchFeed(issued.url)
      expect(feed.status).toBe(200)
      const calendar = new ICAL.Component(ICAL.parse(feed.text))
      const events = new Map(
        calendar
          .getAllSubcomponents('vevent')
          .map((event) => [String(event.getFirstPropertyValue('uid')), event] as const),
      )
      const renewal = events.get(`contracts-${contract.west}-renewal@organizecrm`)
      const end = events.get(`contracts-${contract.west}-end@organizecrm`)
      const west = events.get(`contract-activities-${activity.west}@organizecrm`)
      // Demo users keep the default language, Romanian.
      expect(renewal?.getFirstPropertyValue('summary')).toBe(`Decizie de prelungire: ${mark} west`)
      expect(end?.getFirstPropertyValue('summary')).toBe(`Contractul se încheie: ${mark} west`)
      expect(String((end?.getFirstPropertyValue('dtstart') as ICAL.Time).toString())).toBe(addDays(today, 50))
      expect(west?.getFirstPropertyValue('summary')).toBe(`${mark} west`)
      // Nothing of anyone else: the activity given to the first salesperson is on their feed, not this one.
      expect(events.has(`contract-activities-${activity.cross}@organizecrm`)).toBe(false)
      expect(events.has(`contracts-${contract.own}-end@organizecrm`)).toBe(false)
    })
  })

  describe('contract documents follow their contract', () => {
    it('for every seeded role: read of the metadata and the file, update and delete as the contract allows', async () => {
      const owners: Record<'own' | 'west', Who> = { own: 'sales', west: 'sales2' }
      const kept = {
        own: await fileDocument('own', 'sales', 'anexa.pdf'),
        west: await fileDocument('west', 'sales2', 'anexa-vest.pdf'),
      }
      const tally = { read: 0, unread: 0, update: 0, noUpdate: 0 }
      for (const who of EVERYONE) {
        for (const key of ['own', 'west'] as const) {
          const label = `${who} on ${key}`
          const document = kept[key]
          // What the same user may do with the contract itself.
          const contractRead = await api('GET', `contracts/${contract[key]}?depth=0`, { token: token[who] })
          expect([200, 403, 404], label).toContain(contractRead.status)
          const mayRead = contractRead.status === 200
          const access = await ok(api('POST', `contracts/access/${contract[key]}`, { token: token[who], body: {} }))
          // Payload's answer for this user and this contract (sanitized: `true`, or left out when refused).
          const mayUpdate = mayRead && (access.update === true || access.update?.permission === true)
          tally[mayRead ? 'read' : 'unread']++
          tally[mayUpdate ? 'update' : 'noUpdate']++

          const metadata = await api('GET', `contract-documents/${document.id}?depth=0`, { token: token[who] })
          expect(metadata.status, label).toBe(mayRead ? 200 : 404)
          const inList = await api('GET', `contract-documents?where[id][equals]=${document.id}&depth=0`, {
            token: token[who],
          })
          expect(inList.status, label).toBe(200)
          expect(inList.body.docs.length, label).toBe(mayRead ? 1 : 0)
          const file = await rawGet(`contract-documents/file/${document.filename}`, token[who])
          expect(file.status, label).toBe(mayRead ? 200 : 403)

          const changed = await api('PATCH', `contract-documents/${document.id}?depth=0`, {
            token: token[who],
            body: { description: `${label} was here` },
          })
          if (mayUpdate) expect(changed.status, label).toBe(200)
          else expect([403, 404], label).toContain(changed.status)
          const stored = await payload.findByID({ collection: 'contract-documents', id: document.id, depth: 0 })
          expect(stored.description === `${label} was here`, label).toBe(mayUpdate)

          if (mayUpdate) {
            const spare = await fileDocument(key, owners[key], `de-sters-${who}.pdf`)
            expect((await api('DELETE', `contract-documents/${spare.id}`, { token: token[who] })).status, label).toBe(
              200,
            )
            const gone = await payload.find({ collection: 'contract-documents', where: { id: { equals: spare.id } } })
            expect(gone.totalDocs, label).toBe(0)
          } else {
            expect([403, 404], label).toContain(
              (await api('DELETE', `contract-documents/${document.id}`, { token: token[who] })).status,
            )
            const still = await payload.find({
              collection: 'contract-documents',
              where: { id: { equals: document.id } },
            })
            expect(still.totalDocs, label).toBe(1)
          }
        }
      }
      // The derived expectations cover both outcomes (24 = 12 users x 2 contracts).
      expect(tally).toEqual({ read: 17, unread: 7, update: 5, noUpdate: 19 })
    })
  })

  describe('roles that only read, and marketing', () => {
    it('project, support and the viewer read every contract but may not create or change one', async () => {
      const client = (await payload.findByID({ collection: 'contracts', id: contract.mgr, depth: 0 })).client
      for (const who of READERS) {
        const created = await api('POST', 'contracts', {
          token: token[who],
          body: { title: `${mark} by ${who}`, client },
        })
        expect(created.status, who).toBe(403)
        const changed = await api('PATCH', `contracts/${contract.mgr}`, {
          token: token[who],
          body: { title: `${mark} changed by ${who}` },
        })
        expect(changed.status, who).toBe(403)
        const activityChanged = await api('PATCH', `contract-activities/${activity.mgr}`, {
          token: token[who],
          body: { title: `${mark} changed by ${who}` },
        })
        expect(activityChanged.status, who).toBe(403)
        expect((await api('GET', `contract-activities/${activity.cross}`, { token: token[who] })).status, who).toBe(200)
      }
      expect((await payload.findByID({ collection: 'contracts', id: contract.mgr, depth: 0 })).title).toBe(
        `${mark} mgr`,
      )
    })

    it('marketing reads no contract nor contract activity', async () => {
      for (const who of MARKETING) {
        expect((await api('GET', 'contracts', { token: token[who] })).status, who).toBe(403)
        expect((await api('GET', 'contract-activities', { token: token[who] })).status, who).toBe(403)
        expect((await api('GET', `contract-activities/${activity.mgr}`, { token: token[who] })).status, who).toBe(403)
      }
    })
  })

  describe('Excel export', () => {
    it('writes labels for relations, nomenclators, states and custom choices, and local dates', async () => {
      // Created at 23:30 UTC: already the next day in Bucharest.
      const db = (payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<unknown> } }).drizzle
      await db.execute(sql`update contracts set created_at = '2026-11-10T23:30:00Z' where id = ${contract.own}`)
      const columns = `number,title,client,contractType,owner,startDate,endDate,createdAt,status,customFields.${channelKey}`
      const { sheet, header, cell } = await sheetOf(
        await rawGet(
          `contracts/export?columns=${columns}&where[id][equals]=${contract.own}`,
          token['sales-manager'],
          'ro',
        ),
      )
      expect(sheet.rowCount).toBe(2)
      expect(header).toEqual([
        'Număr',
        'Titlu',
        'Client',
        'Tip',
        'Responsabil',
        'Data de început',
        'Data de încheiere',
        'Creat la',
        'Stare',
        'Canal de vânzare',
      ])
      const own = await payload.findByID({ collection: 'contracts', id: contract.own, depth: 0 })
      expect(cell(2, 'Număr').value).toBe(own.number)
      expect(cell(2, 'Client').value).toBe(`${mark} client own`)
      expect(cell(2, 'Tip').value).toBe('Prestări servicii')
      expect(cell(2, 'Responsabil').value).toBe(user.sales.name)
      expect(cell(2, 'Stare').value).toBe('Semnat')
      expect(cell(2, 'Canal de vânzare').value).toBe('Prin partener')
      expect((cell(2, 'Data de încheiere').value as Date).toISOString()).toBe(`${addDays(today, 50)}T00:00:00.000Z`)
      expect(cell(2, 'Data de încheiere').numFmt).toBe('dd.mm.yyyy')
      const localCreated = `${dayIn('2026-11-10T23:30:00Z', timeZone)}T${timeIn('2026-11-10T23:30:00Z', timeZone)}:00.000Z`
      expect((cell(2, 'Creat la').value as Date).toISOString()).toBe(localCreated)
      expect(localCreated).not.toBe('2026-11-10T23:30:00.000Z')

      // The default columns carry the custom field too.
      const defaults = await sheetOf(
        await rawGet(`contracts/export?where[id][equals]=${contract.own}`, token['sales-manager'], 'en'),
      )
      expect(defaults.header).toContain('Canal de vânzare')
      expect(defaults.cell(2, 'Status').value).toBe('Signed')
      expect(defaults.cell(2, 'Client').value).toBe(`${mark} client own`)
    })

    it('exports contract activities with their contract, type, responsible and state by label', async () => {
      const { sheet, cell } = await sheetOf(
        await rawGet(
          `contract-activities/export?where[id][equals]=${activity['own-started']}`,
          token['sales-manager'],
          'en',
        ),
      )
      expect(sheet.rowCount).toBe(2)
      expect(cell(2, 'Contract').value).toBe(`${mark} own`)
      expect(cell(2, 'Type').value).toBe('Payment instalment')
      expect(cell(2, 'Responsible').value).toBe(user.sales.name)
      expect(cell(2, 'Status').value).toBe('In progress')
      expect(cell(2, 'Amount (for a payment)').value).toBe(1250.5)
      expect((cell(2, 'Due date').value as Date).toISOString()).toBe(`${addDays(today, 3)}T00:00:00.000Z`)
    })
  })

  describe('tickets about contracts', () => {
    it('a support agent files a ticket concerning a contract activity, and one concerning a contract', async () => {
      const type = (await payload.find({ collection: 'ticket-types', limit: 1, depth: 0 })).docs[0]
      for (const concerns of [
        { relationTo: 'contract-activities', value: activity['own-planned'], title: `${mark} own-planned` },
        { relationTo: 'contracts', value: contract.west, title: `${mark} west` },
      ]) {
        const made = await ok(
          api('POST', 'tickets?depth=0', {
            token: token['support-agent'],
            body: {
              title: `${mark} ticket about ${concerns.relationTo}`,
              type: type.id,
              // A client, as real tickets have: the demo's checks read every ticket of its types.
              client: (await payload.findByID({ collection: 'contracts', id: contract.west, depth: 0 })).client,
              concerns: { relationTo: concerns.relationTo, value: concerns.value },
            },
          }),
          201,
        )
        expect(made.doc.concerns).toEqual({ relationTo: concerns.relationTo, value: concerns.value })
        const read = await ok(api('GET', `tickets/${made.doc.id}?depth=1`, { token: token['support-agent'] }))
        expect(read.concerns.relationTo).toBe(concerns.relationTo)
        expect(read.concerns.value.title).toBe(concerns.title)
      }
      // Something that does not exist cannot be concerned.
      const missing = await api('POST', 'tickets?depth=0', {
        token: token['support-agent'],
        body: {
          title: `${mark} ticket about nothing`,
          type: type.id,
          concerns: { relationTo: 'contract-activities', value: 999999999 },
        },
      })
      expect(missing.status).toBe(400)
    })
  })

  describe('My work', () => {
    type Row = {
      id: number
      title: string
      contract: { id: number; number: string | null; title: string | null } | null
    }
    const myWork = async (who: Who) => ok(api('GET', 'my-work?locale=en', { token: token[who] }))

    it("lists the caller's contract activities not yet done, by due date, with their contract", async () => {
      const section = (await myWork('sales'))['contract-activities']
      expect(section.readable).toBe(true)
      const rows = (section.rows as Row[]).filter((row) => row.title.startsWith(mark))
      expect(rows.map((row) => row.title)).toEqual(
        ['own-overdue', 'own-started', 'own-planned', 'cross'].map((name) => `${mark} ${name}`),
      )
      const own = await payload.findByID({ collection: 'contracts', id: contract.own, depth: 0 })
      expect(rows[0]).toMatchObject({
        id: activity['own-overdue'],
        contract: { id: contract.own, number: own.number, title: `${mark} own` },
        type: 'Payment instalment',
        amount: 1250.5,
        status: 'planned',
        statusLabel: 'Planned',
        statusCategory: 'open',
        overdue: true,
      })
      expect(rows[1]).toMatchObject({ statusLabel: 'In progress', overdue: false })
      // The contract of another team stays unread: its id only.
      expect(rows[3].contract).toEqual({ id: contract.west, number: null, title: null })
      // Every row, demo data included, is the caller's.
      for (const row of section.rows as Row[]) {
        const stored = await payload.findByID({ collection: 'contract-activities', id: row.id, depth: 0 })
        expect(stored.responsible).toBe(user.sales.id)
        expect(['open', 'active']).toContain(stored.statusCategory)
      }
    })

    it('shows others only their own, and leaves the section out for marketing', async () => {
      const titles = async (who: Who) =>
        ((await myWork(who))['contract-activities'].rows as Row[])
          .filter((row) => row.title.startsWith(mark))
          .map((row) => row.title)
      expect(await titles('sales2')).toEqual([`${mark} west`])
      expect(await titles('sales-manager')).toEqual([`${mark} mgr`])
      expect(await titles('viewer')).toEqual([])
      expect((await myWork('marketing'))['contract-activities']).toEqual({ readable: false, total: 0, rows: [] })
    })
  })
})
