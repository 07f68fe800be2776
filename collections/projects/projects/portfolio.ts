import type { Endpoint, PayloadRequest, Where } from 'payload'

import { requireSession } from '@/access/engine'
import { notFound } from '@/lib/errors'
import { idOf, recordIdOf } from '@/lib/ids'
import { dayIn } from '@/lib/timeZone'
import { stateLabels, stateOf } from '@/hooks/workflow/stateLabels'
import { dayOf, workCalendarOf } from '../plan/calendar'
import { type HealthActivity, projectHealth, type ProjectHealth } from './health'

type Doc = Record<string, unknown>

/** The most projects the portfolio lists at once (the newest first). */
export const PORTFOLIO_LIMIT = 300

/** One project of the portfolio: who runs it, where it stands, and its health. */
export interface PortfolioRow {
  id: number
  number: string | null
  name: string
  client: string | null
  manager: string | null
  status: string | null
  statusLabel: string | null
  statusCategory: string | null
  startDate: string | null
  health: ProjectHealth
}

export interface PortfolioAnswer {
  timeZone: string
  today: string
  rows: PortfolioRow[]
  totalDocs: number
}

const closedCategories = new Set(['done', 'cancelled'])

/**
 * The plans of the given projects, whole: the caller has already been allowed to read each project,
 * and its health is a summary of all of its plan (a member who reads only their own activities
 * sees the same health as the manager).
 */
async function plansOf(req: PayloadRequest, projectIds: number[], timeZone: string) {
  const plans = new Map<number, HealthActivity[]>(projectIds.map((id) => [id, []]))
  if (projectIds.length === 0) return plans
  const { docs } = await req.payload.find({
    collection: 'project-activities',
    where: { project: { in: projectIds } },
    select: {
      project: true,
      title: true,
      plannedEnd: true,
      baselineEnd: true,
      plannedEffort: true,
      percentComplete: true,
      milestone: true,
      actualEnd: true,
      statusCategory: true,
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const doc of docs as Doc[]) {
    plans.get(Number(idOf(doc.project)))?.push({
      id: Number(doc.id),
      title: String(doc.title ?? ''),
      plannedEnd: dayOf(doc.plannedEnd, timeZone),
      baselineEnd: dayOf(doc.baselineEnd, timeZone),
      plannedEffort: typeof doc.plannedEffort === 'number' ? doc.plannedEffort : null,
      percentComplete: typeof doc.percentComplete === 'number' ? doc.percentComplete : null,
      milestone: Boolean(doc.milestone),
      finished: Boolean(doc.actualEnd) || closedCategories.has(String(doc.statusCategory)),
    })
  }
  return plans
}

const nameOf = (value: unknown, field: string) =>
  value && typeof value === 'object' ? (((value as Doc)[field] as string | undefined) ?? null) : null

/**
 * The projects the caller may read (read with their access, so a member sees only the projects
 * they are in), each with its health computed as on the project page. `now` fixes the clock.
 */
export async function portfolioOf(
  req: PayloadRequest,
  { where, now = new Date() }: { where?: Where; now?: Date } = {},
): Promise<PortfolioAnswer> {
  const cal = await workCalendarOf(req)
  const today = dayIn(now, cal.timeZone)
  const projects = await req.payload.find({
    collection: 'projects',
    where,
    select: {
      number: true,
      name: true,
      client: true,
      manager: true,
      status: true,
      statusCategory: true,
      startDate: true,
      plannedEnd: true,
      budgetHours: true,
      spentHours: true,
    },
    populate: { clients: { name: true }, users: { name: true } },
    depth: 1,
    sort: '-createdAt',
    limit: PORTFOLIO_LIMIT,
    user: req.user,
    overrideAccess: false,
    req,
  })
  const docs = projects.docs as unknown as Doc[]
  // One after the other: the request holds one connection.
  const plans = await plansOf(
    req,
    docs.map((doc) => Number(doc.id)),
    cal.timeZone,
  )
  const labels = await stateLabels(req, 'projects')
  const rows = docs.map((doc): PortfolioRow => {
    const state = stateOf(labels, doc as { status?: string | null; statusCategory?: string | null })
    return {
      id: Number(doc.id),
      number: (doc.number as string | null) ?? null,
      name: String(doc.name ?? ''),
      client: nameOf(doc.client, 'name'),
      manager: nameOf(doc.manager, 'name'),
      status: state.status,
      statusLabel: state.statusLabel ?? state.status,
      statusCategory: (doc.statusCategory as string | null) ?? null,
      startDate: dayOf(doc.startDate, cal.timeZone),
      health: projectHealth(
        {
          plannedEnd: dayOf(doc.plannedEnd, cal.timeZone),
          budgetHours: typeof doc.budgetHours === 'number' ? doc.budgetHours : null,
          spentHours: typeof doc.spentHours === 'number' ? doc.spentHours : null,
        },
        plans.get(Number(doc.id)) ?? [],
        today,
        cal,
      ),
    }
  })
  return { timeZone: cal.timeZone, today, rows, totalDocs: projects.totalDocs }
}

/** `GET /api/projects/portfolio`: the caller's readable projects with their health. */
export const portfolioEndpoint: Endpoint = {
  path: '/portfolio',
  method: 'get',
  handler: async (req) => {
    requireSession(req)
    return Response.json(await portfolioOf(req))
  },
}

/** `GET /api/projects/:id/health`: one project's health (404 when the caller may not read it). */
export const healthEndpoint: Endpoint = {
  path: '/:id/health',
  method: 'get',
  handler: async (req) => {
    requireSession(req)
    const id = recordIdOf(req.routeParams?.id)
    const missing = { en: 'Project not found.', ro: 'Proiectul nu a fost găsit.' }
    if (id === null) throw notFound(req, missing)
    const { rows, timeZone, today } = await portfolioOf(req, { where: { id: { equals: id } } })
    if (rows.length === 0) throw notFound(req, missing)
    return Response.json({ timeZone, today, ...rows[0] })
  },
}
