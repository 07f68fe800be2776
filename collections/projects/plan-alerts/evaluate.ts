import type { PayloadRequest, TaskConfig, Where } from 'payload'

import { notify } from '@/hooks/notify'
import { SCHEDULED_QUEUE } from '@/jobs/queues'
import { type Bilingual, t } from '@/lib/i18n'
import { idOf } from '@/lib/ids'
import type {
  AlertEvent,
  PlanAlertKind,
  Project,
  ProjectActivity,
  ProjectAlert,
  ProjectDeliverable,
} from '@/payload-types'
import { lockAndRead } from '@/lib/rowLock'
import { dayIn } from '@/lib/timeZone'
import { inTransaction } from '@/lib/transaction'
import { dayOf, workCalendarOf } from '../plan/calendar'
import type { WorkCalendar } from '../plan/workingDays'
import { clearEvent, clearUnwatched, WATCHED_CATEGORY } from './close'
import { conditionOf, type ConditionKey, type RecipientRole } from './conditions'
import { occurrencesOf, type PlanFacts } from './detect'
import { ALERT_EVENTS_SLUG, KINDS_SLUG, PROJECT_ALERTS_SLUG } from './fields'
import { projectRoles } from './recipients'

export const EVALUATE_PLAN_ALERTS_TASK = 'evaluatePlanAlerts' as const
export const PLAN_ALERT_KIND = 'projects.alert' as const
const PAGE = 100

type Calendar = WorkCalendar & { timeZone: string }
type Output = {
  today: string
  projects: number
  fired: number
  cleared: number
  failed: { project: number; message: string }[]
}

/** The projects with an active alert of an active kind, watched now, by keyset pages of alert id. */
async function watchedProjects(req: PayloadRequest, only?: number | string): Promise<number[]> {
  const projects = new Set<number>()
  let after = 0
  for (;;) {
    const { docs } = await req.payload.find({
      collection: PROJECT_ALERTS_SLUG,
      where: {
        active: { equals: true },
        'kind.active': { equals: true },
        'project.statusCategory': { equals: WATCHED_CATEGORY },
        id: { greater_than: after },
        ...(only !== undefined ? { project: { equals: only } } : {}),
      },
      sort: 'id',
      limit: PAGE,
      pagination: false,
      depth: 0,
      select: { project: true },
      // The application's own check: nobody's read access applies.
      overrideAccess: true,
      req,
    })
    for (const alert of docs) {
      after = alert.id
      projects.add(Number(idOf(alert.project)))
    }
    if (docs.length < PAGE) return [...projects]
  }
}

/** Every record matching `where`, as the application reads it (nobody's access applies). */
const findAll = async <T>(req: PayloadRequest, collection: string, where: Where, locale?: 'all') =>
  (
    await req.payload.find({
      collection: collection as 'users',
      where,
      pagination: false,
      depth: 0,
      ...(locale ? { locale } : {}),
      overrideAccess: true,
      req,
    })
  ).docs as unknown as T[]

/** The project and its plan as the conditions read them. */
async function factsOf(req: PayloadRequest, project: Project, cal: Calendar): Promise<PlanFacts> {
  const day = (value: unknown) => dayOf(value, cal.timeZone)
  const activities = await findAll<ProjectActivity>(req, 'project-activities', { project: { equals: project.id } })
  const deliverables = await findAll<ProjectDeliverable>(req, 'project-deliverables', {
    project: { equals: project.id },
  })
  return {
    project: {
      id: project.id,
      label: `${project.number ?? ''} ${project.name ?? ''}`.trim(),
      spentHours: project.spentHours ?? null,
      budgetHours: project.budgetHours ?? null,
      plannedEnd: day(project.plannedEnd),
    },
    activities: activities.map((a) => ({
      id: a.id,
      title: a.title,
      statusCategory: a.statusCategory ?? null,
      milestone: Boolean(a.milestone),
      plannedStart: day(a.plannedStart),
      plannedEnd: day(a.plannedEnd),
      baselineEnd: day(a.baselineEnd),
      actualStart: a.actualStart ?? null,
      plannedEffort: a.plannedEffort ?? null,
      spentEffort: a.spentEffort ?? null,
      responsible: idOf(a.responsible),
    })),
    deliverables: deliverables.map((d) => ({
      id: d.id,
      name: d.name,
      statusCategory: d.statusCategory ?? null,
      dueDate: day(d.dueDate),
      responsible: idOf(d.responsible),
    })),
  }
}

