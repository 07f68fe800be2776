import { sql } from '@payloadcms/db-postgres'
import { REST_GET } from '@payloadcms/next/routes'
import ExcelJS from 'exceljs'
import { type AdminViewServerProps, createLocalReq, getAccessResults, type Payload, type TypedUser } from 'payload'
import type { ReactElement } from 'react'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import type { ReportAnswer, ReportRow, ReportTableName } from '@/collections/support/tickets/reports/types'
import { ReportsView } from '@/collections/support/tickets/reports/components/ReportsView'
import { uniqueMark } from '../helpers/crm'
import config from '../helpers/config'
import { api, login } from '../helpers/http'
import { testPayload, userByEmail } from '../helpers/payload'

// The admin template and UI kit import stylesheets Node cannot load; the view's own logic is under test.
vi.mock('@payloadcms/next/templates', () => ({ DefaultTemplate: () => null }))
vi.mock('@payloadcms/ui', () => ({ Gutter: () => null }))

const getRoute = REST_GET(config)

/** A raw GET through the app's REST handler (the spreadsheet is binary; `api` reads JSON). */
const rawGet = (path: string, token: string, language = 'en') =>
  getRoute(
    new Request(`http://localhost:3000/api/${path}`, {
      headers: { authorization: `JWT ${token}`, 'accept-language': language },
    }),
    {
      params: Promise.resolve({ slug: path.split('?')[0].split('/') }),
    },
  )

