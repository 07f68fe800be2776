/**
 * How fast the projects module's heavy answers stay (issue 13): moving the first activity of a
 * 500-activity plan (each activity after the previous one, so all 499 successors are pushed, in
 * one transaction) through a normal REST update, and the resources grid for 50 people × 26 weeks.
 * Run by `npm run bench` after the lists (or alone: `tsx tests/bench/projects.ts`).
 */
import { performance } from 'node:perf_hooks'

import { createTestDatabase } from '../helpers/testDatabase'
import { markUnfinished } from './unfinished'

const RUNS = Number(process.env.BENCH_RUNS ?? 20)
const MOVE_RUNS = Number(process.env.BENCH_MOVE_RUNS ?? 5)
const PLAN = 500
const PEOPLE = 50
const WEEKS = 26

const finished = markUnfinished()
const database = await createTestDatabase('organizecrm_bench_projects')
process.env.DATABASE_URL = database.url
process.env.LOG_LEVEL ??= 'fatal'
process.env.EMAIL_CAPTURE ??= 'memory'

const { buildConfig, getPayload } = await import('payload')
const { REST_GET, REST_PATCH, REST_POST } = await import('@payloadcms/next/routes')
const { organizeConfig } = await import('@/config')
const { seed } = await import('@/seed')
const { DEMO_PASSWORD } = await import('@/collections/admin/demoUsers')
const { WRITING_PLAN } = await import('@/collections/projects/project-activities/plannedEnd')
const { addWorkingDays } = await import('@/collections/projects/plan/workingDays')
const { dayOf, storedDay } = await import('@/collections/projects/plan/calendar')
const { addDays, dayIn } = await import('@/lib/timeZone')
const { mondayOf } = await import('@/collections/projects/resources/weeks')
const { freshCui } = await import('../helpers/crm')

const config = buildConfig(organizeConfig())
const payload = await getPayload({ config })
await seed(payload)

const settings = await payload.findGlobal({ slug: 'settings', depth: 0 })
const timeZone = settings.time?.timeZone || 'Europe/Bucharest'
const cal = {
  workingDays: settings.time?.workingDays ?? ['mon', 'tue', 'wed', 'thu', 'fri'],
  holidays: (settings.time?.holidays ?? []).map((h) => dayOf(h.day, timeZone)!).filter(Boolean),
}
const pm = (
  await payload.find({ collection: 'users', where: { email: { equals: 'project-manager@organizecrm.test' } } })
).docs[0]
const team = typeof pm.team === 'object' ? pm.team?.id : pm.team
const member = (
  await payload.find({ collection: 'users', where: { email: { equals: 'project-member@organizecrm.test' } }, depth: 0 })
).docs[0]
const memberRoles = member.roles
const client: { id: number } = await payload.create({
  collection: 'clients',
  data: { name: 'Bench projects', fiscalCode: freshCui(), owner: pm.id },
} as never)
const asPlan = { depth: 0, overrideAccess: true, context: { [WRITING_PLAN]: true } } as const

let started = performance.now()
const today = dayIn(new Date(), timeZone)
const first = mondayOf(today)

// 50 people of the project manager's team.
const people: number[] = []
for (let i = 0; i < PEOPLE; i++) {
  const person = await payload.create({
    collection: 'users',
    data: {
      email: `bench-person-${i}@organizecrm.test`,
      name: `Bench Person ${i}`,
      password: DEMO_PASSWORD,
      team,
      roles: memberRoles,
    },
    overrideAccess: true,
    depth: 0,
  } as never)
  people.push((person as { id: number }).id)
}
// Ten projects of five members each, 40–80 % allocated over overlapping periods; each person
// responsible for one or two activities of a week or two in every week of the half year.
const projects: number[] = []
for (let p = 0; p < 10; p++) {
  const project = await payload.create({
    collection: 'projects',
    data: {
      name: `Bench project ${p}`,
      client: client.id,
      manager: pm.id,
      startDate: storedDay(first),
      members: people.slice(p * 5, p * 5 + 5).map((user, m) => ({
        user,
        allocation: 40 + 10 * m,
        from: storedDay(addDays(first, 7 * m)),
        to: storedDay(addDays(first, 7 * (WEEKS - m))),
      })),
    },
    overrideAccess: true,
    depth: 0,
  } as never)
  projects.push((project as { id: number }).id)
}
let grid = 0
for (const [i, person] of people.entries()) {
  for (let w = 0; w < WEEKS; w += 1 + (i % 2)) {
    await payload.create({
      collection: 'project-activities',
      data: {
        project: projects[i % 10],
        title: `Bench work ${i}/${w}`,
        plannedStart: storedDay(addDays(first, 7 * w + (i % 3))),
        duration: 3 + (w % 8),
        plannedEffort: 16 + ((i + w) % 5) * 8,
        responsible: person,
      },
      ...asPlan,
    } as never)
    grid++
  }
}
console.log(`[bench] ${PEOPLE} people, ${grid} activities in ${((performance.now() - started) / 1000).toFixed(1)} s`)