/**
 * One project's alerts, under the project's row lock so two runs at once do the work once: an
 * occurrence without an open event fires (an event, and its recipients told in their language);
 * an open event whose occurrence is gone is cleared. Returns what it fired and cleared.
 */
async function evaluateProject(req: PayloadRequest, projectId: number, cal: Calendar, today: string, now: Date) {
  const done = { fired: 0, cleared: 0 }
  await lockAndRead(req, 'projects', projectId, 'status')
  const project = (await req.payload.findByID({
    collection: 'projects',
    id: projectId,
    depth: 0,
    disableErrors: true,
    // The application's own check: nobody's read access applies.
    overrideAccess: true,
    req,
  })) as Project | null
  if (!project || project.statusCategory !== WATCHED_CATEGORY) return done
  const alerts = await findAll<ProjectAlert>(req, PROJECT_ALERTS_SLUG, {
    project: { equals: projectId },
    active: { equals: true },
  })
  const kindIds = [...new Set(alerts.map((a) => idOf(a.kind)))]
  const kinds = new Map(
    (await findAll<PlanAlertKind>(req, KINDS_SLUG, { id: { in: kindIds }, active: { equals: true } }, 'all')).map(
      (k) => [String(k.id), k],
    ),
  )
  const facts = await factsOf(req, project, cal)
  const holders = projectRoles(req, project)
  for (const alert of alerts) {
    const kind = kinds.get(String(idOf(alert.kind)))
    const condition = conditionOf(kind?.condition)
    if (!kind || !condition) continue
    const threshold = Number(alert.threshold ?? kind.threshold ?? condition.threshold)
    const roles = (alert.recipients?.length ? alert.recipients : (kind.recipients ?? [])) as RecipientRole[]
    const found = occurrencesOf(condition.value as ConditionKey, threshold, facts, today, cal)
    const current = new Map(found.map((o) => [`${alert.id}:${o.key}`, o]))
    const open = await findAll<AlertEvent>(req, ALERT_EVENTS_SLUG, {
      alert: { equals: alert.id },
      clearedAt: { exists: false },
    })
    const openKeys = new Set(open.map((e) => e.occurrence))
    for (const event of open.filter((e) => !current.has(e.occurrence))) {
      await clearEvent(req, event.id, 'condition', now)
      done.cleared++
    }
    for (const [occurrence, occ] of current) {
      if (openKeys.has(occurrence)) continue
      const recipients = await holders(roles, occ.responsible)
      await recordEvent(req, {
        project,
        alert,
        kind,
        occurrence,
        found: occ,
        recipients,
        now,
        condition: condition.value,
      })
      await notify(req, {
        recipients,
        kind: PLAN_ALERT_KIND,
        title: titleOf(project, kind.name as unknown as Partial<Bilingual>, threshold),
        body: occ.message,
        link: { collection: 'projects', id: projectId },
      })
      done.fired++
    }
  }
  return done
}

/** The kind's name with its threshold for the N or X it names ("… (N working days of grace)"). */
const nameWith = (name: string, threshold: number) => name.replace(/\b[NX]\b/g, String(threshold))

const titleOf = (project: Project, name: Partial<Bilingual> | undefined, threshold: number): Bilingual => ({
  en: `${project.number}: ${nameWith(name?.en ?? name?.ro ?? 'plan alert', threshold)}`,
  ro: `${project.number}: ${nameWith(name?.ro ?? name?.en ?? 'alertă de plan', threshold)}`,
})