/** The ISO week (`2026-W05`) of a day, to find a day's line in the weekly table. */
function isoWeek(day: string) {
  const date = new Date(`${day}T00:00:00Z`)
  // The ISO week is the week of its Thursday, numbered within the Thursday's year.
  const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * 86_400_000)
  const week = Math.floor((thursday.getTime() - Date.UTC(thursday.getUTCFullYear(), 0, 1)) / 86_400_000 / 7) + 1
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`
}

/** The support reports (R28): GET /api/tickets/reports and its .xlsx downloads, by role. */
describe('support ticket reports', () => {
  let payload: Payload
  const tokens: Record<string, string> = {}
  const people: Record<string, TypedUser> = {}
  const mark = uniqueMark('Raport')
  // Other files and the demo data share the database: this file's tickets live in a year of their own
  // (in the past, so due dates before "now" are breached).
  const year = 1960 + Math.floor(Math.random() * 30)
  const period = `from=${year}-02-01&to=${year}-03-31`
  const at = (monthDay: string, time = '10:00') => `${year}-${monthDay}T${time}:00.000Z`
  let typeA: number
  let typeB: number
  const client: Record<string, number> = {}
  const team: Record<string, number> = {}
  const ticket: Record<string, number> = {}

  const report = async (who: string, query: string, language = 'en') => {
    const response = await rawGet(`tickets/reports?${query}`, tokens[who], language)
    const body = await response.json()
    expect(response.status, JSON.stringify(body)).toBe(200)
    return body as ReportAnswer
  }
  /** A table as `{ label of the line: value of a column }`. */
  const tally = (answer: ReportAnswer, table: ReportTableName, labelKey: string, valueKey = 'count') =>
    Object.fromEntries(answer.tables[table].rows.map((row: ReportRow) => [String(row[labelKey]), row[valueKey]]))

  /**
   * A ticket made by the system, then given its history directly in the database: creation and
   * resolution times, due date and state are the application's own fields that no request may set.
   */
  async function makeTicket(
    key: string,
    data: { type: number; team: string; responsible?: string; client?: string },
    history: {
      createdAt: string
      resolvedAt?: string
      dueDate?: string
      status: string
      category: string
    },
  ) {
    const doc = await payload.create({
      collection: 'tickets',
      data: {
        title: `${mark} ${key}`,
        type: data.type,
        team: team[data.team],
        responsible: data.responsible ? people[data.responsible].id : undefined,
        client: data.client ? client[data.client] : undefined,
      },
      depth: 0,
    })
    ticket[key] = doc.id
    const db = (payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<unknown> } }).drizzle
    await db.execute(sql`update tickets set created_at = ${history.createdAt}, resolved_at = ${history.resolvedAt ?? null},
      due_date = ${history.dueDate ?? null}, status = ${history.status}, status_category = ${history.category} where id = ${doc.id}`)
  }

  beforeAll(async () => {
    payload = await testPayload()
    for (const who of ['admin', 'support-manager', 'support-agent', 'support-agent2', 'sales']) {
      tokens[who] = await login(`${who}@organizecrm.test`)
      people[who] = await userByEmail(payload, `${who}@organizecrm.test`)
    }
    for (const key of ['support', 'support-west']) {
      team[key] = (await payload.find({ collection: 'teams', where: { key: { equals: key } }, depth: 0 })).docs[0].id
    }
    // Named in Romanian only: an English report falls back to the Romanian name.
    typeA = (
      await payload.create({
        collection: 'ticket-types',
        data: { name: `Reclamație ${mark}`, sla: { resolutionHours: 8 } },
      })
    ).id
    typeB = (
      await payload.create({
        collection: 'ticket-types',
        data: { name: `Cerere ${mark}`, sla: { resolutionHours: 16 } },
      })
    ).id
    for (const key of ['east', 'west'])
      client[key] = (
        await payload.create({
          collection: 'clients',
          data: { name: `${mark} client ${key}`, type: 'client', status: 'active', owner: people.admin.id as number },
        })
      ).id

    // Team support, type A.
    // 22:30 UTC on 31 January is 00:30 on 1 February in Bucharest (the settings' zone): in the period.
    await makeTicket(
      'fresh',
      { type: typeA, team: 'support', responsible: 'support-agent', client: 'east' },
      { createdAt: at('01-31', '22:30'), dueDate: at('02-02'), status: 'new', category: 'open' },
    )
    await makeTicket(
      'working',
      { type: typeA, team: 'support', responsible: 'support-agent' },
      { createdAt: at('02-10'), status: 'in-progress', category: 'active' },
    )
    await makeTicket(
      'quick',
      { type: typeA, team: 'support', responsible: 'support-manager', client: 'east' },
      {
        createdAt: at('02-03', '08:00'),
        resolvedAt: at('02-03', '18:00'),
        dueDate: at('02-04'),
        status: 'resolved',
        category: 'done',
      },
    )
    await makeTicket(
      'nobody',
      { type: typeA, team: 'support' },
      { createdAt: at('02-05', '00:00'), resolvedAt: at('02-06', '04:00'), status: 'closed', category: 'done' },
    )
    // Created before the period, resolved in it: in the resolution figures only.
    await makeTicket(
      'old',
      { type: typeA, team: 'support', responsible: 'support-agent' },
      { createdAt: at('01-20', '00:00'), resolvedAt: at('02-02', '00:00'), status: 'closed', category: 'done' },
    )
    // Team support-west, type A: resolved a day after its due date.
    await makeTicket(
      'west-late',
      { type: typeA, team: 'support-west', responsible: 'support-agent2', client: 'west' },
      { createdAt: at('02-03'), resolvedAt: at('02-05'), dueDate: at('02-04'), status: 'resolved', category: 'done' },
    )
    // Type B.
    await makeTicket(
      'west-cancelled',
      { type: typeB, team: 'support-west', responsible: 'support-agent2' },
      { createdAt: at('03-02'), status: 'cancelled', category: 'cancelled' },
    )
    await makeTicket(
      'waiting',
      { type: typeB, team: 'support', responsible: 'support-agent', client: 'east' },
      { createdAt: at('03-03'), status: 'waiting-client', category: 'waiting' },
    )
    // Outside the period: 23:00 on 31 January in Bucharest, and April.
    await makeTicket(
      'before',
      { type: typeA, team: 'support', responsible: 'support-agent' },
      { createdAt: at('01-31', '21:00'), status: 'new', category: 'open' },
    )
    await makeTicket(
      'after',
      { type: typeA, team: 'support', responsible: 'support-agent' },
      { createdAt: at('04-01'), status: 'new', category: 'open' },
    )
  })

  it('answers 401 without a session, 403 without the reports function, 400 on a bad query', async () => {
    expect((await api('GET', `tickets/reports?${period}`)).status).toBe(401)
    for (const who of ['sales', 'support-agent']) {
      const refused = await api('GET', `tickets/reports?${period}`, { token: tokens[who] })
      expect(refused.status, who).toBe(403)
      expect(refused.body.errors[0].message).toMatch(/reports/)
    }
    const romanian = await rawGet(`tickets/reports?${period}`, tokens.sales, 'ro')
    expect(romanian.status).toBe(403)
    expect((await romanian.json()).errors[0].message).toMatch(/Rapoartele necesită/)

    const bad: [string, RegExp][] = [
      ['to=2026-01-31', /"from" must be a real day/],
      ['from=2026-01-01', /"to" must be a real day/],
      ['from=2026-02-30&to=2026-03-01', /"from" must be a real day/],
      ['from=01.02.2026&to=2026-03-01', /"from" must be a real day/],
      ['from=2026-03-01&to=2026-02-01', /reversed/],
      ['from=2024-01-01&to=2025-01-01', /at most 366 days \(asked: 367\)/],
      [`${period}&team=abc`, /team filter must be a numeric id/],
      [`${period}&type=1.5`, /type filter must be a numeric id/],
      [`${period}&format=xlsx&table=nope`, /format=xlsx/],
      [`${period}&format=pdf&table=byState`, /format=xlsx/],
    ]
    for (const [query, message] of bad) {
      const answer = await api('GET', `tickets/reports?${query}`, { token: tokens.admin })
      expect(answer.status, query).toBe(400)
      expect(answer.body.errors[0].message, query).toMatch(message)
    }
    // A leap year is 366 days: allowed.
    expect((await api('GET', 'tickets/reports?from=2024-01-01&to=2024-12-31', { token: tokens.admin })).status).toBe(
      200,
    )
  })

  it('counts every ticket of the period by state, type, responsible and client for the administrator', async () => {
    const a = await report('admin', `${period}&type=${typeA}`)
    expect(a.tables.byState.columns).toEqual([
      { key: 'state', label: 'State', kind: 'text' },
      { key: 'count', label: 'Tickets', kind: 'number' },
    ])
    // In the complaint flow's order, labelled in the request's language.
    expect(a.tables.byState.rows).toEqual([
      { id: 'new', state: 'New', count: 1 },
      { id: 'in-progress', state: 'In progress', count: 1 },
      { id: 'resolved', state: 'Resolved', count: 2 },
      { id: 'closed', state: 'Closed', count: 1 },
    ])
    expect(a.tables.byType.rows).toEqual([{ id: typeA, type: `Reclamație ${mark}`, count: 5 }])
    expect(tally(a, 'byResponsible', 'responsible')).toEqual({
      [people['support-agent'].name as string]: 2,
      [people['support-manager'].name as string]: 1,
      [people['support-agent2'].name as string]: 1,
      Unassigned: 1,
    })
    expect(a.tables.byClient.rows).toEqual([
      { id: client.east, client: `${mark} client east`, count: 2 },
      { id: client.west, client: `${mark} client west`, count: 1 },
    ])

    const b = await report('admin', `${period}&type=${typeB}`)
    expect(tally(b, 'byState', 'state')).toEqual({ 'Waiting for the client': 1, Cancelled: 1 })

    // Without the type filter: both types (nothing else was created in this year).
    const all = await report('admin', period)
    expect(all.tables.byType.rows).toEqual([
      { id: typeA, type: `Reclamație ${mark}`, count: 5 },
      { id: typeB, type: `Cerere ${mark}`, count: 2 },
    ])
    expect(tally(all, 'byClient', 'client')).toEqual({ [`${mark} client east`]: 3, [`${mark} client west`]: 1 })
    // The team filter.
    const west = await report('admin', `${period}&team=${team['support-west']}`)
    expect(tally(west, 'byType', 'type')).toEqual({ [`Reclamație ${mark}`]: 1, [`Cerere ${mark}`]: 1 })
  })

  it('labels the tables in Romanian for a Romanian request', async () => {
    const answer = await report('admin', `${period}&type=${typeA}`, 'ro')
    expect(answer.tables.byState.title).toBe('Tichete pe stări')
    expect(answer.tables.byState.columns.map((c) => c.label)).toEqual(['Stare', 'Tichete'])
    expect(tally(answer, 'byState', 'state')).toEqual({ Nou: 1, 'În lucru': 1, Rezolvat: 2, Închis: 1 })
    expect(tally(answer, 'byResponsible', 'responsible').Nealocat).toBe(1)
  })

  it('counts created and resolved tickets per ISO week, every week of the period listed', async () => {
    const { rows } = (await report('admin', period)).tables.weekly
    expect(rows[0].week).toBe(isoWeek(`${year}-02-01`))
    expect(rows[rows.length - 1].week).toBe(isoWeek(`${year}-03-31`))
    expect(new Set(rows.map((r) => r.week)).size).toBe(rows.length)
    expect(rows.reduce((sum, r) => sum + Number(r.created), 0)).toBe(7)
    expect(rows.reduce((sum, r) => sum + Number(r.resolved), 0)).toBe(4)
    // Each ticket in the week of its creation (Bucharest days), each resolution in the week it happened.
    const created = new Map<string, number>()
    for (const day of ['02-01', '02-10', '02-03', '02-05', '02-03', '03-02', '03-03'])
      created.set(isoWeek(`${year}-${day}`), (created.get(isoWeek(`${year}-${day}`)) ?? 0) + 1)
    for (const [label, count] of created) expect(rows.find((r) => r.week === label)?.created, label).toBe(count)
    const resolved = new Map<string, number>()
    for (const day of ['02-03', '02-06', '02-02', '02-05'])
      resolved.set(isoWeek(`${year}-${day}`), (resolved.get(isoWeek(`${year}-${day}`)) ?? 0) + 1)
    for (const [label, count] of resolved) expect(rows.find((r) => r.week === label)?.resolved, label).toBe(count)
  })

  it('computes the average and 90th percentile of resolution hours', async () => {
    // Resolved in the period, type A: 10 h, 28 h, 48 h and (created in January) 312 h.
    const admin = (await report('admin', `${period}&type=${typeA}`)).tables.resolution
    expect(admin.columns.map((c) => c.key)).toEqual(['type', 'resolved', 'averageHours', 'p90Hours'])
    expect(admin.rows).toEqual([
      { id: typeA, type: `Reclamație ${mark}`, resolved: 4, averageHours: 99.5, p90Hours: 232.8 },
      { id: null, total: true, type: 'All types', resolved: 4, averageHours: 99.5, p90Hours: 232.8 },
    ])
    // The support team's manager: without the west ticket, 10 h, 28 h, 312 h.
    const manager = (await report('support-manager', `${period}&type=${typeA}`)).tables.resolution
    expect(manager.rows[0]).toMatchObject({ id: typeA, resolved: 3, averageHours: 116.67, p90Hours: 255.2 })
    // Nothing resolved: a total line without figures.
    const none = (await report('admin', `${period}&type=${typeB}`)).tables.resolution
    expect(none.rows).toEqual([
      { id: null, total: true, type: 'All types', resolved: 0, averageHours: null, p90Hours: null },
    ])
  })

  it('counts service level breaches per type: resolved late, or open past the due date', async () => {
    const admin = await report('admin', period)
    expect(admin.tables.slaBreaches.rows).toEqual([
      { id: typeA, type: `Reclamație ${mark}`, withDueDate: 3, resolvedLate: 1, openOverdue: 1, breaches: 2 },
      { id: null, total: true, type: 'Total', withDueDate: 3, resolvedLate: 1, openOverdue: 1, breaches: 2 },
    ])
  })

  it('shows the support manager only the tickets of the support team, in every table', async () => {
    const answer = await report('support-manager', period)
    const westNames = [people['support-agent2'].name, `${mark} client west`]
    expect(tally(answer, 'byState', 'state')).toEqual({
      New: 1,
      'In progress': 1,
      Resolved: 1,
      Closed: 1,
      'Waiting for the client': 1,
    })
    expect(tally(answer, 'byType', 'type')).toEqual({ [`Reclamație ${mark}`]: 4, [`Cerere ${mark}`]: 1 })
    expect(Object.keys(tally(answer, 'byResponsible', 'responsible'))).not.toContain(westNames[0])
    expect(tally(answer, 'byClient', 'client')).toEqual({ [`${mark} client east`]: 3 })
    expect(answer.tables.weekly.rows.reduce((sum, r) => sum + Number(r.created), 0)).toBe(5)
    expect(answer.tables.weekly.rows.reduce((sum, r) => sum + Number(r.resolved), 0)).toBe(3)
    expect(answer.tables.slaBreaches.rows.find((r) => r.total)).toMatchObject({
      withDueDate: 2,
      resolvedLate: 0,
      openOverdue: 1,
      breaches: 1,
    })
    for (const name of westNames) expect(JSON.stringify(answer), String(name)).not.toContain(String(name))
    // Asking for the other team's tickets gives nothing, not them.
    const other = await report('support-manager', `${period}&team=${team['support-west']}`)
    expect(other.tables.byState.rows).toEqual([])
    expect(other.tables.resolution.rows).toEqual([
      { id: null, total: true, type: 'All types', resolved: 0, averageHours: null, p90Hours: null },
    ])
  })

  it('downloads a table as .xlsx with its header row and lines', async () => {
    const response = await rawGet(
      `tickets/reports?${period}&type=${typeA}&format=xlsx&table=byResponsible`,
      tokens.admin,
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="Tickets-by-responsible-\d{4}-02-01-\d{4}-03-31\.xlsx"$/,
    )
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await response.arrayBuffer())
    const sheet = workbook.worksheets[0]
    expect(sheet.name).toBe('Tickets by responsible')
    const values = (index: number) => (sheet.getRow(index).values as unknown[]).slice(1)
    expect(values(1)).toEqual(['Responsible', 'Tickets'])
    const lines = Array.from({ length: sheet.rowCount - 1 }, (_, i) => values(i + 2))
    expect(Object.fromEntries(lines)).toEqual({
      [people['support-agent'].name as string]: 2,
      [people['support-manager'].name as string]: 1,
      [people['support-agent2'].name as string]: 1,
      Unassigned: 1,
    })

    // The support manager's download obeys the same access.
    const managers = await rawGet(
      `tickets/reports?${period}&format=xlsx&table=byClient`,
      tokens['support-manager'],
      'ro',
    )
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(await managers.arrayBuffer())
    const rows = book.worksheets[0]
      .getSheetValues()
      .slice(1)
      .map((row) => (row as unknown[]).slice(1))
    expect(rows).toEqual([
      ['Client', 'Tichete'],
      [`${mark} client east`, 3],
    ])
  })

  describe('the /admin/reports view', () => {
    async function render(user: TypedUser | null) {
      const req = await createLocalReq({ user: user ?? undefined }, payload)
      if (!user) req.user = null
      const initPageResult = {
        req,
        locale: undefined,
        permissions: await getAccessResults({ req }),
        visibleEntities: { collections: [], globals: [] },
      }
      return ReportsView({
        initPageResult,
        params: {},
        searchParams: {},
        user: user ?? undefined,
      } as unknown as AdminViewServerProps)
    }
    // AdminFrame > the view's root > the tables (or the refusal).
    const content = (page: ReactElement) =>
      ((page.props as { children: ReactElement }).children.props as { children: ReactElement }).children

    it('sends a guest to the login page, back to the reports afterwards', async () => {
      await expect(render(null)).rejects.toMatchObject({
        digest: expect.stringContaining('/admin/login?redirect=%2Fadmin%2Freports'),
      })
    })

    it('gives a support manager the tables with the teams and types they may read; others a refusal', async () => {
      const tables = content(await render(people['support-manager']))
      const props = tables.props as {
        options: { teams: { id: number }[]; types: { id: number; label: string }[]; from: string; to: string }
      }
      expect(props.options.teams.map((t) => t.id)).toContain(team.support)
      expect(props.options.types.map((t) => t.id)).toEqual(expect.arrayContaining([typeA, typeB]))
      // The last 90 days, today included.
      expect((Date.parse(props.options.to) - Date.parse(props.options.from)) / 86_400_000).toBe(89)

      const refusal = content(await render(people.sales))
      expect((refusal.props as { children: string }).children).toMatch(/not allowed|nu aveți/i)
    })
  })
})
