import { addDataAndFileToRequest, type Endpoint, type PayloadRequest, ValidationError } from 'payload'

import { requireSession } from '@/access/engine'
import { mayWorkUnder } from '@/access/parent'
import { badRequest, conflict, forbidden, notFound } from '@/lib/errors'
import { say } from '@/lib/i18n'
import { idOf, recordIdOf } from '@/lib/ids'
import { contentLocale, fieldOf } from '@/lib/relations'
import { lockKey } from '@/lib/rowLock'
import { inTransaction } from '@/lib/transaction'
import { TAKING_OVER } from '../project-activities/fromContractActivity'
import { refreshPlannedEnd, WRITING_PLAN } from '../project-activities/plannedEnd'
import { lockProjects } from './lock'

type Doc = Record<string, unknown>

/** The most contract activities taken over in one request (a contract has a few dozen). */
export const MAX_TAKEN_AT_ONCE = 200

/** A contract activity as the project page offers it. */
export interface ContractActivityChoice {
  id: number
  title: string
  type: string | null
  dueDate: string | null
  responsible: string | null
  /** The project activity carrying it over already, if any (in this project or another). */
  takenOver: boolean
}

export interface ContractActivityChoices {
  /** The contract the project implements; null when it implements none. */
  contract: { id: number; number: string | null; title: string | null } | null
  /** Whether the caller may change the project, hence take activities over. */
  mayTakeOver: boolean
  rows: ContractActivityChoice[]
}

const PROJECT_NOT_FOUND = { en: 'Project not found.', ro: 'Proiectul nu a fost găsit.' }
const UNDER_PROJECT = { field: 'project', collection: 'projects', need: 'update' } as const
/** A contract milestone becomes a milestone of the plan (no duration); anything else takes a working day. */
const MILESTONE_TYPE = 'milestone'

/** The project as the caller reads it; what they cannot read is not found (404). */
async function projectOf(req: PayloadRequest, value: unknown) {
  const id = recordIdOf(value)
  const project =
    id === null
      ? null
      : await req.payload.findByID({
          collection: 'projects',
          id,
          depth: 0,
          select: { number: true, name: true, contract: true, startDate: true, manager: true },
          disableErrors: true,
          user: req.user,
          overrideAccess: false,
          req,
        })
  if (!project) throw notFound(req, PROJECT_NOT_FOUND)
  return project
}

/**
 * Which of these contract activities a project activity carries over already. Read over every
 * project: one carried over into a project the caller cannot read is still taken.
 */
