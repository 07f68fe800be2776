import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '@/collections/admin/demoUsers'
import { freshCui, uniqueMark } from '../helpers/crm'
import { type Answer, api, login, rawApi } from '../helpers/http'
import { testPayload, userByEmail } from '../helpers/payload'

type Who = 'pm' | 'member' | 'sales' | 'sales2' | 'nobody'
const EMAIL: Record<Exclude<Who, 'nobody'>, string> = {
  pm: 'project-manager@organizecrm.test',
  member: 'project-member@organizecrm.test',
  sales: 'sales@organizecrm.test',
  sales2: 'sales2@organizecrm.test',
}
type Doc = Record<string, any>
const message = (answer: Answer) => String(answer.body?.errors?.[0]?.message ?? '')
const day = (value: unknown) => String(value ?? '').slice(0, 10)
const stored = (d: string) => `${d}T12:00:00.000Z`

/**
 * A signed contract's activities carried over into the plan of the project implementing it (R19 →
 * R22): one project activity each, dated in working days, linked once and only once, all or
 * nothing, by whoever may change the project.
 */
describe('contract activities taken over into a project', () => {
  let payload: Payload
  const token = {} as Record<Who, string>
  const user = {} as Record<Who, { id: number }>
  const ids = {} as Record<'client' | 'contract' | 'otherContract' | 'project' | 'milestoneType', number>
  /** Contract activities: of the project's contract, and one of another contract. */
  const act = {} as Record<
    'saturday' | 'golive' | 'review' | 'payment' | 'race1' | 'race2' | 'race3' | 'foreign',
    number
  >

  const contractActivity = async (contract: number, title: string, due: string, extra: Doc = {}) =>
    (
      await payload.create({
        collection: 'contract-activities',
        data: { contract, title, dueDate: stored(due), responsible: user.sales.id, ...extra } as never,
        depth: 0,
      })
    ).id as number
  const takeOver = (who: Who, body: unknown, project = ids.project) =>
    api('POST', `projects/${project}/from-contract-activities`, { token: token[who], body })
  /** The project activities carrying these contract activities over, wherever they are. */
  const carriers = async (...contractActivities: number[]) =>
    (
      await payload.find({
        collection: 'project-activities',
        where: { fromContractActivity: { in: contractActivities } },
        depth: 0,
        pagination: false,
      })
    ).docs as Doc[]

  beforeAll(async () => {
    payload = await testPayload()
    for (const who of Object.keys(EMAIL) as (keyof typeof EMAIL)[]) {
      token[who] = await login(EMAIL[who])
      user[who] = (await userByEmail(payload, EMAIL[who])) as never
    }
    // A role that reads nothing of the projects: its My work has no deliverables section.
    const role = await payload.create({
      collection: 'roles',
      data: { key: uniqueMark('no-projects'), name: 'Reads no projects', permissions: [] } as never,
    })
    const email = `${uniqueMark('nobody').toLowerCase().replace(/\W+/g, '-')}@contract-activities.test`
    const nobody = await payload.create({
      collection: 'users',
      data: { name: 'Nobody', email, password: DEMO_PASSWORD, roles: [role.id] } as never,
      depth: 0,
    })
    user.nobody = { id: nobody.id as number }
    token.nobody = await login(email)

    ids.milestoneType = (
      await payload.find({
        collection: 'nomenclators',
        where: { list: { equals: 'activity-types' }, value: { equals: 'milestone' } },
        limit: 1,
        depth: 0,
      })
    ).docs[0].id as number
    // The seller's client: the seller reads its project (related), the other seller does not.
    ids.client = (
      await payload.create({
        collection: 'clients',
        data: { name: uniqueMark('Preluare SRL'), fiscalCode: freshCui(), owner: user.sales.id } as never,
        depth: 0,
      })
    ).id as number
    const contract = async (title: string) =>
      (
        await payload.create({
          collection: 'contracts',
          data: { title: uniqueMark(title), client: ids.client, owner: user.sales.id } as never,
          depth: 0,
        })
      ).id as number
    ids.contract = await contract('Implementare')
    ids.otherContract = await contract('Mentenanță')
    // Saturday 1 March 2036: the plan starts on Monday the 3rd. Not 2031: the resources test
    // counts the member's load in March 2031.
    act.saturday = await contractActivity(ids.contract, 'Instruire utilizatori', '2036-03-01', {
      description: 'Două sesiuni la sediul clientului.',
      responsible: user.member.id,
    })
    act.golive = await contractActivity(ids.contract, 'Punere în funcțiune', '2036-03-14', { type: ids.milestoneType })
    act.review = await contractActivity(ids.contract, 'Revizie trimestrială', '2036-03-10')
    act.payment = await contractActivity(ids.contract, 'Tranșa a doua', '2036-03-12')
    act.race1 = await contractActivity(ids.contract, 'Concurență 1', '2036-03-17')
    act.race2 = await contractActivity(ids.contract, 'Concurență 2', '2036-03-18')
    act.race3 = await contractActivity(ids.contract, 'Concurență 3', '2036-03-19')
    act.foreign = await contractActivity(ids.otherContract, 'Altă obligație', '2036-03-05')
    ids.project = (
      await payload.create({
        collection: 'projects',
        data: {
          name: uniqueMark('Proiect din contract'),
          client: ids.client,
          contract: ids.contract,
          manager: user.pm.id,
          members: [{ user: user.member.id }],
          startDate: stored('2036-02-25'),
        } as never,
        depth: 0,
      })
    ).id as number
  })

  it('offers the contract\u2019s activities to whoever may change the project', async () => {
    const answer = await api('GET', `projects/${ids.project}/from-contract-activities`, { token: token.pm })
    expect(answer.status, message(answer)).toBe(200)
    expect(answer.body.contract).toMatchObject({ id: ids.contract })
    expect(answer.body.mayTakeOver).toBe(true)
    const rows = answer.body.rows as Doc[]
    expect(rows.map((r) => r.id)).toEqual(expect.arrayContaining([act.saturday, act.golive, act.review]))
    expect(rows.map((r) => r.id)).not.toContain(act.foreign)
    expect(rows.every((r) => r.takenOver === false)).toBe(true)
    const member = await api('GET', `projects/${ids.project}/from-contract-activities`, { token: token.member })
    expect(member.status).toBe(200)
    expect(member.body.mayTakeOver).toBe(false)
    expect((await api('GET', `projects/${ids.project}/from-contract-activities`, { token: token.sales2 })).status).toBe(
      404,
    )
  })

  it('makes one project activity per contract activity, dated in working days and linked to it', async () => {
    const answer = await takeOver('pm', { activities: [act.golive, act.saturday], phase: 'Contract' })
    expect(answer.status, message(answer)).toBe(201)
    expect(answer.body.docs).toHaveLength(2)
    expect(answer.body.message).toContain('2 contract activities')
    const [training] = await carriers(act.saturday)
    expect(training).toMatchObject({
      project: ids.project,
      title: 'Instruire utilizatori',
      description: 'Două sesiuni la sediul clientului.',
      phase: 'Contract',
      responsible: user.member.id,
      duration: 1,
      milestone: false,
      status: 'planned',
      fromContractActivity: act.saturday,
    })
    expect([day(training.plannedStart), day(training.plannedEnd)]).toEqual(['2036-03-03', '2036-03-03'])
    const [golive] = await carriers(act.golive)
    expect(golive).toMatchObject({ milestone: true, duration: 0, responsible: user.sales.id })
    expect([day(golive.plannedStart), day(golive.plannedEnd)]).toEqual(['2036-03-14', '2036-03-14'])
    // The project's planned end follows its plan.
    const project = await payload.findByID({ collection: 'projects', id: ids.project, depth: 0 })
    expect(day(project.plannedEnd)).toBe('2036-03-14')
    // The contract activity's page shows where it went; the offer leaves it out now.
    const onContract = await api('GET', `contract-activities/${act.saturday}?depth=0`, { token: token.pm })
    expect(onContract.status).toBe(200)
    expect(onContract.body.takenOverIn.docs).toEqual([training.id])
    const offered = await api('GET', `projects/${ids.project}/from-contract-activities`, { token: token.pm })
    const flags = Object.fromEntries((offered.body.rows as Doc[]).map((r) => [r.id, r.takenOver]))
    expect(flags).toMatchObject({ [act.saturday]: true, [act.golive]: true, [act.review]: false })
  })

  it('refuses an activity taken over already (409), keeping the rest of the request out too', async () => {
    const again = await takeOver('pm', { activities: [act.review, act.saturday] })
    expect(again.status).toBe(409)
    expect(message(again)).toContain('Instruire utilizatori')
    expect(await carriers(act.saturday)).toHaveLength(1)
    expect(await carriers(act.review)).toHaveLength(0)
  })

  it('refuses an activity of another contract (400) and unknown ones (404), creating nothing', async () => {
    const foreign = await takeOver('pm', { activities: [act.review, act.foreign] })
    expect(foreign.status).toBe(400)
    expect(message(foreign)).toContain('Altă obligație')
    const unknown = await takeOver('pm', { activities: [act.review, 999_999_999] })
    expect(unknown.status).toBe(404)
    expect(message(unknown)).toContain('#999999999')
    expect(await carriers(act.review, act.foreign)).toHaveLength(0)
    expect((await takeOver('pm', { activities: [act.review] }, 999_999_999)).status).toBe(404)
    for (const body of [{}, { activities: [] }, { activities: ['abc'] }, { activities: [act.review], phase: 3 }]) {
      const bad = await takeOver('pm', body)
      expect(bad.status, JSON.stringify(body)).toBe(400)
    }
    expect(await carriers(act.review)).toHaveLength(0)
  })

  it('answers in the caller\u2019s language', async () => {
    const answer = await rawApi('POST', `projects/${ids.project}/from-contract-activities`, {
      token: token.pm,
      body: JSON.stringify({ activities: [act.foreign] }),
      contentType: 'application/json',
      language: 'ro',
    })
    expect(answer.status).toBe(400)
    expect(message(answer)).toContain('Nu sunt activități ale contractului')
  })

  it('refuses those who may not change the project (403) or read it (404)', async () => {
    for (const who of ['member', 'sales'] as const) {
      const refused = await takeOver(who, { activities: [act.review] })
      expect(refused.status, `${who}: ${message(refused)}`).toBe(403)
    }
    expect((await takeOver('sales2', { activities: [act.review] })).status).toBe(404)
    expect((await takeOver('nobody', { activities: [act.review] })).status).toBe(404)
    expect(await carriers(act.review)).toHaveLength(0)
  })

  it('never takes the link from the client', async () => {
    const made = await api('POST', 'project-activities?depth=0', {
      token: token.pm,
      body: {
        project: ids.project,
        title: 'Manual',
        plannedStart: stored('2036-03-03'),
        fromContractActivity: act.payment,
      },
    })
    expect(made.status, message(made)).toBe(201)
    expect(made.body.doc.fromContractActivity ?? null).toBeNull()
    const changed = await api('PATCH', `project-activities/${made.body.doc.id}?depth=0`, {
      token: token.pm,
      body: { fromContractActivity: act.payment },
    })
    expect(changed.status).toBe(200)
    expect(changed.body.doc.fromContractActivity ?? null).toBeNull()
    expect(await carriers(act.payment)).toHaveLength(0)
  })

  it('lets one of two racing requests for the same activity win; the other keeps nothing', async () => {
    // Each request takes an activity of its own first (earlier due), then the shared one.
    const [first, second] = await Promise.all([
      takeOver('pm', { activities: [act.race1, act.race3] }),
      takeOver('pm', { activities: [act.race2, act.race3] }),
    ])
    expect([first.status, second.status].sort(), `${message(first)} ${message(second)}`).toEqual([201, 409])
    const [winner, loser] = first.status === 201 ? [act.race1, act.race2] : [act.race2, act.race1]
    expect(await carriers(winner)).toHaveLength(1)
    expect(await carriers(act.race3)).toHaveLength(1)
    expect(await carriers(loser)).toHaveLength(0)
  })

  it('lands a take-over and an activity added by hand to the same plan at once', async () => {
    const [taken, byHand] = await Promise.all([
      takeOver('pm', { activities: [act.payment] }),
      api('POST', 'project-activities?depth=0', {
        token: token.pm,
        body: { project: ids.project, title: 'Recepție', plannedStart: stored('2036-03-24'), duration: 2 },
      }),
    ])
    expect([taken.status, byHand.status], `${message(taken)} ${message(byHand)}`).toEqual([201, 201])
    expect(await carriers(act.payment)).toHaveLength(1)
    const project = await payload.findByID({ collection: 'projects', id: ids.project, depth: 0 })
    expect(day(project.plannedEnd)).toBe('2036-03-25')
  })

  describe('My work: deliverables', () => {
    const deliverable = async (name: string, responsible: number, due: string) =>
      (
        await payload.create({
          collection: 'project-deliverables',
          data: { project: ids.project, name, responsible, dueDate: stored(due) } as never,
          depth: 0,
        })
      ).id as number
    const section = async (who: Who) => {
      const answer = await api('GET', 'my-work?locale=en', { token: token[who] })
      expect(answer.status, JSON.stringify(answer.body)).toBe(200)
      return answer.body['project-deliverables'] as { readable: boolean; total: number; rows: Doc[] }
    }
    const step = (who: Who, id: number, transition: string) =>
      api('POST', `project-deliverables/${id}/transition`, { token: token[who], body: { transition } })

    it('lists the deliverables I am responsible for until they are accepted, by due date', async () => {
      const late = await deliverable(uniqueMark('Raport de analiză'), user.member.id, '2020-01-06')
      const later = await deliverable(uniqueMark('Manual de utilizare'), user.member.id, '2036-03-20')
      const others = await deliverable(uniqueMark('Plan de testare'), user.pm.id, '2036-03-10')
      const mine = await section('member')
      expect(mine.readable).toBe(true)
      const listed = mine.rows.map((r) => r.id)
      expect(listed).toEqual(expect.arrayContaining([late, later]))
      expect(listed.indexOf(late)).toBeLessThan(listed.indexOf(later))
      expect(listed).not.toContain(others)
      const project = await payload.findByID({ collection: 'projects', id: ids.project, depth: 0 })
      expect(mine.rows.find((r) => r.id === late)).toMatchObject({
        project: { id: ids.project, number: project.number, name: project.name },
        status: 'draft',
        statusLabel: 'Draft',
        statusCategory: 'open',
        needsAcceptance: true,
        overdue: true,
      })
      expect(mine.rows.find((r) => r.id === later)?.overdue).toBe(false)
      expect((await section('pm')).rows.map((r) => r.id)).toContain(others)

      // Submitted, it still waits for acceptance; accepted, it is done.
      expect((await step('member', later, 'submit')).status).toBe(200)
      expect((await section('member')).rows.find((r) => r.id === later)).toMatchObject({
        statusLabel: 'Submitted',
        statusCategory: 'waiting',
      })
      expect((await step('pm', later, 'accept')).status).toBe(200)
      expect((await section('member')).rows.map((r) => r.id)).not.toContain(later)
    })

    it('leaves the section out for a role that reads no deliverables', async () => {
      expect(await section('nobody')).toEqual({ readable: false, total: 0, rows: [] })
    })
  })
})
