import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { mayCreate, requireSession } from '@/access/engine'
import { badRequest, forbidden, notFound } from '@/lib/errors'
import { type Bilingual, say } from '@/lib/i18n'
import { idOf, recordIdOf } from '@/lib/ids'
import { isDay } from '@/lib/timeZone'
import { inTransaction } from '@/lib/transaction'
import { storedDay, workCalendarOf } from '../plan/calendar'
import { planItemsOf, refuseUnschedulable } from '../plan/problems'
import { computePlan } from '../plan/schedule'
import { copyPlanAlerts } from '../plan-alerts/copy'
import { refreshPlannedEnd, WRITING_PLAN } from '../project-activities/plannedEnd'
import { projectOwnership } from './ownership'

type Doc = Record<string, unknown>
type TemplateActivity = Doc & { key: string; title: string; predecessors?: { activity: string; lag?: number }[] }
type Member = { user?: unknown; role?: unknown }
type TemplateDeliverable = { name: string; activity?: string | null; needsAcceptance?: boolean | null }

/** Reads a record as the caller; what they cannot read is not found. */
const readAsCaller = (req: PayloadRequest, collection: 'project-templates' | 'clients' | 'contracts', id: number) =>
  req.payload.findByID({
    collection,
    id,
    depth: 0,
    disableErrors: true,
    user: req.user,
    overrideAccess: false,
    req,
  }) as Promise<Doc | null>

/** An optional id in the body: absent, or a record id (else 400). */
function optionalId(req: PayloadRequest, value: unknown, what: Bilingual) {
  if (value === undefined || value === null || value === '') return null
  const id = recordIdOf(value)
  if (id === null) throw badRequest(req, { en: `${what.en}: not a valid id.`, ro: `${what.ro}: id nevalid.` })
  return id
}

/** The first member holding the role, else the project's manager. */
const responsibleFor = (role: unknown, members: Member[], manager: unknown) =>
  idOf(members.find((m) => role && String(idOf(m.role)) === String(idOf(role)))?.user) ?? idOf(manager)

/** Activities in an order where each comes after its predecessors (the template is known to be acyclic). */
function predecessorsFirst(activities: TemplateActivity[]) {
  const placed = new Set<string>()
  const order: TemplateActivity[] = []
  while (order.length < activities.length) {
    for (const activity of activities) {
      if (placed.has(activity.key)) continue
      if ((activity.predecessors ?? []).every((p) => placed.has(p.activity))) {
        placed.add(activity.key)
        order.push(activity)
      }
    }
  }
  return order
}

/**
 * A project in planning and its whole plan, made as the caller, in one transaction: the activities
 * dated from the template's offsets, durations and links over the working days and holidays in
 * Settings → Time, linked as in the template, under their phase's name, each given to the first
 * member holding its role (else the manager). Any refusal keeps nothing. `body`: {"template","start","client","contract"?,
 * "name"?,"manager"?,"members"?}.
 */