// The 500-activity plan: a chain, each activity one working day after the previous one.
started = performance.now()
const plan = await payload.create({
  collection: 'projects',
  data: { name: 'Bench plan', client: client.id, manager: pm.id, startDate: storedDay(today) },
  overrideAccess: true,
  depth: 0,
} as never)
let previous: number | null = null
let firstActivity = 0
for (let i = 0; i < PLAN; i++) {
  const activity = (await payload.create({
    collection: 'project-activities',
    data: {
      project: (plan as { id: number }).id,
      title: `Bench step ${i}`,
      plannedStart: storedDay(addWorkingDays(today, i, cal)),
      duration: 1,
      plannedEffort: 4,
      responsible: people[i % PEOPLE],
      predecessors: previous ? [{ activity: previous, lag: 0 }] : [],
    },
    ...asPlan,
  } as never)) as { id: number }
  if (i === 0) firstActivity = activity.id
  previous = activity.id
}
console.log(`[bench] a ${PLAN}-activity plan in ${((performance.now() - started) / 1000).toFixed(1)} s`)

async function tokenOf(email: string) {
  const request = new Request('http://localhost/api/users/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  })
  const response = await REST_POST(config)(request, { params: Promise.resolve({ slug: ['users', 'login'] }) })
  return ((await response.json()) as { token: string }).token
}
const token = await tokenOf('project-manager@organizecrm.test')
const rest = { GET: REST_GET(config), PATCH: REST_PATCH(config) }

async function viaRest(method: 'GET' | 'PATCH', path: string, body?: unknown) {
  const request = new Request(`http://localhost/api/${path}`, {
    method,
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const response = await rest[method](request, { params: Promise.resolve({ slug: path.split('?')[0].split('/') }) })
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${await response.text()}`)
  return (await response.json()) as Record<string, unknown>
}

async function measure(action: (run: number) => Promise<unknown>, runs: number, warmUps: number) {
  for (let i = 0; i < warmUps; i++) await action(i)
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    started = performance.now()
    await action(warmUps + i)
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return {
    median: times[Math.floor(times.length / 2)],
    p95: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))],
  }
}

// Each run moves the first activity one more working day later: all 499 successors follow.
const moved = await measure(
  async (run) => {
    const answer = await viaRest('PATCH', `project-activities/${firstActivity}?depth=0`, {
      plannedStart: storedDay(addWorkingDays(today, run + 1, cal)),
    })
    const pushed = ((answer.doc as Record<string, unknown>).lastReschedule as unknown[]).length
    if (pushed !== PLAN - 1) throw new Error(`The move pushed ${pushed} activities, not ${PLAN - 1}`)
  },
  MOVE_RUNS,
  1,
)
const grid26 = await measure(
  async () => {
    const answer = await viaRest('GET', `project-resources?from=${first}&weeks=${WEEKS}`)
    const rows = (answer.people as unknown[]).length
    if (rows < PEOPLE) throw new Error(`The grid has ${rows} people, not ${PEOPLE}`)
  },
  RUNS,
  3,
)
const teamGrid = await measure(
  () => viaRest('GET', `project-resources?from=${first}&weeks=${WEEKS}&team=${team}`),
  RUNS,
  3,
)

console.log(`\nprojects: median of runs after warm-ups (ms)\n`)
console.log('| scenario | runs | median | p95 |\n|---|---|---|---|')
console.log(
  `| move the first of ${PLAN} chained activities (${PLAN - 1} pushed), REST PATCH | ${MOVE_RUNS} | ${moved.median.toFixed(0)} | ${moved.p95.toFixed(0)} |`,
)
console.log(
  `| resources, ${PEOPLE} people × ${WEEKS} weeks (${grid + PLAN} activities), project manager | ${RUNS} | ${grid26.median.toFixed(1)} | ${grid26.p95.toFixed(1)} |`,
)
console.log(`| the same, filtered to the team | ${RUNS} | ${teamGrid.median.toFixed(1)} | ${teamGrid.p95.toFixed(1)} |`)

// Payload's destroy() leaves its pool open, and dropping the database ends those connections.
;(payload.db as unknown as { pool?: { on: (event: string, listener: () => void) => void } }).pool?.on(
  'error',
  () => undefined,
)
await payload.destroy()
await database.drop()
finished()
process.exit(0)
