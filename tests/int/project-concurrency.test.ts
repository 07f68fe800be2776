import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { freshCui, uniqueMark } from '../helpers/crm'
import { type Answer, api, login } from '../helpers/http'
import { testPayload, userByEmail } from '../helpers/payload'

type Doc = Record<string, any>
const PM = 'project-manager@organizecrm.test'
const MEMBER = 'project-member@organizecrm.test'
/** Saves sent at once into one plan: fewer than the pool's connections, more than enough to cross. */
const AT_ONCE = 8
/** Rounds of each burst: a deadlock needs two transactions to cross at the wrong moment. */
const ROUNDS = 3
// March 2037, far from the other files' plans (2030, 2031, 2036).
const stored = (day: string) => `${day}T12:00:00.000Z`
const day = (value: unknown) => String(value ?? '').slice(0, 10)
const statuses = (answers: Answer[]) =>
  answers.reduce<Record<number, number>>((count, a) => ({ ...count, [a.status]: (count[a.status] ?? 0) + 1 }), {})
/** The statuses, and the first refusal's words when there is one (a deadlock reads "Something went wrong"). */
const summary = (answers: Answer[]) => {
  const failed = answers.find((a) => a.status >= 300)
  return `${JSON.stringify(statuses(answers))} ${failed ? JSON.stringify(failed.body) : ''}`
}

/**
 * Saves of one project's plan at once (R22): activities added, moved and deleted, time entered, by
 * several requests of the project manager at the same time. Each save rewrites the project's
 * planned end or spent hours; none may fail on a deadlock (PostgreSQL 40P01 → 500) or lose
 * another's figure.
 */