/** The event, with its message in both languages (the log is read in either). */
async function recordEvent(
  req: PayloadRequest,
  e: {
    project: Project
    alert: ProjectAlert
    kind: PlanAlertKind
    occurrence: string
    found: ReturnType<typeof occurrencesOf>[number]
    recipients: (number | string)[]
    now: Date
    condition: string
  },
) {
  const event = await req.payload.create({
    collection: ALERT_EVENTS_SLUG,
    data: {
      project: e.project.id,
      alert: e.alert.id,
      kind: e.kind.id,
      condition: e.condition as never,
      subject: e.found.subject as never,
      occurrence: e.occurrence,
      firedAt: e.now.toISOString(),
      recipients: e.recipients as number[],
      message: e.found.message.ro,
    },
    locale: 'ro',
    depth: 0,
    overrideAccess: true,
    req,
  })
  await req.payload.update({
    collection: ALERT_EVENTS_SLUG,
    id: event.id,
    data: { message: e.found.message.en },
    locale: 'en',
    depth: 0,
    overrideAccess: true,
    req,
  })
}

/**
 * Evaluates every active alert of the projects under way, on the day `now` falls on in the
 * settings' time zone, counting working days over Settings → Time. Each alert fires once per
 * occurrence and again only after the occurrence cleared (its condition stopped holding, or its
 * alert was switched off or its project stopped meanwhile: close.ts). Each project in its own
 * transaction: one failure neither undoes nor stops the others. `only` limits it to one project.
 */
export async function evaluatePlanAlerts(
  req: PayloadRequest,
  now = new Date(),
  only?: number | string,
): Promise<Output> {
  const cal = await workCalendarOf(req)
  const today = dayIn(now, cal.timeZone)
  const output: Output = { today, projects: 0, fired: 0, cleared: 0, failed: [] }
  try {
    output.cleared += await inTransaction(req, () => clearUnwatched(req, now, only))
  } catch (error) {
    // Reported like a project's failure (project 0: none in particular); the evaluation goes on.
    output.failed.push({ project: Number(only ?? 0), message: error instanceof Error ? error.message : String(error) })
    req.payload.logger.error({ err: error, msg: 'Could not clear the plan alerts no longer watched' })
  }
  for (const projectId of await watchedProjects(req, only)) {
    try {
      const done = await inTransaction(req, () => evaluateProject(req, projectId, cal, today, now))
      output.projects++
      output.fired += done.fired
      output.cleared += done.cleared
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      output.failed.push({ project: projectId, message })
      req.payload.logger.error({ err: error, msg: `Could not evaluate the plan alerts of project ${projectId}` })
    }
  }
  return output
}

export const evaluatePlanAlertsTask: TaskConfig<{ input: Record<string, never>; output: Output }> = {
  slug: EVALUATE_PLAN_ALERTS_TASK,
  label: 'Evaluate the projects’ plan alerts',
  // The next hourly run is the retry: an alert still due fires then.
  retries: 0,
  schedule: [{ cron: '5 * * * *', queue: SCHEDULED_QUEUE }],
  outputSchema: [
    { name: 'today', type: 'text', required: true, label: t('Day', 'Ziua') },
    { name: 'projects', type: 'number', required: true, label: t('Projects evaluated', 'Proiecte evaluate') },
    { name: 'fired', type: 'number', required: true, label: t('Alerts fired', 'Alerte declanșate') },
    { name: 'cleared', type: 'number', required: true, label: t('Alerts cleared', 'Alerte încheiate') },
    {
      name: 'failed',
      type: 'array',
      label: t('Failed', 'Eșuate'),
      fields: [
        { name: 'project', type: 'number', required: true },
        { name: 'message', type: 'text', required: true },
      ],
    },
  ],
  handler: async ({ req }) => {
    const output = await evaluatePlanAlerts(req)
    const { today, projects, fired, cleared, failed } = output
    req.payload.logger.info({
      msg: `evaluatePlanAlerts (day ${today}): ${projects} project(s), ${fired} fired, ${cleared} cleared`,
      failed: failed.length,
    })
    if (failed.length > 0) {
      // The others are done and committed; failing keeps this run, with its message, in the jobs list.
      throw new Error(`Plan alerts: ${failed.map((f) => `project ${f.project}: ${f.message}`).join('; ')}`)
    }
    return { output }
  },
}
