import ExcelJS from 'exceljs'
import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { flagOverdueTickets } from '@/collections/support/tickets/overdue'
import { dayIn, timeIn } from '@/lib/timeZone'
import { TICKET_SYSTEM_UPDATE } from '@/collections/support/tickets/defaults'
import { uniqueMark } from '../helpers/crm'
import config from '../helpers/config'
import { api, graphql, login } from '../helpers/http'
import { clearCapturedMail, mailTo } from '../helpers/mail'
import { testPayload, userByEmail } from '../helpers/payload'

const rest = { GET: REST_GET(config), POST: REST_POST(config) }

const step = (collection: string, id: number, token: string, transition: string, comment?: string) =>
  api('POST', `${collection}/${id}/transition`, { token, body: { transition, ...(comment ? { comment } : {}) } })

/** A raw GET through the app's REST handler (binary answers: files, spreadsheets). */
async function rawGet(path: string, token: string) {
  const request = new Request(`http://localhost:3000/api/${path}`, {
    headers: { authorization: `JWT ${token}`, 'accept-language': 'en' },
  })
  return rest.GET(request, { params: Promise.resolve({ slug: path.split('?')[0].split('/') }) })
}

/** Uploads a file to ticket-files as the admin panel does (multipart, `_payload` holding the fields). */
async function upload(token: string, name: string, type: string, bytes: Uint8Array<ArrayBuffer>) {
  const form = new FormData()
  form.append('file', new Blob([bytes], { type }), name)
  form.append('_payload', JSON.stringify({ description: name }))
  const request = new Request('http://localhost:3000/api/ticket-files', {
    method: 'POST',
    headers: { authorization: `JWT ${token}`, 'accept-language': 'en' },
    body: form,
  })
  const response = await rest.POST(request, { params: Promise.resolve({ slug: ['ticket-files'] }) })
  return { status: response.status, body: await response.json() }
}

const PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<< /Type /Catalog >>endobj\nxref\n0 1\n0000000000 65535 f \ntrailer<< /Root 1 0 R >>\nstartxref\n9\n%%EOF\n',
)