describe('one project\u2019s plan saved by several requests at once', () => {
  let payload: Payload
  let pm: string
  let projectId: number

  const activities = async () =>
    (
      await payload.find({
        collection: 'project-activities',
        where: { project: { equals: projectId } },
        depth: 0,
        pagination: false,
      })
    ).docs as Doc[]
  const project = async () => (await payload.findByID({ collection: 'projects', id: projectId, depth: 0 })) as Doc
  const latestEnd = (docs: Doc[]) =>
    docs
      .map((a) => day(a.plannedEnd))
      .filter(Boolean)
      .sort()
      .at(-1) ?? ''
  const add = (i: number, round: number) =>
    api('POST', 'project-activities?depth=0', {
      token: pm,
      body: {
        project: projectId,
        title: uniqueMark(`Concurrent ${round}.${i}`),
        plannedStart: stored(`2037-03-${String(2 + i).padStart(2, '0')}`),
        duration: 1 + ((i * 3 + round) % 7),
      },
    })

  beforeAll(async () => {
    payload = await testPayload()
    pm = await login(PM)
    const pmUser = await userByEmail(payload, PM)
    const memberUser = await userByEmail(payload, MEMBER)
    const client = await payload.create({
      collection: 'clients',
      data: { name: uniqueMark('Concurență SRL'), fiscalCode: freshCui(), owner: pmUser.id } as never,
      depth: 0,
    })
    projectId = (
      await payload.create({
        collection: 'projects',
        data: {
          name: uniqueMark('Plan concurent'),
          client: client.id,
          manager: pmUser.id,
          members: [{ user: memberUser.id, allocation: 50 }],
          startDate: stored('2037-03-02'),
        } as never,
        depth: 0,
      })
    ).id as number
  })

  it(`adds ${AT_ONCE} activities at once, ${ROUNDS} times: all 201, the project ends with the latest`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const answers = await Promise.all(Array.from({ length: AT_ONCE }, (_, i) => add(i, round)))
      expect(statuses(answers), `round ${round}: ${summary(answers)}`).toEqual({ 201: AT_ONCE })
      const plan = await activities()
      expect(plan).toHaveLength(AT_ONCE * (round + 1))
      expect(day((await project()).plannedEnd)).toBe(latestEnd(plan))
    }
  })

  it('moves several activities of the plan at once: all 200, the project ends with the latest', async () => {
    // Added one by one when the burst above left fewer (before the fix, most of it failed).
    for (let i = (await activities()).length; i < AT_ONCE; i++) expect((await add(i, ROUNDS + 1)).status).toBe(201)
    for (let round = 0; round < ROUNDS; round++) {
      const plan = (await activities()).slice(0, AT_ONCE)
      const answers = await Promise.all(
        plan.map((activity, i) =>
          api('PATCH', `project-activities/${activity.id}?depth=0`, {
            token: pm,
            body:
              i % 2 === 0
                ? { duration: Number(activity.duration ?? 1) + 1 + round }
                : { plannedStart: stored(`2037-04-${String(6 + i + round).padStart(2, '0')}`) },
          }),
        ),
      )
      expect(statuses(answers), `round ${round}: ${summary(answers)}`).toEqual({ 200: plan.length })
      expect(day((await project()).plannedEnd)).toBe(latestEnd(await activities()))
    }
  })

  it('adds and moves activities of the plan at once: all answer, the project ends with the latest', async () => {
    const plan = (await activities()).slice(0, AT_ONCE / 2)
    const answers = await Promise.all([
      ...plan.map((activity) =>
        api('PATCH', `project-activities/${activity.id}?depth=0`, {
          token: pm,
          body: { duration: Number(activity.duration ?? 1) + 2 },
        }),
      ),
      ...Array.from({ length: AT_ONCE / 2 }, (_, i) => add(i, ROUNDS)),
    ])
    expect(statuses(answers), summary(answers)).toEqual({ 200: plan.length, 201: AT_ONCE / 2 })
    expect(day((await project()).plannedEnd)).toBe(latestEnd(await activities()))
  })

  it(`takes ${AT_ONCE} time entries on one activity at once: all 201, no hour lost`, async () => {
    const [first, second] = await activities()
    const enter = (activity: number, hours: number) =>
      api('POST', 'time-entries?depth=0', { token: pm, body: { activity, date: stored('2037-03-02'), hours } })
    for (let round = 0; round < ROUNDS; round++) {
      const answers = await Promise.all([
        ...Array.from({ length: AT_ONCE - 2 }, () => enter(first.id, 1.5)),
        // Another activity of the same project: the project's spent hours sum both.
        enter(second.id, 0.25),
        enter(second.id, 0.25),
      ])
      expect(statuses(answers), `round ${round}: ${summary(answers)}`).toEqual({ 201: AT_ONCE })
      const plan = await activities()
      const spent = (id: number) => plan.find((a) => a.id === id)!.spentEffort
      expect(spent(first.id)).toBe(1.5 * (AT_ONCE - 2) * (round + 1))
      expect(spent(second.id)).toBe(0.5 * (round + 1))
      expect((await project()).spentHours).toBe((1.5 * (AT_ONCE - 2) + 0.5) * (round + 1))
    }
  })

  it('moves an activity, steps its successor, enters time on it and edits another, all at once', async () => {
    const made = async (title: string, body: Doc) => {
      const answer = await api('POST', 'project-activities?depth=0', {
        token: pm,
        body: { project: projectId, title: uniqueMark(title), ...body },
      })
      expect(answer.status, JSON.stringify(answer.body)).toBe(201)
      return answer.body.doc as Doc
    }
    const before = await made('Before', { plannedStart: stored('2037-05-04'), duration: 2 })
    const after = await made('After', { plannedStart: stored('2037-05-06'), predecessors: [{ activity: before.id }] })
    const beside = await made('Beside', { plannedStart: stored('2037-05-04'), duration: 1 })
    const answers = await Promise.all([
      // Pushes its successor (written in the same transaction, after the project's lock).
      api('PATCH', `project-activities/${before.id}?depth=0`, { token: pm, body: { duration: 5 } }),
      // A step of the flow locks the successor's row first and writes no project.
      api('POST', `project-activities/${after.id}/transition`, { token: pm, body: { transition: 'start' } }),
      // An edit that does not move the plan: no project lock, but its version references the project.
      api('PATCH', `project-activities/${beside.id}?depth=0`, { token: pm, body: { percentComplete: 20 } }),
      ...Array.from({ length: 3 }, () =>
        api('POST', 'time-entries?depth=0', { token: pm, body: { activity: after.id, hours: 2 } }),
      ),
    ])
    expect(statuses(answers), summary(answers)).toEqual({ 200: 3, 201: 3 })
    const moved = (await payload.findByID({ collection: 'project-activities', id: after.id, depth: 0 })) as Doc
    expect(moved.status).toBe('in-progress')
    expect(moved.spentEffort).toBe(6)
    const edited = (await payload.findByID({ collection: 'project-activities', id: beside.id, depth: 0 })) as Doc
    expect(edited.percentComplete).toBe(20)
    // 4 May + 5 working days ends on Friday the 8th: the successor starts on Monday the 11th.
    expect(day(moved.plannedStart)).toBe('2037-05-11')
    expect(day((await project()).plannedEnd)).toBe(latestEnd(await activities()))
  })

  it('deletes activities and moves others at once: all 200', async () => {
    const all = await activities()
    // Activities without time on them; the one ending last among them goes first.
    const plan = all
      .filter((a) => !a.spentEffort)
      .sort((a, b) => day(b.plannedEnd).localeCompare(day(a.plannedEnd)))
      .slice(0, AT_ONCE)
    const answers = await Promise.all(
      plan.map((activity, i) =>
        i % 2 === 0
          ? api('DELETE', `project-activities/${activity.id}`, { token: pm })
          : api('PATCH', `project-activities/${activity.id}?depth=0`, { token: pm, body: { duration: 2 } }),
      ),
    )
    expect(statuses(answers), summary(answers)).toEqual({ 200: plan.length })
    const left = await activities()
    expect(left).toHaveLength(all.length - AT_ONCE / 2)
    // The deleted latest end no longer counts.
    expect(day((await project()).plannedEnd)).toBe(latestEnd(left))
  })
})