export async function createProjectFromTemplate(req: PayloadRequest, body: Doc) {
  const templateId = optionalId(req, body.template, { en: 'Template', ro: 'Șablon' })
  const clientId = optionalId(req, body.client, { en: 'Client', ro: 'Client' })
  const contractId = optionalId(req, body.contract, { en: 'Contract', ro: 'Contract' })
  const managerId = optionalId(req, body.manager, { en: 'Manager', ro: 'Manager' })
  const start = typeof body.start === 'string' ? body.start.slice(0, 10) : ''
  if (templateId === null || clientId === null || !isDay(start)) {
    throw badRequest(req, {
      en: 'Send {"template": <id>, "start": "YYYY-MM-DD", "client": <id>} (and optionally "contract", "name").',
      ro: 'Trimiteți {"template": <id>, "start": "AAAA-LL-ZZ", "client": <id>} (și opțional "contract", "name").',
    })
  }
  if (!(await mayCreate(req, 'projects', projectOwnership))) {
    throw forbidden(req, { en: 'You may not create projects.', ro: 'Nu aveți dreptul să creați proiecte.' })
  }
  const template = await readAsCaller(req, 'project-templates', templateId)
  if (!template) throw notFound(req, { en: 'Project template not found.', ro: 'Șablonul de proiect nu a fost găsit.' })
  if (!(await readAsCaller(req, 'clients', clientId))) {
    throw notFound(req, { en: 'Client not found.', ro: 'Clientul nu a fost găsit.' })
  }
  if (contractId !== null && !(await readAsCaller(req, 'contracts', contractId))) {
    throw notFound(req, { en: 'Contract not found.', ro: 'Contractul nu a fost găsit.' })
  }
  const activities = (template.activities ?? []) as TemplateActivity[]
  // A template's activity names its phase by key; the project's activity keeps the phase's name.
  const phaseNames = new Map(
    ((template.phases ?? []) as { key?: string | null; name?: string | null }[]).map((p) => [p.key, p.name]),
  )
  const items = planItemsOf(activities).map((item, i) => (activities[i].milestone ? { ...item, duration: 0 } : item))
  refuseUnschedulable(req, items)
  const cal = await workCalendarOf(req)
  const dates = computePlan(start, items, cal)

  return inTransaction(req, async () => {
    const project = await req.payload.create({
      collection: 'projects',
      data: {
        name: typeof body.name === 'string' && body.name.trim() ? body.name.trim() : template.name,
        client: clientId,
        contract: contractId,
        template: templateId,
        manager: managerId ?? req.user!.id,
        members: Array.isArray(body.members) ? body.members : [],
        startDate: storedDay(start),
      } as never,
      depth: 0,
      user: req.user,
      overrideAccess: false,
      req,
    })
    const members = (project.members ?? []) as Member[]
    const ids = new Map<string, number>()
    const made = new Map<string, Doc>()
    req.context[WRITING_PLAN] = true
    try {
      for (const activity of predecessorsFirst(activities)) {
        const planned = dates.get(activity.key)!
        const created = await req.payload.create({
          collection: 'project-activities',
          data: {
            project: project.id,
            key: activity.key,
            phase: typeof activity.phase === 'string' ? (phaseNames.get(activity.phase) ?? activity.phase) : null,
            title: activity.title,
            plannedStart: storedDay(planned.start),
            plannedEnd: storedDay(planned.end),
            duration: items.find((item) => item.key === activity.key)!.duration,
            milestone: Boolean(activity.milestone),
            plannedEffort: activity.effort ?? null,
            responsible: responsibleFor(activity.role, members, project.manager),
            predecessors: (activity.predecessors ?? []).map((p) => ({
              activity: ids.get(p.activity),
              lag: p.lag ?? 0,
            })),
          } as never,
          depth: 0,
          user: req.user,
          overrideAccess: false,
          req,
        })
        ids.set(activity.key, created.id as number)
        made.set(activity.key, created as unknown as Doc)
      }
    } finally {
      delete req.context[WRITING_PLAN]
    }
    await refreshPlannedEnd(req, project.id)
    const deliverables = await addDeliverables(req, project, template.deliverables, made)
    await copyPlanAlerts(req, project.id, template.alerts)
    return { project, activities: ids.size, deliverables }
  })
}

/** The template's deliverables, each due when its activity ends and prepared by its responsible. */
async function addDeliverables(
  req: PayloadRequest,
  project: { id: number | string; manager?: unknown },
  deliverables: unknown,
  activities: Map<string, Doc>,
) {
  const list = (Array.isArray(deliverables) ? deliverables : []) as TemplateDeliverable[]
  for (const deliverable of list) {
    const activity = deliverable.activity ? activities.get(deliverable.activity) : undefined
    await req.payload.create({
      collection: 'project-deliverables',
      data: {
        project: project.id,
        name: deliverable.name,
        activity: activity?.id ?? null,
        dueDate: activity?.plannedEnd ?? null,
        needsAcceptance: Boolean(deliverable.needsAcceptance),
        responsible: idOf(activity?.responsible) ?? idOf(project.manager),
      } as never,
      depth: 0,
      user: req.user,
      overrideAccess: false,
      req,
    })
  }
  return list.length
}

/** POST /api/projects/from-template: createProjectFromTemplate for the signed-in caller. */
export const fromTemplateEndpoint: Endpoint = {
  path: '/from-template',
  method: 'post',
  handler: async (req) => {
    requireSession(req)
    await addDataAndFileToRequest(req)
    const made = await createProjectFromTemplate(req, (req.data ?? {}) as Doc)
    const doc = await req.payload.findByID({
      collection: 'projects',
      id: made.project.id,
      depth: 0,
      disableErrors: true,
      user: req.user,
      overrideAccess: false,
      req,
    })
    return Response.json(
      {
        doc: doc ?? made.project,
        activities: made.activities,
        deliverables: made.deliverables,
        message: say(req.i18n?.language, {
          en: `Project ${made.project.number} created with ${made.activities} activities and ${made.deliverables} deliverables.`,
          ro: `Proiectul ${made.project.number} a fost creat cu ${made.activities} activități și ${made.deliverables} livrabile.`,
        }),
      },
      { status: 201 },
    )
  },
}
