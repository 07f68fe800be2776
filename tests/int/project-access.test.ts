import fs from 'node:fs'
import path from 'node:path'

import ExcelJS from 'exceljs'
import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '@/collections/admin/demoUsers'
import { evaluatePlanAlerts } from '@/collections/projects/plan-alerts'
import { instantAt } from '@/lib/timeZone'
import { down, up } from '../../migrations/20261129_230000_project_role_rows'
import { freshCui, uniqueMark } from '../helpers/crm'
import { PDF, rawGet, upload } from '../helpers/files'
import { type Answer, api, graphql, login } from '../helpers/http'
import { testPayload, userByEmail } from '../helpers/payload'

type Doc = Record<string, any>
/**
 * m1: member of P1 (analysis); m3: member of both (build), in a team m1 manages; m2: member of P2
 * only; exporter: member of P1 whose role may also export.
 */
type Who = 'pm' | 'm1' | 'm2' | 'm3' | 'exporter' | 'seller' | 'viewer' | 'other'
const message = (answer: Answer) => String(answer.body?.errors?.[0]?.message ?? '')
const ids = (docs: Doc[]) => docs.map((doc) => doc.id as number).sort((a, b) => a - b)

/**
 * Who reads and changes what of the projects (R2, R22): members read the whole plan of their
 * projects and only that, change only their own activities and see only their own time; sales read
 * their clients' projects; viewers read everything. The same answer in lists, single reads,
 * GraphQL, exports and the calendar; a project's documents follow the project.
 */
