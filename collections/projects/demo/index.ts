import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { NOTIFY_WITHOUT_EMAIL } from '@/hooks/notify'
import { requireBinding } from '@/hooks/workflow/engine'
import { runUserStep } from '@/hooks/workflow/governed'
import { idOf } from '@/lib/ids'
import { dayIn } from '@/lib/timeZone'
import { inTransaction } from '@/lib/transaction'
import { actingAs, type Actor, asSystem, demoPeople, nomenclatorIds } from '@/seed/records'
import { storedDay, workCalendarOf } from '../plan/calendar'
import { addWorkingDays } from '../plan/workingDays'
import { createProjectFromTemplate } from '../projects/fromTemplate'
import { seedDemoPlanAlerts } from '../plan-alerts/demo'
import {
  DEMO_PROJECT_NAMES,
  DEMO_PROJECTS,
  DEMO_TEMPLATES,
  type DemoProject,
  type DemoTemplate,
  USERS,
  type UserKey,
} from './data'

export * from './data'

/** The demo's steps are history, not news: they notify in the application but email nobody. */
const HISTORY = { [NOTIFY_WITHOUT_EMAIL]: true }

type Doc = Record<string, unknown>
type NomenclatorId = Awaited<ReturnType<typeof nomenclatorIds>>

/** The clients of the signed demo contracts, each with its contract: projects implement them. */
async function signedContracts(payload: Payload) {
  // Without the contracts module there is nothing to implement: the demo leaves projects out.
  if (!payload.collections.contracts) return []
  const { docs } = await payload.find({
    collection: 'contracts',
    where: { status: { in: ['signed', 'active'] } },
    sort: 'id',
    limit: DEMO_PROJECTS.length,
    select: { client: true },
    ...asSystem,
  })
  return docs.map((doc) => ({ contract: doc.id, client: idOf(doc.client) }))
}

async function makeTemplate(payload: Payload, manager: Actor, role: NomenclatorId, template: DemoTemplate) {
  const { activities, ...rest } = template
  return payload.create({
    collection: 'project-templates',
    data: {
      ...rest,
      activities: activities.map(({ after = [], lag = 0, role: key, ...activity }) => ({
        ...activity,
        offset: 0,
        role: key ? role('project-roles', key) : null,
        predecessors: after.map((activity) => ({ activity, lag })),
      })),
    } as never,
    ...actingAs(manager),
  })
}

/** The project's and its activities' steps, each by who takes it, and the hours entered on them. */
async function carryOut(
  payload: Payload,
  sessions: (user: Actor) => Promise<PayloadRequest>,
  people: Record<UserKey, Actor>,
  projectId: number,
  seed: DemoProject,
) {
  const step = async (who: Actor, collection: 'projects' | 'project-activities', id: number, key: string) => {
    const req = await sessions(who)
    const comment = collection === 'projects' ? seed.comments?.[key] : undefined
    await inTransaction(req, () => runUserStep(req, collection, requireBinding(collection), id, key, comment))
  }
  for (const key of seed.steps) await step(people.manager, 'projects', projectId, key)
  const { docs } = await payload.find({
    collection: 'project-activities',
    where: { project: { equals: projectId } },
    pagination: false,
    select: { key: true, responsible: true, plannedStart: true },
    ...asSystem,
  })
  const byId = new Map(Object.values(people).map((person) => [person.id, person]))
  const cal = await workCalendarOf(await sessions(people.manager))
  if (seed.slip) await slip(payload, people.manager, docs, seed.slip)
  for (const activity of docs) {
    const work = seed.work[activity.key ?? '']
    if (!work) continue
    const responsible = byId.get(Number(idOf(activity.responsible))) ?? people.manager
    for (const key of work.steps) {
      await step(key === 'validate' ? people.manager : responsible, 'project-activities', activity.id, key)
    }
    const first = dayIn(activity.plannedStart!, cal.timeZone)
    for (const [day, hours] of work.hours.entries()) {
      await payload.create({
        collection: 'time-entries',
        data: {
          activity: activity.id,
          date: storedDay(addWorkingDays(first, day, cal)),
          hours,
          person: responsible.id,
        },
        ...actingAs(responsible, HISTORY),
      })
    }
  }
  for (const key of seed.then ?? []) await step(people.manager, 'projects', projectId, key)
}

/** The manager finds an activity needs more days than planned: it and its successors move past the baseline. */
async function slip(
  payload: Payload,
  manager: Actor,
  activities: { id: number; key?: string | null }[],
  { activity, extraDays }: NonNullable<DemoProject['slip']>,
) {
  const target = activities.find((a) => a.key === activity)
  if (!target) return
  const { duration } = await payload.findByID({
    collection: 'project-activities',
    id: target.id,
    select: { duration: true },
    ...actingAs(manager),
  })
  await payload.update({
    collection: 'project-activities',
    id: target.id,
    data: { duration: Number(duration ?? 0) + extraDays },
    ...actingAs(manager, HISTORY),
  })
}

/**
 * Seeds the demo projects once, after the demo contracts: the template, then each project made from
 * it as the project manager would (`POST /api/projects/from-template`), its steps and time. Returns
 * how many projects it made; 0 when already seeded or a demo user or signed contract is missing.
 */
export async function seedDemoProjects(payload: Payload, log: (line: string) => void = () => undefined) {
  const existing = await payload.count({
    collection: 'projects',
    where: { name: { in: DEMO_PROJECT_NAMES } },
    overrideAccess: true,
  })
  if (existing.totalDocs > 0) {
    log('demo projects: already there')
    return 0
  }
  const people = await demoPeople(payload, USERS)
  const contracts = people ? await signedContracts(payload) : []
  if (!people || contracts.length < DEMO_PROJECTS.length) {
    log('demo projects: skipped (a demo user or the signed demo contracts are missing)')
    return 0
  }
  const started = Date.now()
  const open = new Map<number, Promise<PayloadRequest>>()
  const sessions = (user: Actor) =>
    open.get(user.id) ?? open.set(user.id, createLocalReq({ user, context: { ...HISTORY } }, payload)).get(user.id)!
  const role = await nomenclatorIds(payload)
  const templates = []
  for (const template of DEMO_TEMPLATES) templates.push(await makeTemplate(payload, people.manager, role, template))
  const req = await sessions(people.manager)
  const cal = await workCalendarOf(req)
  const today = dayIn(new Date(), cal.timeZone)
  for (const [i, seed] of DEMO_PROJECTS.entries()) {
    const made = await createProjectFromTemplate(req, {
      template: templates[seed.template].id,
      name: seed.name,
      start: addWorkingDays(today, seed.startIn, cal),
      ...contracts[i],
      members: [{ user: people.member.id, role: role('project-roles', 'consultant'), allocation: 60 }],
    } as Doc)
    await carryOut(payload, sessions, people, made.project.id as number, seed)
  }
  await seedDemoPlanAlerts(payload, log)
  log(`demo projects: ${DEMO_PROJECTS.length} from ${templates.length} templates in ${Date.now() - started} ms`)
  return DEMO_PROJECTS.length
}
