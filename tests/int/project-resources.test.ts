import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freshCui, uniqueMark } from '../helpers/crm'
import { type Answer, api, login, rawApi } from '../helpers/http'
import { testPayload, userByEmail } from '../helpers/payload'

type Who = 'admin' | 'pm' | 'member' | 'sales'
const EMAIL: Record<Who, string> = {
  admin: 'admin@organizecrm.test',
  pm: 'project-manager@organizecrm.test',
  member: 'project-member@organizecrm.test',
  sales: 'sales@organizecrm.test',
}
type Doc = Record<string, any>
const message = (answer: Answer) => String(answer.body?.errors?.[0]?.message ?? '')
// Weeks of 3, 10 and 17 March 2031 (Mondays), far from the demo projects; the 12th (a Wednesday) is off.
const WEEK1 = '2031-03-03'
const WEEK2 = '2031-03-10'
const WEEK3 = '2031-03-17'
const HOLIDAY = '2031-03-12'
const stored = (day: string) => `${day}T12:00:00.000Z`

/**
 * The resources (R22): load per person and week from the activities they are responsible for and
 * their member allocations, over working days and holidays, limited to what the caller may read;
 * the over-allocation warning when assigning; who may see it; bad parameters.
 */
describe('project resources', () => {
  const token = {} as Record<Who, string>
  const user = {} as Record<Who, { id: number; team?: number }>
  const ids = {} as Record<'client' | 'first' | 'second' | 'hidden' | 'a1' | 'a2' | 'salesTeam', number>
  let timeBefore: Doc = {}

  const project = async (who: Who, body: Doc) => {
    const made = await api('POST', 'projects?depth=0', {
      token: token[who],
      body: { name: uniqueMark('Resurse'), client: ids.client, ...body },
    })
    expect(made.status, message(made)).toBe(201)
    return made.body.doc.id as number
  }
  const activity = (who: Who, body: Doc) =>
    api('POST', 'project-activities?depth=0', { token: token[who], body: { title: uniqueMark('Activitate'), ...body } })
  const resources = (who: Who, query: string) => api('GET', `project-resources?${query}`, { token: token[who] })
  const rowOf = (answer: Answer, person: number) =>
    (answer.body.people as Doc[]).find((p) => p.id === person) as Doc | undefined

  beforeAll(async () => {
    const payload = await testPayload()
    for (const who of Object.keys(EMAIL) as Who[]) {
      token[who] = await login(EMAIL[who])
      user[who] = (await userByEmail(payload, EMAIL[who])) as never
    }
    const salesManager = await userByEmail(payload, 'sales-manager@organizecrm.test')
    ids.salesTeam = Number((salesManager as Doc).team)
    const settings = (await payload.findGlobal({ slug: 'settings', depth: 0 })) as Doc
    timeBefore = settings.time
    await payload.updateGlobal({
      slug: 'settings',
      data: {
        time: {
          ...timeBefore,
          workStart: '09:00',
          workEnd: '17:00',
          holidays: [{ day: stored(HOLIDAY), name: 'Liber' }],
        },
      } as never,
    })
    const client = await api('POST', 'clients', {
      token: token.admin,
      body: { name: uniqueMark('Resurse SRL'), fiscalCode: freshCui() },
    })
    expect(client.status, message(client)).toBe(201)
    ids.client = client.body.doc.id

    // The member: 60 % on the first project for two weeks, 50 % on the second from the second week.
    ids.first = await project('pm', {
      manager: user.pm.id,
      startDate: stored(WEEK1),
      members: [{ user: user.member.id, allocation: 60, from: stored(WEEK1), to: stored('2031-03-16') }],
    })
    ids.second = await project('pm', {
      manager: user.pm.id,
      startDate: stored(WEEK2),
      members: [{ user: user.member.id, allocation: 50, from: stored(WEEK2), to: stored('2031-03-23') }],
    })
    // 40 h over 10 working days from Monday the 3rd, skipping the holiday: to Monday the 17th, 4 h a day.
    const a1 = await activity('pm', {
      project: ids.first,
      plannedStart: stored(WEEK1),
      duration: 10,
      plannedEffort: 40,
      responsible: user.member.id,
    })
    expect(a1.status, message(a1)).toBe(201)
    expect(a1.body.doc.plannedEnd.slice(0, 10)).toBe(WEEK3)
    ids.a1 = a1.body.doc.id
    // 24 h on the 10th and 11th.
    const a2 = await activity('pm', {
      project: ids.second,
      plannedStart: stored(WEEK2),
      duration: 2,
      plannedEffort: 24,
      responsible: user.member.id,
    })
    expect(a2.status, message(a2)).toBe(201)
    ids.a2 = a2.body.doc.id

    // A project of the sales team the project manager may not read: 40 h more for the member in week 1.
    ids.hidden = await project('admin', {
      manager: salesManager.id,
      startDate: stored(WEEK1),
      members: [{ user: user.member.id, allocation: 30, from: stored(WEEK1), to: stored('2031-03-07') }],
    })
    const hidden = await activity('admin', {
      project: ids.hidden,
      plannedStart: stored(WEEK1),
      duration: 5,
      plannedEffort: 40,
      responsible: user.member.id,
    })
    expect(hidden.status, message(hidden)).toBe(201)
  })

  afterAll(async () => {
    const payload = await testPayload()
    await payload.updateGlobal({ slug: 'settings', data: { time: timeBefore } as never })
  })

  it('computes load and allocation per week over working days and holidays, with the activities behind them', async () => {
    const answer = await resources('pm', `from=05.03.2031&weeks=3`)
    expect(answer.status, message(answer)).toBe(200)
    expect(answer.body.from).toBe(WEEK1)
    expect(answer.body.to).toBe('2031-03-23')
    expect(answer.body.weeks.map((w: Doc) => [w.start, w.workingDays, w.capacity])).toEqual([
      [WEEK1, 5, 40],
      [WEEK2, 4, 32],
      [WEEK3, 5, 40],
    ])
    const member = rowOf(answer, user.member.id)!
    expect(member).toBeTruthy()
    expect(member.name).toBeTruthy()
    // Week 1: 5 days × 4 h of A1 / 40 h; week 2 (holiday): 4 × 4 h of A1 + 24 h of A2 = 40 h / 32 h; week 3: 4 h.
    expect(member.cells.map((c: Doc) => [c.hours, c.load, c.allocation])).toEqual([
      [20, 50, 60],
      [40, 125, 110],
      [4, 10, 50],
    ])
    expect(member.cells.map((c: Doc) => c.over)).toEqual([false, true, false])
    expect(member.cells[1].overLoad).toBe(true)
    expect(member.cells[1].overAllocation).toBe(true)
    expect(member.over).toBe(true)
    expect(member.cells[0].activities).toEqual([ids.a1])
    expect([...member.cells[1].activities].sort()).toEqual([ids.a1, ids.a2].sort())
  })

  it('counts only what the caller may read', async () => {
    const admin = await resources('admin', `from=${WEEK1}&weeks=1`)
    expect(admin.status, message(admin)).toBe(200)
    const seen = rowOf(admin, user.member.id)!
    // The sales team's project adds 40 h and 30 % that only the administrator reads.
    expect([seen.cells[0].hours, seen.cells[0].load, seen.cells[0].allocation]).toEqual([60, 150, 90])
    expect(seen.cells[0].activities).toHaveLength(2)
    const pm = await resources('pm', `from=${WEEK1}&weeks=1`)
    expect(rowOf(pm, user.member.id)!.cells[0].hours).toBe(20)
  })

  it('filters by team, showing its idle people too', async () => {
    const team = Number(((await userByEmail(await testPayload(), EMAIL.member)) as Doc).team)
    const mine = await resources('pm', `from=${WEEK1}&weeks=3&team=${team}`)
    expect(mine.status, message(mine)).toBe(200)
    const people = (mine.body.people as Doc[]).map((p) => p.id)
    expect(people).toEqual(expect.arrayContaining([user.member.id, user.pm.id]))
    expect(rowOf(mine, user.pm.id)!.cells.every((c: Doc) => c.hours === 0 && !c.over)).toBe(true)
    const other = await resources('admin', `from=${WEEK1}&weeks=3&team=${ids.salesTeam}`)
    expect(rowOf(other, user.member.id)).toBeUndefined()
    expect((mine.body.teams as Doc[]).some((t) => t.id === team)).toBe(true)
  })

  it('warns when assigning an activity to someone over-allocated in its period, and only then', async () => {
    const over = await activity('pm', {
      project: ids.first,
      plannedStart: stored(WEEK2),
      duration: 1,
      plannedEffort: 8,
      responsible: user.member.id,
    })
    expect(over.status, message(over)).toBe(201)
    expect(over.body.doc.loadWarning?.person).toBe(user.member.id)
    expect(over.body.doc.loadWarning.weeks.map((w: Doc) => w.start)).toEqual([WEEK2])
    expect(over.body.doc.loadWarning.message).toContain('over-allocated')

    // Unassigned, then assigned to the member over REST: the update's answer warns too.
    const later = await activity('pm', {
      project: ids.first,
      plannedStart: stored(WEEK3),
      duration: 1,
      plannedEffort: 4,
    })
    expect(later.status, message(later)).toBe(201)
    expect(later.body.doc.loadWarning).toBeUndefined()
    const free = await api('PATCH', `project-activities/${later.body.doc.id}?depth=0`, {
      token: token.pm,
      body: { responsible: user.member.id },
    })
    expect(free.status, message(free)).toBe(200)
    // Week 3: 8 h of 40, 50 % allocated: nothing to say.
    expect(free.body.doc.loadWarning).toBeUndefined()
    const moved = await api('PATCH', `project-activities/${later.body.doc.id}?depth=0`, {
      token: token.pm,
      body: { plannedStart: stored(WEEK2) },
    })
    expect(moved.status, message(moved)).toBe(200)
    expect(moved.body.doc.loadWarning?.weeks.map((w: Doc) => w.start)).toEqual([WEEK2])
  })

  it('is refused to those who do not read projects widely', async () => {
    const sales = await resources('sales', `from=${WEEK1}`)
    expect(sales.status).toBe(403)
    expect(message(sales)).toContain('project managers')
    expect((await resources('member', `from=${WEEK1}`)).status).toBe(403)
    expect((await api('GET', `project-resources?from=${WEEK1}`)).status).toBe(401)
  })

  it('answers bad parameters with 400 and a readable message in the caller\u2019s language', async () => {
    for (const query of [
      'from=31.02.2031',
      'from=tomorrow',
      'weeks=0',
      'weeks=54',
      'weeks=two',
      'team=abc',
      'person=-1',
    ]) {
      const answer = await resources('pm', query)
      expect(answer.status, query).toBe(400)
      expect(message(answer).length).toBeGreaterThan(10)
    }
    const reversed = await resources('pm', `from=${WEEK2}&to=${WEEK1}`)
    expect(reversed.status).toBe(400)
    expect(message(reversed)).toContain('reversed')
    const ro = await rawApi('GET', 'project-resources?weeks=0', { token: token.pm, language: 'ro' })
    expect(ro.status).toBe(400)
    expect(String(ro.body?.errors?.[0]?.message)).toContain('săptămâni')
  })
})