describe('project access', () => {
  let payload: Payload
  const token = {} as Record<Who, string>
  const user = {} as Record<Who, { id: number }>
  const plan = {} as Record<'p1' | 'p2', Record<string, Doc>>
  const project = {} as Record<'p1' | 'p2', number>

  const roleId = async (key: string) =>
    (await payload.find({ collection: 'roles', where: { key: { equals: key } }, limit: 1, depth: 0 })).docs[0]
      .id as number

  async function person(who: Who, role: number, team: number | null = null) {
    const email = `${uniqueMark(who).toLowerCase().replace(/\W+/g, '-')}@project-access.test`
    const made = await payload.create({
      collection: 'users',
      data: { name: `Access ${who}`, email, password: DEMO_PASSWORD, roles: [role], team } as never,
      depth: 0,
    })
    user[who] = { id: made.id as number }
    token[who] = await login(email)
  }

  const list = async (who: Who, slug: string, where: string) => {
    const answer = await api('GET', `${slug}?${where}&limit=100&depth=0`, { token: token[who] })
    expect(answer.status, message(answer)).toBe(200)
    return ids(answer.body.docs)
  }
  const inProjects = 'where[project][in]='
  const both = () => `${project.p1},${project.p2}`
  const planIds = (key: 'p1' | 'p2') => ids(Object.values(plan[key]))

  beforeAll(async () => {
    payload = await testPayload()
    const member = await roleId('project-member')
    const team = await payload.create({
      collection: 'teams',
      data: { key: uniqueMark('access-team'), name: uniqueMark('Access team') } as never,
    })
    await person('m1', member)
    await person('m2', member)
    await person('m3', member, team.id as number)
    await payload.update({ collection: 'teams', id: team.id, data: { managers: [user.m1.id] } as never })
    await person('seller', await roleId('sales'))
    await person('viewer', await roleId('viewer'))
    // A member who may also export: the same rows as the seeded role, as an administrator would make it.
    const seeded = await payload.findByID({ collection: 'roles', id: member, depth: 0 })
    const exporting = await payload.create({
      collection: 'roles',
      data: {
        key: uniqueMark('member-exporter'),
        name: 'Member who exports',
        functions: ['export'],
        permissions: (seeded.permissions ?? []).map(({ id: _id, ...row }: Doc) => row),
      } as never,
    })
    await person('exporter', exporting.id as number)
    token.pm = await login('project-manager@organizecrm.test')
    user.pm = (await userByEmail(payload, 'project-manager@organizecrm.test')) as never

    const role = async (value: string) =>
      (
        await payload.find({
          collection: 'nomenclators',
          where: { list: { equals: 'project-roles' }, value: { equals: value } },
          limit: 1,
          depth: 0,
        })
      ).docs[0].id as number
    const consultant = await role('consultant')
    const developer = await role('developer')
    const template = await api('POST', 'project-templates', {
      token: token.pm,
      body: {
        name: uniqueMark('Acces'),
        activities: [
          { key: 'a', title: 'Analysis', offset: 0, duration: 2, role: consultant },
          { key: 'b', title: 'Build', offset: 0, duration: 3, role: developer, predecessors: [{ activity: 'a' }] },
        ],
        deliverables: [{ name: 'Analysis report', activity: 'a', needsAcceptance: true }],
      },
    })
    expect(template.status, message(template)).toBe(201)
    const client = async (owner: number) =>
      (
        await payload.create({
          collection: 'clients',
          data: { name: uniqueMark('Client acces'), fiscalCode: freshCui(), owner } as never,
          depth: 0,
        })
      ).id as number
    const made = async (clientId: number, consultantUser: number, others: Doc[] = []) => {
      const answer = await api('POST', 'projects/from-template', {
        token: token.pm,
        body: {
          template: template.body.doc.id,
          start: '2031-03-03',
          client: clientId,
          name: uniqueMark('Proiect acces'),
          members: [
            { user: consultantUser, role: consultant, allocation: 50 },
            { user: user.m3.id, role: developer, allocation: 50 },
            ...others,
          ],
        },
      })
      expect(answer.status, message(answer)).toBe(201)
      return answer.body.doc.id as number
    }
    project.p1 = await made(await client(user.seller.id), user.m1.id, [{ user: user.exporter.id, allocation: 10 }])
    project.p2 = await made(await client(user.pm.id), user.m2.id)
    for (const key of ['p1', 'p2'] as const) {
      const { docs } = await payload.find({
        collection: 'project-activities',
        where: { project: { equals: project[key] } },
        depth: 0,
        pagination: false,
      })
      plan[key] = Object.fromEntries(docs.map((a) => [a.key, a as Doc]))
    }
  })

  it('gives the plan to the people the template names', () => {
    expect(plan.p1.a.responsible).toBe(user.m1.id)
    expect(plan.p1.b.responsible).toBe(user.m3.id)
    expect(plan.p2.a.responsible).toBe(user.m2.id)
  })

  it('lets a member read the whole plan of their project and nothing of another, in lists and single reads', async () => {
    expect(await list('m1', 'projects', `where[id][in]=${both()}`)).toEqual([project.p1])
    // The activity someone else carries out included: the whole plan.
    expect(await list('m1', 'project-activities', inProjects + both())).toEqual(planIds('p1'))
    expect(await list('m2', 'project-activities', inProjects + both())).toEqual(planIds('p2'))
    expect(await list('m3', 'project-activities', inProjects + both())).toEqual(
      [...planIds('p1'), ...planIds('p2')].sort((a, b) => a - b),
    )
    expect(await list('m1', 'project-deliverables', inProjects + both())).toHaveLength(1)
    expect((await api('GET', `project-activities/${plan.p1.b.id}`, { token: token.m1 })).status).toBe(200)
    expect((await api('GET', `project-activities/${plan.p2.b.id}`, { token: token.m1 })).status).toBe(404)
    expect((await api('GET', `projects/${project.p2}`, { token: token.m1 })).status).toBe(404)
  })

  it('answers GraphQL as the lists do', async () => {
    const { body } = await graphql(
      `
        query ($where: ProjectActivity_where) {
          ProjectActivities(where: $where, limit: 100) {
            docs {
              id
            }
          }
        }
      `,
      token.m1,
      { where: { OR: [{ project: { equals: project.p1 } }, { project: { equals: project.p2 } }] } },
    )
    expect(body.errors).toBeUndefined()
    expect(ids(body.data.ProjectActivities.docs)).toEqual(planIds('p1'))
    const single = await graphql(`query { ProjectActivity(id: ${plan.p2.a.id}) { id } }`, token.m1)
    expect(single.body.data?.ProjectActivity ?? null).toBeNull()
  })

  it('lets sales read their clients\u2019 projects with the plan, and viewers everything', async () => {
    expect(await list('seller', 'projects', `where[id][in]=${both()}`)).toEqual([project.p1])
    expect(await list('seller', 'project-activities', inProjects + both())).toEqual(planIds('p1'))
    expect((await api('GET', `projects/${project.p2}`, { token: token.seller })).status).toBe(404)
    expect(await list('viewer', 'projects', `where[id][in]=${both()}`)).toEqual([project.p1, project.p2])
    expect(await list('viewer', 'project-activities', inProjects + both())).toEqual(
      [...planIds('p1'), ...planIds('p2')].sort((a, b) => a - b),
    )
    // Reading is all they do.
    const change = await api('PATCH', `projects/${project.p1}`, { token: token.seller, body: { description: 'x' } })
    expect(change.status).toBe(403)
  })

  it('lets a member change their own activity but not a colleague\u2019s', async () => {
    const own = await api('PATCH', `project-activities/${plan.p1.a.id}?depth=0`, {
      token: token.m1,
      body: { percentComplete: 40 },
    })
    expect(own.status, message(own)).toBe(200)
    expect(own.body.doc.percentComplete).toBe(40)
    const colleague = await api('PATCH', `project-activities/${plan.p1.b.id}`, {
      token: token.m1,
      body: { percentComplete: 40 },
    })
    expect(colleague.status).toBe(403)
  })

  it('keeps time entries their person\u2019s own', async () => {
    const entry = (who: Who, activity: Doc) =>
      api('POST', 'time-entries?depth=0', {
        token: token[who],
        body: { activity: activity.id, date: '2031-03-03', hours: 2, person: user[who].id },
      })
    const mine = await entry('m1', plan.p1.a)
    expect(mine.status, message(mine)).toBe(201)
    const theirs = await entry('m3', plan.p1.b)
    expect(theirs.status, message(theirs)).toBe(201)
    // Not on an activity someone else carries out, even in their own project.
    expect((await entry('m1', plan.p1.b)).status).toBe(403)
    expect(await list('m1', 'time-entries', `where[project][equals]=${project.p1}`)).toEqual([mine.body.doc.id])
    expect((await api('GET', `time-entries/${theirs.body.doc.id}`, { token: token.m1 })).status).toBe(404)
    expect(await list('pm', 'time-entries', `where[project][equals]=${project.p1}`)).toEqual(
      ids([mine.body.doc, theirs.body.doc]),
    )
  })

  it('shows on a calendar only the plan its reader may read', async () => {
    // m1 manages m3's team: m3's calendar shows the work in the project they share, not the other.
    const answer = await api('GET', `calendar/events?from=2031-03-01&to=2031-03-31&user=${user.m3.id}`, {
      token: token.m1,
    })
    expect(answer.status, message(answer)).toBe(200)
    const shown = answer.body.events
      .filter((e: Doc) => e.collection === 'project-activities')
      .map((e: Doc) => e.recordId)
    expect(shown).toEqual([plan.p1.b.id])
  })

  it('exports the plan a member may read, with its columns in the reader\u2019s language', async () => {
    expect((await rawGet(`project-activities/export?${inProjects}${both()}`, token.m1)).status).toBe(403)
    const response = await rawGet(`project-activities/export?${inProjects}${both()}`, token.exporter, 'ro')
    expect(response.status).toBe(200)
    const sheet = await sheetOf(response)
    expect(sheet.headers).toEqual([
      'ID',
      'Titlu',
      'Proiect',
      'Fază',
      'Început planificat',
      'Sfârșit planificat',
      'Responsabil',
      'Stare',
    ])
    expect(sheet.rows.map((row) => row[0]).sort((a, b) => Number(a) - Number(b))).toEqual(planIds('p1'))
    const analysis = sheet.rows.find((row) => row[0] === plan.p1.a.id)!
    expect(analysis[1]).toBe('Analysis')
    expect((analysis[4] as Date).toISOString().slice(0, 10)).toBe('2031-03-03')
    expect(analysis[7]).toBe('Planificată')
  })

  it('exports projects and time entries for their managers, labelled in English or Romanian', async () => {
    const projects = await sheetOf(await rawGet(`projects/export?where[id][in]=${both()}`, token.pm, 'en'))
    expect(projects.headers).toEqual(
      expect.arrayContaining(['Number', 'Name', 'Client', 'Start date', 'Planned end', 'Project manager', 'Status']),
    )
    expect(projects.rows).toHaveLength(2)
    expect(projects.rows.every((row) => row[projects.headers.indexOf('Status')] === 'Planning')).toBe(true)
    const time = await sheetOf(await rawGet(`time-entries/export?where[project][equals]=${project.p1}`, token.pm, 'ro'))
    expect(time.headers).toEqual(['ID', 'Data', 'Persoană', 'Activitate', 'Proiect', 'Ore', 'Notă'])
    expect(time.rows).toHaveLength(2)
    const date = time.rows[0][1] as Date
    expect(date.toISOString().slice(0, 10)).toBe('2031-03-03')
    expect(time.rows.map((row) => row[3]).sort()).toEqual(['Analysis', 'Build'])
  })

  describe('project documents', () => {
    const send = (who: Who, projectId: number | undefined, name = `${uniqueMark('doc')}.pdf`) =>
      upload('project-documents', token[who], name, 'application/pdf', PDF, projectId ? { project: projectId } : {})

    it('are uploaded only under a project the caller may change', async () => {
      const made = await send('pm', project.p1)
      expect(made.status, JSON.stringify(made.body)).toBe(201)
      // A member reads the project but may not change it, nor any other.
      expect((await send('m1', project.p1)).status).toBe(403)
      expect((await send('m1', project.p2)).status).toBe(403)
      // Who may change projects is told when the one named does not exist.
      expect((await send('pm', 999999999)).status).toBe(404)
      expect((await send('pm', undefined)).status).toBe(400)
    })

    it('leave no file behind when their save fails, so the retry keeps its name', async () => {
      const dir = payload.collections['project-documents'].config.upload.staticDir as string
      const name = `${uniqueMark('caiet').toLowerCase().replace(/\W+/g, '-')}.pdf`
      // A description PostgreSQL cannot store (a NUL character): refused by the database after the file was written.
      const failed = await upload('project-documents', token.pm, name, 'application/pdf', PDF, {
        project: project.p1,
        description: 'a\u0000b',
      })
      expect(failed.status).toBeGreaterThanOrEqual(400)
      expect(fs.existsSync(path.join(dir, name))).toBe(false)
      const retried = await send('pm', project.p1, name)
      expect(retried.status).toBe(201)
      expect(retried.body.doc.filename).toBe(name)
    })

    it('are read with their project: its members and its client\u2019s salesperson, nobody else', async () => {
      const made = await send('pm', project.p1)
      expect(made.status).toBe(201)
      const { id, filename } = made.body.doc
      for (const who of ['m1', 'm3', 'seller', 'viewer'] as const) {
        expect((await api('GET', `project-documents/${id}`, { token: token[who] })).status, who).toBe(200)
        expect((await rawGet(`project-documents/file/${filename}`, token[who])).status, who).toBe(200)
      }
      expect((await api('GET', `project-documents/${id}`, { token: token.m2 })).status).toBe(404)
      expect((await rawGet(`project-documents/file/${filename}`, token.m2)).status).toBeGreaterThanOrEqual(403)
      // The project's Documents tab lists them for who reads the project.
      const page = await api('GET', `projects/${project.p1}?depth=0`, { token: token.m1 })
      expect(page.body.documents.docs.map((d: Doc | number) => (typeof d === 'object' ? d.id : d))).toContain(id)
      // Only whoever may change the project changes or removes its documents.
      const renamed = await api('PATCH', `project-documents/${id}`, { token: token.m1, body: { description: 'x' } })
      expect(renamed.status).toBe(403)
      const moved = await api('PATCH', `project-documents/${id}?depth=0`, {
        token: token.pm,
        body: { project: project.p2, description: 'Caiet de sarcini' },
      })
      expect(moved.status, message(moved)).toBe(200)
      expect(moved.body.doc.project).toBe(project.p1)
      expect((await api('DELETE', `project-documents/${id}`, { token: token.m1 })).status).toBe(403)
      expect((await api('DELETE', `project-documents/${id}`, { token: token.pm })).status).toBe(200)
    })
  })

  describe('plan alerts', () => {
    it('lets a salesperson of the client read the project\u2019s alerts and the events they fired; one of another client\u2019s does not', async () => {
      // Under way and evaluated a week and more into the plan: its activities have not started.
      for (const id of [project.p1, project.p2]) {
        for (const transition of ['approve', 'start']) {
          const step = await api('POST', `projects/${id}/transition`, { token: token.pm, body: { transition } })
          expect(step.status, message(step)).toBe(200)
        }
        await evaluatePlanAlerts(
          await createLocalReq({}, payload),
          instantAt('2031-03-12', '10:00', 'Europe/Bucharest'),
          id,
        )
      }
      const ofProject = async (slug: string, key: 'p1' | 'p2') =>
        ids(
          (
            await payload.find({
              collection: slug as 'alert-events',
              where: { project: { equals: project[key] } },
              pagination: false,
              depth: 0,
            })
          ).docs,
        )
      const alerts = await ofProject('project-alerts', 'p1')
      const events = await ofProject('alert-events', 'p1')
      expect(alerts.length).toBeGreaterThan(0)
      expect(events.length, 'the plan alerts fired').toBeGreaterThan(0)
      expect((await ofProject('alert-events', 'p2')).length).toBeGreaterThan(0)

      expect(await list('seller', 'project-alerts', inProjects + both())).toEqual(alerts)
      expect(await list('seller', 'alert-events', inProjects + both())).toEqual(events)
      expect((await api('GET', `project-alerts/${alerts[0]}`, { token: token.seller })).status).toBe(200)
      // The project's page, its Alerts tab.
      const page = await api('GET', `projects/${project.p1}?depth=0`, { token: token.seller })
      expect(page.status, message(page)).toBe(200)
      expect(page.body.alerts.docs.length).toBeGreaterThan(0)
      expect(page.body.alertEvents.docs.length).toBeGreaterThan(0)
      // Reading is all they do.
      const change = await api('PATCH', `project-alerts/${alerts[0]}`, { token: token.seller, body: { threshold: 9 } })
      expect(change.status).toBe(403)

      // A salesperson with a client of their own, not this one.
      const email = `${uniqueMark('other-seller').toLowerCase().replace(/\W+/g, '-')}@project-access.test`
      const other = await payload.create({
        collection: 'users',
        data: { name: 'Other seller', email, password: DEMO_PASSWORD, roles: [await roleId('sales')] } as never,
        depth: 0,
      })
      await payload.create({
        collection: 'clients',
        data: { name: uniqueMark('Alt client'), fiscalCode: freshCui(), owner: other.id } as never,
        depth: 0,
      })
      token.other = await login(email)
      expect(await list('other', 'project-alerts', inProjects + both())).toEqual([])
      expect(await list('other', 'alert-events', inProjects + both())).toEqual([])
      expect((await api('GET', `project-alerts/${alerts[0]}`, { token: token.other })).status).toBe(404)
      expect((await api('GET', `alert-events/${events[0]}`, { token: token.other })).status).toBe(404)
    })
  })

  it('brings an existing install\u2019s seeded rows to the new defaults once, keeping an administrator\u2019s edits', async () => {
    type Row = { collection: string; read: string }
    const roleOf = async (key: string) => payload.findByID({ collection: 'roles', id: await roleId(key), depth: 0 })
    const readOf = async (key: string, collection: string) =>
      ((await roleOf(key)).permissions as Row[]).find((row) => row.collection === collection)?.read
    const setRead = async (key: string, reads: Record<string, string>) => {
      const role = await roleOf(key)
      const rows = (role.permissions as Row[]).map((row) =>
        row.collection in reads ? { ...row, read: reads[row.collection] } : row,
      )
      await payload.update({ collection: 'roles', id: role.id, data: { permissions: rows } as never })
    }
    const seeded = { member: await roleOf('project-member') }
    expect(await readOf('project-member', 'project-activities')).toBe('related')
    try {
      // As an install seeded before: the old defaults, one of them since edited by an administrator.
      await setRead('project-member', { 'project-activities': 'own', 'project-deliverables': 'team' })
      const args = async () => ({ payload, req: await createLocalReq({}, payload) }) as never
      for (let run = 0; run < 2; run++) {
        await up(await args())
        expect(await readOf('project-member', 'project-activities')).toBe('related')
        expect(await readOf('project-member', 'project-deliverables')).toBe('team')
      }
      // The member reads the whole plan again.
      expect(await list('m1', 'project-activities', inProjects + both())).toEqual(planIds('p1'))
      await down(await args())
      expect(await readOf('project-member', 'project-activities')).toBe('own')
      expect(await readOf('project-member', 'project-deliverables')).toBe('team')
    } finally {
      for (const role of Object.values(seeded)) {
        await payload.update({ collection: 'roles', id: role.id, data: { permissions: role.permissions } as never })
      }
    }
  })
})

/** The first sheet of an export: its header row and its rows, as exceljs reads them. */
async function sheetOf(response: Response) {
  expect(response.status).toBe(200)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never)
  const sheet = workbook.worksheets[0]
  const values = (index: number) => (sheet.getRow(index).values as unknown[]).slice(1)
  const rows: unknown[][] = []
  for (let index = 2; index <= sheet.actualRowCount; index++) rows.push(values(index))
  return { headers: values(1) as string[], rows }
}