/** The support module (R24–R28): tickets under the complaint flow, by role, through HTTP. */
describe('support tickets', () => {
  let agent: string
  let agent2: string
  let manager: string
  let sales: string
  let admin: string
  let typeId: number
  let otherTypeId: number
  let rootCause: string
  let teamSupport: number
  const mark = uniqueMark('Tichet')

  beforeAll(async () => {
    const payload = await testPayload()
    ;[agent, agent2, manager, sales, admin] = await Promise.all(
      ['support-agent', 'support-agent2', 'support-manager', 'sales', 'admin'].map((who) =>
        login(`${who}@organizecrm.test`),
      ),
    )
    teamSupport = (await payload.find({ collection: 'teams', where: { key: { equals: 'support' } }, depth: 0 })).docs[0]
      .id
    const type = await api('POST', 'ticket-types', {
      token: manager,
      body: {
        name: `Reclamație ${mark}`,
        defaultTeam: teamSupport,
        sla: { firstResponseHours: 4, resolutionHours: 16 },
      },
    })
    expect(type.status, JSON.stringify(type.body)).toBe(201)
    typeId = type.body.doc.id
    // A type without a default team: its tickets go to the reporter's team.
    otherTypeId = (await api('POST', 'ticket-types', { token: manager, body: { name: `Cerere ${mark}` } })).body.doc.id
    // Resolving a ticket of the first type needs its root cause, a custom field of the type.
    rootCause = `rootCause${Date.now().toString(36)}`
    await payload.create({
      collection: 'custom-fields',
      data: {
        key: rootCause,
        label: 'Cauza principală',
        type: 'text',
        usage: 'requiredFromState',
        requiredFromState: 'resolved',
        targetCollection: 'tickets',
        discriminator: String(typeId),
      },
    })
  })

  const newTicket = async (token: string, extra: Record<string, unknown> = {}) => {
    const made = await api('POST', 'tickets?depth=0', {
      token,
      body: { title: `${mark} ${uniqueMark('t')}`, type: typeId, ...extra },
    })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    return made.body.doc as Record<string, any>
  }

  it('numbers tickets TK-000123 from the database, unique under 20 simultaneous creations', async () => {
    const made = await Promise.all(
      Array.from({ length: 20 }, () =>
        api('POST', 'tickets?depth=0', { token: agent, body: { title: `${mark} parallel`, type: typeId } }),
      ),
    )
    expect(made.map((m) => m.status)).toEqual(Array(20).fill(201))
    const numbers = made.map((m) => m.body.doc.number as string)
    expect(new Set(numbers).size).toBe(20)
    for (const number of numbers) expect(number).toMatch(/^TK-\d{6}$/)
  })

  it('fills reporter, team, priority and the service-level due dates in working hours; clients cannot set them', async () => {
    const payload = await testPayload()
    const agentUser = await userByEmail(payload, 'support-agent@organizecrm.test')
    const ticket = await newTicket(agent, { dueDate: '2030-01-01T00:00:00.000Z', reporter: 1, number: 'TK-X' })
    expect(ticket.reporter).toBe(agentUser.id)
    expect(ticket.team).toBe(teamSupport)
    expect(ticket.number).not.toBe('TK-X')
    expect(ticket.status).toBe('new')
    const created = new Date(ticket.createdAt).getTime()
    const due = new Date(ticket.dueDate).getTime()
    // 16 working hours are at least two working days later, never more than a week with a weekend.
    expect(due - created).toBeGreaterThan(16 * 3600_000)
    expect(due - created).toBeLessThan(7 * 24 * 3600_000)
    expect(new Date(ticket.responseDue).getTime()).toBeLessThan(due)
  })

  it('runs the complaint flow by role, with notifications and emails for each step', async () => {
    const payload = await testPayload()
    const [agentUser, salesUser] = await Promise.all([
      userByEmail(payload, 'support-agent@organizecrm.test'),
      userByEmail(payload, 'sales@organizecrm.test'),
    ])
    clearCapturedMail()
    // A salesperson enters a complaint for a client and watches it; the support manager hears of it.
    const ticket = await newTicket(sales, { watchers: [salesUser.id] })
    const id = ticket.id as number
    const told = async (email: string, kind: string) => {
      const user = await userByEmail(payload, email)
      return (
        await payload.count({
          collection: 'notifications',
          where: {
            recipient: { equals: user.id },
            kind: { equals: kind },
            'link.collection': { equals: 'tickets' },
            'link.documentId': { equals: String(id) },
          },
        })
      ).totalDocs
    }
    const notices = async (email: string) => {
      const user = await userByEmail(payload, email)
      const where = {
        recipient: { equals: user.id },
        'link.collection': { equals: 'tickets' },
        'link.documentId': { equals: String(id) },
      }
      return (await payload.count({ collection: 'notifications', where })).totalDocs
    }
    expect(await notices('support-manager@organizecrm.test')).toBe(1)

    // Only a support manager assigns, and only with a responsible person.
    expect((await step('tickets', id, agent, 'assign')).status).toBe(403)
    const noOne = await step('tickets', id, manager, 'assign')
    expect(noOne.status).toBe(400)
    expect(noOne.body.errors[0].message).toMatch(/responsible/)
    expect(
      (await api('POST', `tickets/${id}/assign`, { token: agent, body: { responsible: agentUser.id } })).status,
    ).toBe(403)
    // Each person reads the step in their own language, in words: the sales watcher reads English.
    await payload.update({ collection: 'users', id: salesUser.id, data: { language: 'en' } })
    const assigned = await api('POST', `tickets/${id}/assign`, { token: manager, body: { responsible: agentUser.id } })
    await payload.update({ collection: 'users', id: salesUser.id, data: { language: salesUser.language } })
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(200)
    expect(assigned.body.doc).toMatchObject({ status: 'assigned', responsible: agentUser.id })
    expect(await notices('support-agent@organizecrm.test')).toBeGreaterThanOrEqual(1)
    expect(await notices('sales@organizecrm.test')).toBe(1)
    const lastTold = async (user: { id: number | string }) =>
      (
        await payload.find({
          collection: 'notifications',
          where: { recipient: { equals: user.id }, kind: { equals: 'workflow.tickets' } },
          sort: '-createdAt',
          limit: 1,
          depth: 0,
        })
      ).docs[0]
    expect(await lastTold(salesUser)).toMatchObject({
      title: `Assign: ${ticket.title}`,
      body: expect.stringContaining('moved it from "New" to "Assigned"'),
    })
    expect(await lastTold(agentUser)).toMatchObject({
      title: `Alocă: ${ticket.title}`,
      body: expect.stringContaining('a mutat-o din „Nou” în „Alocat”'),
    })

    // A plain update cannot jump states; only the responsible starts work; another team sees nothing.
    expect((await api('PATCH', `tickets/${id}`, { token: agent, body: { status: 'resolved' } })).status).toBe(409)
    expect((await step('tickets', id, manager, 'start')).status).toBe(403)
    expect((await step('tickets', id, agent2, 'start')).status).toBe(404)
    const started = await step('tickets', id, agent, 'start')
    expect(started.status).toBe(200)
    expect(started.body.doc.firstResponseAt).toBeTruthy()

    // An action inside the ticket: the responsible marks it done, a support manager validates it.
    const action = await api('POST', 'ticket-actions', {
      token: agent,
      body: { ticket: id, title: 'Analiza jurnalelor', minutesSpent: 45 },
    })
    expect(action.status, JSON.stringify(action.body)).toBe(201)
    const actionId = action.body.doc.id
    const blocked = await step('tickets', id, agent, 'resolve')
    expect(blocked.status).toBe(400)
    expect(blocked.body.errors[0].message).toMatch(/ticket-actions/)
    expect((await step('ticket-actions', actionId, agent, 'complete')).status).toBe(400)
    expect(
      (
        await api('PATCH', `ticket-actions/${actionId}`, {
          token: agent,
          body: { result: 'Cauza găsită: certificat expirat' },
        })
      ).status,
    ).toBe(200)
    expect((await step('ticket-actions', actionId, manager, 'complete')).status).toBe(403)
    expect((await step('ticket-actions', actionId, agent, 'complete')).status).toBe(200)
    expect((await step('ticket-actions', actionId, agent, 'validate')).status).toBe(403)
    const validated = await step('ticket-actions', actionId, manager, 'validate')
    expect(validated.status).toBe(200)
    expect(validated.body.doc.status).toBe('validated')

    // The type's required custom field blocks resolution until it is filled.
    const missing = await step('tickets', id, agent, 'resolve')
    expect(missing.status).toBe(400)
    expect(missing.body.errors[0].message).toMatch(/Cauza principală/)
    expect(
      (
        await api('PATCH', `tickets/${id}`, {
          token: agent,
          body: { customFields: { [rootCause]: 'Certificat expirat' } },
        })
      ).status,
    ).toBe(200)
    const resolved = await step('tickets', id, agent, 'resolve')
    expect(resolved.status, JSON.stringify(resolved.body)).toBe(200)
    expect(resolved.body.doc.resolvedAt).toBeTruthy()
    expect(
      (await api('POST', 'ticket-actions', { token: agent, body: { ticket: id, title: 'Prea târziu' } })).status,
    ).toBe(409)

    // The reporter closes; a closed ticket cannot be edited, only reopened (with a comment).
    expect((await step('tickets', id, agent, 'close-as-reporter')).status).toBe(403)
    const closed = await step('tickets', id, sales, 'close-as-reporter')
    expect(closed.status).toBe(200)
    expect(closed.body.doc.closedAt).toBeTruthy()
    const edit = await api('PATCH', `tickets/${id}`, { token: manager, body: { title: 'Schimbat' } })
    expect(edit.status).toBe(400)
    expect(edit.body.errors[0].message).toMatch(/: Title/)
    expect((await step('tickets', id, sales, 'reopen-as-reporter')).status).toBe(400)
    expect((await step('tickets', id, sales, 'reopen-as-reporter', 'Problema a reapărut')).status).toBe(200)

    // Every step told the reporter and watcher (sales, once per step despite being both; not for
    // the two steps sales took), and the responsible; the emails went out through the jobs queue.
    expect(await told('sales@organizecrm.test', 'workflow.tickets')).toBe(3)
    await payload.jobs.run({ queue: 'default', limit: 1000 })
    expect(mailTo('sales@organizecrm.test').some((m) => m.subject.includes(ticket.title))).toBe(true)
    expect(mailTo('support-agent@organizecrm.test').length).toBeGreaterThan(0)
  })

  it('allows reopening only within the days set in the settings after resolution', async () => {
    const payload = await testPayload()
    const agentUser = await userByEmail(payload, 'support-agent@organizecrm.test')
    const ticket = await newTicket(agent)
    // Resolved three weeks ago (the window is 14 days by default).
    await payload.update({
      collection: 'tickets',
      id: ticket.id,
      data: {
        status: 'resolved',
        statusCategory: 'done',
        responsible: agentUser.id,
        customFields: { [rootCause]: 'Configurare' },
      },
      context: {
        'organizecrm:workflow:pending': { collection: 'tickets', id: String(ticket.id), transition: 'resolve' },
      },
    })
    await payload.update({
      collection: 'tickets',
      id: ticket.id,
      data: { resolvedAt: new Date(Date.now() - 21 * 86_400_000).toISOString() },
      context: { [TICKET_SYSTEM_UPDATE]: true },
    })
    const late = await step('tickets', ticket.id, agent, 'reopen-as-reporter', 'Tot nu merge')
    expect(late.status).toBe(400)
    expect(late.body.errors[0].message).toMatch(/14 days/)
    expect((await step('tickets', ticket.id, manager, 'close')).status).toBe(200)
  })

  it('keeps each team to its own tickets in lists, GraphQL and single reads', async () => {
    const ours = await newTicket(agent, { type: otherTypeId })
    const theirs = await newTicket(agent2, { type: otherTypeId })
    expect(theirs.team).not.toBe(ours.team)
    const list = await api('GET', `tickets?limit=200&depth=0&where[title][like]=${encodeURIComponent(mark)}`, {
      token: agent,
    })
    const ids = list.body.docs.map((d: { id: number }) => d.id)
    expect(ids).toContain(ours.id)
    expect(ids).not.toContain(theirs.id)
    expect((await api('GET', `tickets/${theirs.id}`, { token: agent })).status).toBe(404)
    const query = await graphql(
      `{ Tickets(limit: 500, where: { title: { like: "${mark}" } }) { docs { id team { id } } } }`,
      agent,
    )
    const seen = query.body.data.Tickets.docs.map((d: { id: number }) => d.id)
    expect(seen).toContain(ours.id)
    expect(seen).not.toContain(theirs.id)
    // The manager of the support team sees their team only; the administrator both.
    const managerList = await api('GET', `tickets?limit=500&depth=0&where[title][like]=${encodeURIComponent(mark)}`, {
      token: manager,
    })
    expect(managerList.body.docs.map((d: { id: number }) => d.id)).not.toContain(theirs.id)
    const adminList = await api('GET', `tickets?limit=500&depth=0&where[title][like]=${encodeURIComponent(mark)}`, {
      token: admin,
    })
    expect(adminList.body.docs.map((d: { id: number }) => d.id)).toEqual(expect.arrayContaining([ours.id, theirs.id]))
  })

  it('lists a client\u2019s tickets on the client page, each reader seeing only the tickets they may read', async () => {
    const payload = await testPayload()
    const client = (await payload.find({ collection: 'clients', limit: 1, depth: 0, sort: 'id' })).docs[0]
    const ours = await newTicket(agent, { type: otherTypeId, client: client.id })
    const theirs = await newTicket(agent2, { type: otherTypeId, client: client.id })
    const page = await api('GET', `clients/${client.id}?depth=0&joins[tickets][limit]=500`, { token: manager })
    expect(page.status).toBe(200)
    const listed = page.body.tickets.docs.map((d: number | { id: number }) => (typeof d === 'object' ? d.id : d))
    expect(listed).toContain(ours.id)
    expect(listed).not.toContain(theirs.id)
  })

  it('takes attachments of the allowed types up to the size limit, readable only with the ticket', async () => {
    const payload = await testPayload()
    const pdf = await upload(agent, 'raport.pdf', 'application/pdf', PDF)
    expect(pdf.status, JSON.stringify(pdf.body)).toBe(201)
    const exe = await upload(agent, 'setup.exe', 'application/x-msdownload', new Uint8Array([77, 90, 0, 0]))
    expect(exe.status).toBe(400)
    expect(exe.body.errors[0].message).toMatch(/setup\.exe.*PDF, images, Office documents, text or zip/)
    const adminUser = await userByEmail(payload, 'admin@organizecrm.test')
    const asAdmin = { user: adminUser, overrideAccess: false } as const
    await payload.updateGlobal({
      slug: 'settings',
      data: { support: { maxUploadMb: 1, reopenWithinDays: 14 } },
      ...asAdmin,
    })
    try {
      const big = await upload(agent, 'mare.txt', 'text/plain', new Uint8Array(1_300_000).fill(65))
      expect(big.status).toBe(400)
      expect(big.body.errors[0].message).toMatch(/1\.2 MB.*at most 1 MB/)
    } finally {
      await payload.updateGlobal({
        slug: 'settings',
        data: { support: { maxUploadMb: 10, reopenWithinDays: 14 } },
        ...asAdmin,
      })
    }

    const ticket = await newTicket(agent, { attachments: [pdf.body.doc.id] })
    const file = await payload.findByID({ collection: 'ticket-files', id: pdf.body.doc.id, depth: 0 })
    expect(file.ticket).toBe(ticket.id)
    expect((await api('GET', `ticket-files/${file.id}`, { token: manager })).status).toBe(200)
    expect((await api('GET', `ticket-files/${file.id}`, { token: agent2 })).status).toBe(404)
    const served = await rawGet(`ticket-files/file/${file.filename}`, manager)
    expect(served.status).toBe(200)
    expect(
      Buffer.from(await served.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
    expect((await rawGet(`ticket-files/file/${file.filename}`, agent2)).status).toBe(403)
  })

  it('exports exactly the tickets the caller may read to Excel, custom fields as columns, for roles with the export function', async () => {
    await newTicket(agent2, { type: otherTypeId })
    expect((await rawGet('tickets/export', agent)).status).toBe(403)
    const response = await rawGet(`tickets/export?where[title][like]=${encodeURIComponent(mark)}`, manager)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/spreadsheetml/)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never)
    const sheet = workbook.worksheets[0]
    const header = (sheet.getRow(1).values as unknown[]).slice(1)
    expect(header).toEqual(expect.arrayContaining(['Number', 'Title', 'Cauza principală']))
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(sheet.autoFilter).toBeTruthy()
    const readable = await api('GET', `tickets?limit=1000&depth=0&where[title][like]=${encodeURIComponent(mark)}`, {
      token: manager,
    })
    const numberColumn = header.indexOf('Number') + 1
    const exported = []
    for (let row = 2; row <= sheet.rowCount; row++) exported.push(sheet.getRow(row).getCell(numberColumn).value)
    expect(exported.sort()).toEqual(readable.body.docs.map((d: { number: string }) => d.number).sort())
    // Dates are the wall time of the settings' time zone, as Excel dates (Excel knows no zones).
    const dueColumn = header.indexOf('Due (service level)') + 1
    const first = readable.body.docs.find(
      (d: { number: string }) => d.number === sheet.getRow(2).getCell(numberColumn).value,
    )
    const zone =
      (await (await testPayload()).findGlobal({ slug: 'settings', depth: 0 })).time?.timeZone || 'Europe/Bucharest'
    const due = sheet.getRow(2).getCell(dueColumn)
    expect((due.value as Date).toISOString().slice(0, 16)).toBe(
      `${dayIn(first.dueDate, zone)}T${timeIn(first.dueDate, zone)}`,
    )
    expect(due.numFmt).toBe('dd.mm.yyyy hh:mm')

    // Ticket actions export the same way, with their own columns.
    const actions = await rawGet('ticket-actions/export?columns=title,ticket,status,doneAt', manager)
    expect(actions.status).toBe(200)
    const actionBook = new ExcelJS.Workbook()
    await actionBook.xlsx.load(Buffer.from(await actions.arrayBuffer()) as never)
    expect((actionBook.worksheets[0].getRow(1).values as unknown[]).slice(1)).toEqual([
      'Title',
      'Ticket',
      'Status',
      'Done at',
    ])

    const chosen = await rawGet(
      `tickets/export?columns=number,nonsense&where[title][like]=${encodeURIComponent(mark)}`,
      manager,
    )
    expect(chosen.status).toBe(400)
    expect((await chosen.json()).errors[0].message).toMatch(/nonsense/)
  })

  it('flags tickets past their due date once and tells the responsible and the team manager', async () => {
    const payload = await testPayload()
    const agentUser = await userByEmail(payload, 'support-agent@organizecrm.test')
    const ticket = await newTicket(agent)
    await payload.update({
      collection: 'tickets',
      id: ticket.id,
      data: { responsible: agentUser.id, dueDate: new Date(Date.now() - 3600_000).toISOString() },
      context: { [TICKET_SYSTEM_UPDATE]: true },
    })
    const overdueNotices = async () =>
      (
        await payload.count({
          collection: 'notifications',
          where: {
            kind: { equals: 'tickets.overdue' },
            'link.collection': { equals: 'tickets' },
            'link.documentId': { equals: String(ticket.id) },
          },
        })
      ).totalDocs
    const first = await flagOverdueTickets(await createLocalReq({}, payload))
    expect(first.flagged).toBeGreaterThanOrEqual(1)
    expect((await payload.findByID({ collection: 'tickets', id: ticket.id, depth: 0 })).overdue).toBe(true)
    expect(await overdueNotices()).toBe(2)
    await flagOverdueTickets(await createLocalReq({}, payload))
    expect(await overdueNotices()).toBe(2)
  })
})