async function alreadyTaken(req: PayloadRequest, ids: number[]) {
  if (ids.length === 0) return new Set<number>()
  const { docs } = await req.payload.find({
    collection: 'project-activities',
    where: { fromContractActivity: { in: ids } },
    select: { fromContractActivity: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Set(docs.map((doc) => Number(idOf(doc.fromContractActivity))))
}

/** The contract's activities the caller reads, by due date, with their type and responsible person. */
async function contractActivities(req: PayloadRequest, where: Doc) {
  const { docs } = await req.payload.find({
    collection: 'contract-activities',
    where: where as never,
    sort: ['dueDate', 'id'],
    depth: 1,
    select: { contract: true, title: true, description: true, type: true, dueDate: true, responsible: true },
    populate: { nomenclators: { value: true, label: true }, users: { name: true } },
    locale: contentLocale(req),
    limit: 500,
    user: req.user,
    overrideAccess: false,
    req,
  })
  return docs as unknown as Doc[]
}

/** The contract activities of the project's contract the caller reads, and whether each is taken over already. */
export async function contractActivityChoices(
  req: PayloadRequest,
  projectId: unknown,
): Promise<ContractActivityChoices> {
  const project = await projectOf(req, projectId)
  const contractId = recordIdOf(idOf(project.contract))
  const mayTakeOver = await mayWorkUnder(req, UNDER_PROJECT, project.id)
  if (contractId === null) return { contract: null, mayTakeOver, rows: [] }
  const contract = await req.payload.findByID({
    collection: 'contracts',
    id: contractId,
    depth: 0,
    select: { number: true, title: true },
    disableErrors: true,
    user: req.user,
    overrideAccess: false,
    req,
  })
  const activities = await contractActivities(req, { contract: { equals: contractId } })
  const taken = await alreadyTaken(
    req,
    activities.map((activity) => Number(activity.id)),
  )
  return {
    contract: { id: contractId, number: contract?.number ?? null, title: contract?.title ?? null },
    mayTakeOver,
    rows: activities.map((activity) => ({
      id: Number(activity.id),
      title: String(activity.title ?? ''),
      type: fieldOf(activity.type, 'label'),
      dueDate: (activity.dueDate as string | null | undefined) ?? null,
      responsible: fieldOf(activity.responsible, 'name'),
      takenOver: taken.has(Number(activity.id)),
    })),
  }
}

/** The ids as a list (each once), or a 400 saying what to send. */
function chosenIds(req: PayloadRequest, body: Doc) {
  const chosen = body.activities
  const ids = Array.isArray(chosen) ? chosen.map(recordIdOf) : []
  if (!Array.isArray(chosen) || ids.length === 0 || ids.length > MAX_TAKEN_AT_ONCE || ids.includes(null)) {
    throw badRequest(req, {
      en: `Send {"activities": [<contract activity id>, ...]} with 1 to ${MAX_TAKEN_AT_ONCE} ids (and optionally "phase").`,
      ro: `Trimiteți {"activities": [<id activitate contract>, ...]} cu 1 până la ${MAX_TAKEN_AT_ONCE} id-uri (și opțional "phase").`,
    })
  }
  if (body.phase !== undefined && body.phase !== null && typeof body.phase !== 'string') {
    throw badRequest(req, { en: 'The phase is a text.', ro: 'Faza este un text.' })
  }
  return [...new Set(ids as number[])]
}

const listed = (ids: number[]) => ids.map((id) => `#${id}`).join(', ')

/** Whether a save was refused by the unique link (another request took the same activity over first). */
const takenMeanwhile = (error: unknown) =>
  error instanceof ValidationError &&
  error.data.errors.some((e) => /fromContractActivity|from_contract_activity/.test(String(e.path ?? '')))

/**
 * Carries contract activities over into the plan of the project implementing their contract, as
 * the caller, in one transaction: one project activity each, with its title and description, its
 * responsible person (else the project's manager), starting on its due day (else the project's
 * start) for a working day (a contract milestone stays a milestone), linked to the contract
 * activity. Refused whole: 404 for a project or an activity the caller cannot read, 403 when they
 * may not change the project, 400 for an activity of another contract, 409 for one taken over
 * already (checked under a lock per contract, so two requests at once cannot both take one).
 * `body`: {"activities": [ids], "phase"?: string}.
 */
export async function takeOverContractActivities(req: PayloadRequest, projectId: unknown, body: Doc) {
  const project = await projectOf(req, projectId)
  if (!(await mayWorkUnder(req, UNDER_PROJECT, project.id))) {
    throw forbidden(req, {
      en: 'You may not change this project, so you cannot add activities to its plan.',
      ro: 'Nu aveți dreptul să modificați acest proiect, deci nu puteți adăuga activități în planul lui.',
    })
  }
  const ids = chosenIds(req, body)
  const phase = typeof body.phase === 'string' && body.phase.trim() ? body.phase.trim() : null
  const contractId = recordIdOf(idOf(project.contract))
  if (contractId === null) {
    throw badRequest(req, {
      en: `Project ${project.number} implements no contract: link it to its contract first.`,
      ro: `Proiectul ${project.number} nu implementează niciun contract: legați-l mai întâi de contractul lui.`,
    })
  }
  const activities = await contractActivities(req, { id: { in: ids } })
  const found = new Set(activities.map((activity) => Number(activity.id)))
  const missing = ids.filter((id) => !found.has(id))
  if (missing.length > 0) {
    throw notFound(req, {
      en: `Contract activities not found: ${listed(missing)}.`,
      ro: `Activitățile de contract nu au fost găsite: ${listed(missing)}.`,
    })
  }
  const foreign = activities.filter((activity) => Number(idOf(activity.contract)) !== contractId)
  if (foreign.length > 0) {
    const titles = foreign.map((activity) => `"${activity.title}"`).join(', ')
    throw badRequest(req, {
      en: `Not activities of this project's contract: ${titles}.`,
      ro: `Nu sunt activități ale contractului acestui proiect: ${titles}.`,
    })
  }
  return inTransaction(req, async () => {
    // Take-overs from one contract run one after another: the second sees what the first took.
    await lockKey(req, `contract-activities.takeOver:${contractId}`)
    // The project's row first, before the new activities reference it and its planned end is
    // written: another save in the plan meanwhile waits instead of deadlocking with this one.
    await lockProjects(req, [project.id])
    const taken = await alreadyTaken(req, ids)
    if (taken.size > 0) {
      const titles = activities
        .filter((activity) => taken.has(Number(activity.id)))
        .map((activity) => `"${activity.title}"`)
        .join(', ')
      throw conflict(req, {
        en: `Already taken over into a project: ${titles}.`,
        ro: `Preluate deja într-un proiect: ${titles}.`,
      })
    }
    const made: Doc[] = []
    // The project's planned end is set once, after the last activity.
    req.context[WRITING_PLAN] = true
    try {
      for (const activity of activities) {
        const milestone = fieldOf(activity.type, 'value') === MILESTONE_TYPE
        req.context[TAKING_OVER] = Number(activity.id)
        try {
          const created = await req.payload.create({
            collection: 'project-activities',
            data: {
              project: project.id,
              title: activity.title,
              description: activity.description ?? null,
              phase,
              // Replanned onto the first working day from there.
              plannedStart: activity.dueDate ?? project.startDate ?? null,
              duration: milestone ? 0 : 1,
              milestone,
              responsible: idOf(activity.responsible) ?? idOf(project.manager),
            } as never,
            depth: 0,
            user: req.user,
            overrideAccess: false,
            req,
          })
          made.push(created as unknown as Doc)
        } catch (error) {
          if (!takenMeanwhile(error)) throw error
          throw conflict(req, {
            en: `Already taken over into a project: "${activity.title}".`,
            ro: `Preluată deja într-un proiect: "${activity.title}".`,
          })
        } finally {
          delete req.context[TAKING_OVER]
        }
      }
    } finally {
      delete req.context[WRITING_PLAN]
    }
    await refreshPlannedEnd(req, project.id)
    return { project, made }
  })
}

/** `GET /api/projects/:id/from-contract-activities`: what the project page offers to take over. */
export const contractActivityChoicesEndpoint: Endpoint = {
  path: '/:id/from-contract-activities',
  method: 'get',
  handler: async (req) => {
    requireSession(req)
    return Response.json(await contractActivityChoices(req, req.routeParams?.id))
  },
}

/** `POST /api/projects/:id/from-contract-activities`: takeOverContractActivities for the signed-in caller. */
export const fromContractActivitiesEndpoint: Endpoint = {
  path: '/:id/from-contract-activities',
  method: 'post',
  handler: async (req) => {
    requireSession(req)
    await addDataAndFileToRequest(req)
    const { project, made } = await takeOverContractActivities(req, req.routeParams?.id, (req.data ?? {}) as Doc)
    return Response.json(
      {
        docs: made,
        message: say(req.i18n?.language, {
          en: `${made.length} contract activities taken over into the plan of project ${project.number}.`,
          ro: `${made.length} activități din contract preluate în planul proiectului ${project.number}.`,
        }),
      },
      { status: 201 },
    )
  },
}
