import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { timesheetNavLink } from '@/collections/projects/time-entries/timesheet'
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
// ISO week 11 of 2037: Monday 9 to Sunday 15 March, far from every other test's dates; the 11th is a holiday.
const WEEK = '2037-W11'
const MONDAY = '2037-03-09'
const DAYS = ['2037-03-09', '2037-03-10', '2037-03-11', '2037-03-12', '2037-03-13', '2037-03-14', '2037-03-15']
const HOLIDAY = '2037-03-11'
const stored = (day: string) => `${day}T12:00:00.000Z`

/**
 * The weekly timesheet (R22): one person's week of time, activities × days, read in one request
 * with the caller's access; the cells changed through the time entries' REST API as the page does.
 */
describe('project timesheet', () => {
  const token = {} as Record<Who, string>
  const user = {} as Record<Who, { id: number }>
  const ids = {} as Record<'client' | 'project' | 'hidden' | 'a1' | 'a2' | 'a3' | 'a4' | 'a5' | 'h1', number>
  let timeBefore: Doc = {}

  const activity = async (who: Who, body: Doc) => {
    const made = await api('POST', 'project-activities?depth=0', {
      token: token[who],
      body: { title: uniqueMark('Pontaj'), plannedStart: stored(MONDAY), duration: 5, plannedEffort: 40, ...body },
    })
    expect(made.status, message(made)).toBe(201)
    return made.body.doc.id as number
  }
  const enter = async (who: Who, activityId: number, day: string, hours: number) => {
    const made = await api('POST', 'time-entries?depth=0', {
      token: token[who],
      body: { activity: activityId, date: stored(day), hours, person: user[who].id },
    })
    expect(made.status, message(made)).toBe(201)
    return made.body.doc.id as number
  }
  const step = async (who: Who, id: number, transition: string) => {
    const answer = await api('POST', `project-activities/${id}/transition`, { token: token[who], body: { transition } })
    expect(answer.status, message(answer)).toBe(200)
  }
  const sheet = (who: Who, query: string) => api('GET', `time-entries/timesheet?${query}`, { token: token[who] })
  const rowOf = (answer: Answer, activityId: number) =>
    (answer.body.rows as Doc[]).find((row) => row.activity.id === activityId) as Doc | undefined
  const hoursOf = (row: Doc | undefined) => row?.cells.map((cell: Doc) => cell.hours)

  beforeAll(async () => {
    const payload = await testPayload()
    for (const who of Object.keys(EMAIL) as Who[]) {
      token[who] = await login(EMAIL[who])
      user[who] = (await userByEmail(payload, EMAIL[who])) as never
    }
    const salesManager = await userByEmail(payload, 'sales-manager@organizecrm.test')
    const settings = (await payload.findGlobal({ slug: 'settings', depth: 0 })) as Doc
    timeBefore = settings.time
    await payload.updateGlobal({
      slug: 'settings',
      data: { time: { ...timeBefore, holidays: [{ day: stored(HOLIDAY), name: 'Sărbătoare de test' }] } } as never,
    })
    const client = await api('POST', 'clients', {
      token: token.admin,
      body: { name: uniqueMark('Pontaj SRL'), fiscalCode: freshCui() },
    })
    expect(client.status, message(client)).toBe(201)
    ids.client = client.body.doc.id

    const project = await api('POST', 'projects?depth=0', {
      token: token.pm,
      body: {
        name: uniqueMark('Pontaj'),
        client: ids.client,
        manager: user.pm.id,
        startDate: stored(MONDAY),
        members: [{ user: user.member.id, allocation: 100 }],
      },
    })
    expect(project.status, message(project)).toBe(201)
    ids.project = project.body.doc.id
    // The member carries out a1, helps on a2, has nothing to do with a3; a4 and a5 are theirs and get validated.
    ids.a1 = await activity('pm', { project: ids.project, responsible: user.member.id })
    ids.a2 = await activity('pm', { project: ids.project, responsible: user.pm.id, assignees: [user.member.id] })
    ids.a3 = await activity('pm', { project: ids.project, responsible: user.pm.id })
    ids.a4 = await activity('pm', { project: ids.project, responsible: user.member.id })
    ids.a5 = await activity('pm', { project: ids.project, responsible: user.member.id })
    // A project of the sales team the project manager may not read, where the member also works.
    const hidden = await api('POST', 'projects?depth=0', {
      token: token.admin,
      body: {
        name: uniqueMark('Pontaj ascuns'),
        client: ids.client,
        manager: salesManager.id,
        startDate: stored(MONDAY),
        members: [{ user: user.member.id, allocation: 20 }],
      },
    })
    expect(hidden.status, message(hidden)).toBe(201)
    ids.hidden = hidden.body.doc.id
    ids.h1 = await activity('admin', { project: ids.hidden, responsible: user.member.id })

    await enter('member', ids.a1, DAYS[0], 3)
    await enter('member', ids.a1, HOLIDAY, 1)
    await enter('member', ids.a1, HOLIDAY, 1.5)
    // The Sunday before and the Monday after: other weeks.
    await enter('member', ids.a1, '2037-03-08', 2)
    await enter('member', ids.a1, '2037-03-16', 4)
    await enter('member', ids.a2, DAYS[3], 4)
    await enter('member', ids.a4, DAYS[0], 1)
    await enter('member', ids.h1, DAYS[1], 2)
    await enter('pm', ids.a3, DAYS[0], 5)
    for (const id of [ids.a4, ids.a5]) {
      await step('member', id, 'start')
      await step('member', id, 'finish')
      await step('pm', id, 'validate')
    }
  })

  afterAll(async () => {
    const payload = await testPayload()
    await payload.updateGlobal({ slug: 'settings', data: { time: timeBefore } as never })
  })

  it('gives a member their own week: their activities, the sums per day, the totals', async () => {
    const answer = await sheet('member', `week=${WEEK}`)
    expect(answer.status, message(answer)).toBe(200)
    const { body } = answer
    expect(body).toMatchObject({
      person: { id: user.member.id },
      me: user.member.id,
      week: WEEK,
      from: MONDAY,
      to: '2037-03-15',
      previous: '2037-03-02',
      next: '2037-03-16',
      editable: true,
    })
    expect(body.people.map((p: Doc) => p.id)).toEqual([user.member.id])
    expect(body.days.map((d: Doc) => d.day)).toEqual(DAYS)
    expect(body.days.map((d: Doc) => d.weekend)).toEqual([false, false, false, false, false, true, true])
    expect(body.days.map((d: Doc) => d.working)).toEqual([true, true, false, true, true, false, false])
    expect(body.days[2].holiday).toBe('Sărbătoare de test')

    // Their open activity, the one they help on, the validated one with time this week, the other team's project.
    const mine = [ids.a1, ids.a2, ids.a4, ids.h1]
    const shown = (body.rows as Doc[]).map((row) => row.activity.id)
    expect(shown).toEqual(expect.arrayContaining(mine))
    // Not the manager's activity, not the validated one without time.
    expect(shown).not.toContain(ids.a3)
    expect(shown).not.toContain(ids.a5)
    expect(hoursOf(rowOf(answer, ids.a1))).toEqual([3, 0, 2.5, 0, 0, 0, 0])
    expect(rowOf(answer, ids.a1)!.cells[2].entries).toHaveLength(2)
    expect(rowOf(answer, ids.a1)!.cells[0].entries).toHaveLength(1)
    expect(rowOf(answer, ids.a1)!.total).toBe(5.5)
    expect(rowOf(answer, ids.a1)).toMatchObject({ assigned: true, project: { id: ids.project } })
    expect(rowOf(answer, ids.a1)!.label).toMatch(/^PR-\d{4}-\d{4} Pontaj-.+ › Pontaj-/)
    expect(hoursOf(rowOf(answer, ids.a2))).toEqual([0, 0, 0, 4, 0, 0, 0])
    expect(rowOf(answer, ids.a4)).toMatchObject({ assigned: false, total: 1, activity: { statusCategory: 'done' } })
    expect(hoursOf(rowOf(answer, ids.h1))).toEqual([0, 2, 0, 0, 0, 0, 0])
    // Only this week's time (2037 has no other test's entries): 3 + 1 on Monday, 2, 2.5, 4.
    expect(body.totals).toEqual({ days: [4, 2, 2.5, 4, 0, 0, 0], week: 12.5 })
    // Rows are grouped by project: the project's rows come one after the other.
    const projectsInOrder = (body.rows as Doc[]).map((row) => row.project?.id)
    expect(projectsInOrder.filter((id, i) => id !== projectsInOrder[i - 1]).length).toBe(new Set(projectsInOrder).size)
  })

  it('reads the same week from any of its days, and this week by default', async () => {
    for (const query of ['from=12.03.2037', 'from=2037-03-15', `from=${MONDAY}`, 'week=2037w11']) {
      const answer = await sheet('member', query)
      expect(answer.status, query).toBe(200)
      expect(answer.body.from, query).toBe(MONDAY)
    }
    const now = await sheet('member', '')
    expect(now.status, message(now)).toBe(200)
    expect(now.body.days.some((d: Doc) => d.today)).toBe(true)
    // Week 53 exists in 2037 (it starts on a Thursday).
    expect((await sheet('member', 'week=2037-W53')).body.from).toBe('2037-12-28')
  })

  it('gives the project manager a team member\u2019s week, without what they may not read', async () => {
    const answer = await sheet('pm', `week=${WEEK}&person=${user.member.id}`)
    expect(answer.status, message(answer)).toBe(200)
    expect(answer.body.person.id).toBe(user.member.id)
    expect(answer.body.editable).toBe(true)
    expect(answer.body.people.map((p: Doc) => p.id)).toEqual(expect.arrayContaining([user.pm.id, user.member.id]))
    expect(answer.body.people[0].id).toBe(user.pm.id)
    const shown = (answer.body.rows as Doc[]).map((row) => row.activity.id)
    expect(shown).toEqual(expect.arrayContaining([ids.a1, ids.a2, ids.a4]))
    // The sales team's project is not the manager's to read, nor is their own work the member's row.
    expect(shown).not.toContain(ids.h1)
    expect(shown).not.toContain(ids.a3)
    expect(answer.body.totals).toEqual({ days: [4, 0, 2.5, 4, 0, 0, 0], week: 10.5 })
    // Their own week holds their own activity and time.
    const own = await sheet('pm', `week=${WEEK}`)
    expect(hoursOf(rowOf(own, ids.a3))).toEqual([5, 0, 0, 0, 0, 0, 0])
    expect(rowOf(own, ids.a1)).toBeUndefined()
  })

  it('refuses another person\u2019s week to a member, and the timesheet to those without time entries', async () => {
    const other = await sheet('member', `week=${WEEK}&person=${user.pm.id}`)
    expect(other.status).toBe(403)
    expect(message(other)).toContain('only your own timesheet')
    expect((await sheet('member', `week=${WEEK}&person=2147483647`)).status).toBe(404)
    expect((await sheet('sales', `week=${WEEK}`)).status).toBe(403)
    expect((await api('GET', `time-entries/timesheet?week=${WEEK}`)).status).toBe(401)
  })

  it('offers the timesheet in the navigation to the roles that enter time', async () => {
    const viewerToken = await login('viewer@organizecrm.test')
    const offered = async (who: Who | 'viewer') => {
      const access = await api('GET', 'access', { token: who === 'viewer' ? viewerToken : token[who] })
      expect(access.status).toBe(200)
      return timesheetNavLink.show({ user: null, registry: null as never, collections: access.body.collections })
    }
    expect(await offered('member')).toBe(true)
    expect(await offered('pm')).toBe(true)
    expect(await offered('admin')).toBe(true)
    expect(await offered('sales')).toBe(false)
    // The viewer reads every entry (their page opens) but enters none: no link.
    expect(await offered('viewer')).toBe(false)
    const viewer = await api('GET', `time-entries/timesheet?week=${WEEK}&person=${user.member.id}`, {
      token: viewerToken,
    })
    expect(viewer.status, message(viewer)).toBe(200)
    expect(viewer.body.editable).toBe(false)
    expect(viewer.body.totals.week).toBe(12.5)
  })

  it('answers a bad week or person with 400 and a readable message in the caller\u2019s language', async () => {
    for (const query of [
      'week=2037-W54',
      'week=2037-W00',
      'week=2038-W53',
      'week=W11',
      'week=2037-11',
      'week=abc',
      'from=31.02.2037',
      'from=tomorrow',
      'from=0037-03-09',
      `week=${WEEK}&from=${MONDAY}`,
      'person=abc',
      'person=-1',
      'person=99999999999',
    ]) {
      const answer = await sheet('member', query)
      expect(answer.status, query).toBe(400)
      expect(message(answer).length, query).toBeGreaterThan(10)
    }
    const ro = await rawApi('GET', 'time-entries/timesheet?week=2037-W99', { token: token.member, language: 'ro' })
    expect(ro.status).toBe(400)
    expect(String(ro.body?.errors?.[0]?.message)).toContain('săptămână ISO')
  })

  it('follows the cells the page creates, changes and deletes through the REST API, and keeps refused ones', async () => {
    const friday = DAYS[4]
    const cell = async () => rowOf(await sheet('member', `week=${WEEK}`), ids.a1)!.cells[4] as Doc
    // An empty cell typed in: one entry for the person, the activity and the day.
    const created = await api('POST', 'time-entries?depth=0', {
      token: token.member,
      body: { activity: ids.a1, date: stored(friday), hours: 6.5, person: user.member.id },
    })
    expect(created.status, message(created)).toBe(201)
    expect(created.body.doc).toMatchObject({ hours: 6.5, date: stored(friday), person: user.member.id })
    expect(await cell()).toEqual({ hours: 6.5, entries: [created.body.doc.id] })
    // Typed over: the same entry changes.
    const id = created.body.doc.id
    const changed = await api('PATCH', `time-entries/${id}?depth=0`, { token: token.member, body: { hours: 7.25 } })
    expect(changed.status, message(changed)).toBe(200)
    expect(await cell()).toEqual({ hours: 7.25, entries: [id] })
    const week = (await sheet('member', `week=${WEEK}`)).body
    expect(week.totals.days[4]).toBe(7.25)
    expect(week.totals.week).toBe(19.75)
    // Refused (out of range): the message the page shows, the cell as it was.
    for (const hours of [25, 0.1]) {
      const refused = await api('PATCH', `time-entries/${id}?depth=0`, { token: token.member, body: { hours } })
      expect(refused.status, String(hours)).toBe(400)
      expect(JSON.stringify(refused.body.errors)).toMatch(/Hours|hours/)
    }
    expect(await cell()).toEqual({ hours: 7.25, entries: [id] })
    // Not on an activity someone else carries out.
    const notTheirs = await api('POST', 'time-entries?depth=0', {
      token: token.member,
      body: { activity: ids.a3, date: stored(friday), hours: 1, person: user.member.id },
    })
    expect(notTheirs.status).toBe(403)
    expect(message(notTheirs).length).toBeGreaterThan(10)
    // Emptied: the entry goes.
    expect((await api('DELETE', `time-entries/${id}`, { token: token.member })).status).toBe(200)
    expect(await cell()).toEqual({ hours: 0, entries: [] })
    // The manager types in a team member's cell: the entry is the member's.
    const forMember = await api('POST', 'time-entries?depth=0', {
      token: token.pm,
      body: { activity: ids.a2, date: stored(friday), hours: 2, person: user.member.id },
    })
    expect(forMember.status, message(forMember)).toBe(201)
    expect(forMember.body.doc.person).toBe(user.member.id)
    const managed = await sheet('pm', `week=${WEEK}&person=${user.member.id}`)
    expect(rowOf(managed, ids.a2)!.cells[4]).toEqual({ hours: 2, entries: [forMember.body.doc.id] })
    expect((await api('DELETE', `time-entries/${forMember.body.doc.id}`, { token: token.pm })).status).toBe(200)
  })
})
