import {
  addDataAndFileToRequest,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  commitTransaction,
  type Endpoint,
  type Field,
  initTransaction,
  killTransaction,
  type PayloadRequest,
} from 'payload'
import { z } from 'zod'

import { requireSession } from '@/access/engine'
import { serverOwned } from '@/fields/serverOwned'
import { labelText } from '@/lib/fieldLabel'
import { t } from '@/lib/i18n'
import { idOf, recordIdOf } from '@/lib/ids'
import { lockAndRead } from '@/lib/rowLock'
import {
  contextFor,
  effectPatches,
  guardRefusal,
  initialState,
  mayRun,
  notAllowed,
  recordStep,
  stateNamed,
  workflowFor,
} from './engine'
import { refuse } from '@/lib/errors'
import type { Workflow } from '@/payload-types'
import { registerBinding } from './registry'
import { stateCategoryOptions } from './categories'
import { stateLabels } from './stateLabels'
import type { StepContext, WorkflowBinding, WorkflowTransition } from './types'

type Doc = Record<string, unknown>
type PendingStep = { collection: string; id: string; transition: string; comment?: string }
const PENDING = 'organizecrm:workflow:pending'
const WRITES_FROZEN = 'organizecrm:workflow:writesFrozen'
const DONE = 'organizecrm:workflow:done'

/** A field's label in a language, as the form shows it; its name when it has none. */
function fieldLabel(req: PayloadRequest, collection: string, name: string, language: 'en' | 'ro') {
  const field = req.payload.collections[collection as 'users']?.config.flattenedFields.find((f) => f.name === name)
  return labelText(req, field && 'label' in field ? field.label : undefined, language, name)
}

const comparable = (value: unknown): string =>
  JSON.stringify(Array.isArray(value) ? value.map((v) => idOf(v) ?? v) : (idOf(value) ?? value ?? null))

const CREATE: Omit<WorkflowTransition, 'to'> = { key: 'create', label: 'create', from: [] }

/**
 * Puts a collection under a workflow: adds the `status` and `statusCategory` fields, the hooks
 * that hold every status change to the workflow's rules, and the transition endpoints.
 */
export function workflowGoverned(collection: string, binding: WorkflowBinding) {
  registerBinding(collection, binding)

  const fields: Field[] = [
    {
      name: 'status',
      type: 'text',
      index: true,
      label: t('Status', 'Stare'),
      admin: {
        position: 'sidebar',
        readOnly: true,
        components: {
          Field: '/hooks/workflow/components/WorkflowPanel#WorkflowPanel',
          Cell: '/hooks/workflow/components/StatusCell#StatusCell',
        },
      },
    },
    // Derived from `status` on every save; a client's value is dropped.
    serverOwned({
      name: 'statusCategory',
      type: 'select',
      index: true,
      label: t('Status category', 'Categoria stării'),
      options: stateCategoryOptions,
      admin: { position: 'sidebar', readOnly: true },
    }),
    {
      name: 'workflowComment',
      type: 'text',
      virtual: true,
      label: t('Comment for the status change', 'Comentariu pentru schimbarea stării'),
      admin: { hidden: true },
    },
  ]

  const beforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
    const comment = typeof data.workflowComment === 'string' ? data.workflowComment : undefined
    delete data.workflowComment
    if (operation === 'create') {
      const workflow = await workflowFor(req, collection, data)
      const initial = initialState(workflow)
      if (data.status && data.status !== initial.key) {
        throw refuse(req, 400, {
          en: `New records start in the state "${initial.key}".`,
          ro: `Înregistrările noi pornesc din starea „${initial.key}”.`,
        })
      }
      stash(req, null, {
        ...contextFor(req, collection, data, workflow, { ...CREATE, to: initial.key }, undefined),
        from: null,
      })
      data.status = initial.key
      data.statusCategory = initial.category
      return data
    }

    const current = originalDoc.status as string
    const merged = { ...originalDoc, ...data }
    const workflow = await workflowFor(req, collection, merged)
    const pending = req.context[PENDING] as PendingStep | undefined
    let step: Omit<StepContext, 'params'> | undefined
    if (pending && pending.collection === collection && pending.id === String(originalDoc.id)) {
      // The transition endpoint has locked the row and checked role, state and guards. Consumed
      // here, so an effect that saves the same record again does not run the step a second time.
      delete req.context[PENDING]
      const transition = workflow.transitions.find((tr) => tr.key === pending.transition)!
      step = contextFor(req, collection, originalDoc, workflow, transition, pending.comment)
    } else if (data.status !== undefined && data.status !== current) {
      step = await authorizePlainChange(req, collection, binding, originalDoc, workflow, String(data.status), comment)
    } else {
      data.status = current
    }

    const state = stateNamed(workflow, current)
    const patches = step ? effectPatches(step) : {}
    const unfrozen = req.context[WRITES_FROZEN] === `${collection}:${originalDoc.id}`
    const frozen = (unfrozen ? [] : (state?.readOnlyFields ?? [])).filter(
      (field) => field in data && !(field in patches) && comparable(data[field]) !== comparable(originalDoc[field]),
    )
    if (frozen.length > 0) {
      const names = (language: 'en' | 'ro') =>
        frozen.map((field) => fieldLabel(req, collection, field, language)).join(', ')
      throw refuse(req, 400, {
        en: `These fields cannot change while the record is "${state?.label ?? current}": ${names('en')}.`,
        ro: `Aceste câmpuri nu pot fi modificate cât timp înregistrarea este „${state?.label ?? current}”: ${names('ro')}.`,
      })
    }
    if (step) {
      Object.assign(data, patches, { status: step.to })
      stash(req, originalDoc.id as number, step)
    }
    // Always the category of the state, whatever anyone sent: lists and reports filter on it.
    data.statusCategory = stateNamed(workflow, data.status as string)?.category ?? originalDoc.statusCategory ?? null
    return data
  }

  const afterChange: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
    const steps = (req.context[DONE] ?? {}) as Record<string, Omit<StepContext, 'params'>>
    const key = `${collection}:${operation === 'create' ? 'new' : doc.id}`
    const step = steps[key]
    if (!step) return doc
    delete steps[key]
    await recordStep(step, doc)
    return doc
  }

  const endpoints: Endpoint[] = [
    { path: '/:id/transition', method: 'post', handler: (req) => transitionHandler(req, collection, binding) },
    { path: '/:id/transitions', method: 'get', handler: (req) => availableHandler(req, collection, binding) },
    { path: '/:id/history', method: 'get', handler: (req) => historyHandler(req, collection) },
  ]

  return { fields, hooks: { beforeChange: [beforeChange], afterChange: [afterChange] }, endpoints }
}

/**
 * Saves a record's fields its state has frozen, as the step of another record decided (an approved
 * amendment changes its signed contract). Only the application's own code calls it.
 */
export async function writeFrozen<T>(
  req: PayloadRequest,
  collection: string,
  id: number | string,
  save: () => Promise<T>,
) {
  const before = req.context[WRITES_FROZEN]
  req.context[WRITES_FROZEN] = `${collection}:${id}`
  try {
    return await save()
  } finally {
    req.context[WRITES_FROZEN] = before
  }
}

function stash(req: PayloadRequest, id: number | null, step: Omit<StepContext, 'params'>) {
  const steps = (req.context[DONE] ?? {}) as Record<string, Omit<StepContext, 'params'>>
  steps[`${step.collection}:${id ?? 'new'}`] = step
  req.context[DONE] = steps
}

/** A plain update that changes `status` is held to the transitions the workflow allows. */
async function authorizePlainChange(
  req: PayloadRequest,
  collection: string,
  binding: WorkflowBinding,
  originalDoc: Doc,
  workflow: Awaited<ReturnType<typeof workflowFor>>,
  target: string,
  comment: string | undefined,
) {
  const current = originalDoc.status as string
  const locked = await lockAndRead(req, collection, originalDoc.id as number, 'status')
  if (locked !== current) throw changedMeanwhile(req)
  const candidates = workflow.transitions.filter((tr) => tr.from.includes(current) && tr.to === target)
  if (candidates.length === 0) {
    throw refuse(req, 409, {
      en: `There is no step from "${current}" to "${target}".`,
      ro: `Nu există niciun pas din „${current}” în „${target}”.`,
    })
  }
  const allowed: WorkflowTransition[] = []
  for (const candidate of candidates) if (await mayRun(req, binding, originalDoc, candidate)) allowed.push(candidate)
  if (allowed.length === 0) throw notAllowed(req, candidates[0])
  let refusal = null
  for (const transition of allowed) {
    const step = contextFor(req, collection, originalDoc, workflow, transition, comment)
    refusal = await guardRefusal(step)
    if (!refusal) return step
  }
  throw refuse(req, 400, refusal!)
}

const changedMeanwhile = (req: PayloadRequest) =>
  refuse(req, 409, {
    en: 'Someone else changed the status of this record meanwhile. Reload it and try again.',
    ro: 'Altcineva a schimbat între timp starea acestei înregistrări. Reîncărcați-o și încercați din nou.',
  })

const notFound = (req: PayloadRequest) =>
  refuse(req, 404, { en: 'Record not found.', ro: 'Înregistrarea nu a fost găsită.' })

function recordId(req: PayloadRequest) {
  const id = recordIdOf(req.routeParams?.id)
  if (id === null) throw notFound(req)
  return id
}

/** The record as the caller may see it: 404 when it does not exist or is not theirs to read. */
async function readable(req: PayloadRequest, collection: string, id: number) {
  const doc = await req.payload.findByID({
    collection: collection as 'users',
    id,
    depth: 0,
    user: req.user,
    overrideAccess: false,
    disableErrors: true,
    req,
  })
  if (!doc) throw notFound(req)
  return doc as unknown as Doc
}

const TransitionBody = z.object({
  transition: z.string().min(1),
  comment: z.string().max(5000).optional(),
})

async function transitionHandler(req: PayloadRequest, collection: string, binding: WorkflowBinding) {
  requireSession(req)
  const id = recordId(req)
  await addDataAndFileToRequest(req)
  const body = TransitionBody.safeParse(req.data)
  if (!body.success) {
    throw refuse(req, 400, {
      en: 'Send {"transition": "<key>", "comment": "..."}.',
      ro: 'Trimiteți {"transition": "<cheie>", "comment": "..."}.',
    })
  }
  const ownTransaction = await initTransaction(req)
  try {
    const { transition, updated } = await runUserStep(
      req,
      collection,
      binding,
      id,
      body.data.transition,
      body.data.comment,
    )
    if (ownTransaction) await commitTransaction(req)
    const visible = await req.payload.findByID({
      collection: collection as 'users',
      id,
      depth: 0,
      user: req.user,
      overrideAccess: false,
      disableErrors: true,
      req,
    })
    return Response.json({ doc: visible ?? updated, message: transition.label ?? transition.key })
  } catch (error) {
    delete req.context[PENDING]
    if (ownTransaction) await killTransaction(req)
    throw error
  }
}

/**
 * Takes a step for the signed-in user, in the caller's transaction: locks the row, checks that the
 * user may read the record, that the step starts from its state, role and responsibility, and the
 * guards, then saves the new state (403/409/400/404 as in ARCHITECTURE §5).
 */
export async function runUserStep(
  req: PayloadRequest,
  collection: string,
  binding: WorkflowBinding,
  id: number,
  transitionKey: string,
  comment?: string,
) {
  const status = await lockAndRead(req, collection, id, 'status')
  if (status === undefined) throw notFound(req)
  const doc = await readable(req, collection, id)
  const workflow = await workflowFor(req, collection, doc)
  const transition = workflow.transitions.find((tr) => tr.key === transitionKey)
  if (!transition) {
    throw refuse(req, 400, {
      en: `The workflow has no step "${transitionKey}".`,
      ro: `Fluxul nu are pasul „${transitionKey}”.`,
    })
  }
  if (!transition.from.includes(status as string)) {
    throw refuse(req, 409, {
      en: `"${transition.label ?? transition.key}" is not available while the record is "${stateNamed(workflow, status)?.label ?? status}".`,
      ro: `„${transition.label ?? transition.key}” nu este disponibil cât timp înregistrarea este „${stateNamed(workflow, status)?.label ?? status}”.`,
    })
  }
  if (!(await mayRun(req, binding, doc, transition))) throw notAllowed(req, transition)
  const refusal = await guardRefusal(contextFor(req, collection, doc, workflow, transition, comment))
  if (refusal) throw refuse(req, 400, refusal)

  req.context[PENDING] = { collection, id: String(id), transition: transition.key, comment } satisfies PendingStep
  // The workflow has authorised this step (role × status); it is not an ordinary edit.
  const updated = await req.payload.update({
    collection: collection as 'todos',
    id,
    data: { status: transition.to },
    depth: 0,
    overrideAccess: true,
    req,
  })
  delete req.context[PENDING]
  return { transition, updated }
}

async function availableHandler(req: PayloadRequest, collection: string, binding: WorkflowBinding) {
  requireSession(req)
  const doc = await readable(req, collection, recordId(req))
  const workflow = await workflowFor(req, collection, doc)
  const current = stateNamed(workflow, doc.status as string)
  const transitions = []
  for (const transition of workflow.transitions.filter((tr) => tr.from.includes(doc.status as string))) {
    if (!(await mayRun(req, binding, doc, transition))) continue
    const refusal = await guardRefusal(contextFor(req, collection, doc, workflow, transition, 'check'))
    const target = stateNamed(workflow, transition.to)
    transitions.push({
      key: transition.key,
      label: transition.label ?? transition.key,
      to: transition.to,
      toLabel: target?.label ?? transition.to,
      toCategory: target?.category,
      commentRequired: Boolean(transition.commentRequired),
      blocked: refusal ? (req.i18n?.language === 'ro' ? refusal.ro : refusal.en) : null,
    })
  }
  return Response.json({
    status: doc.status,
    statusLabel: current?.label ?? doc.status,
    category: current?.category,
    workflow: workflow.key,
    transitions,
  })
}

async function historyHandler(req: PayloadRequest, collection: string) {
  requireSession(req)
  const id = recordId(req)
  await readable(req, collection, id)
  const { docs } = await req.payload.find({
    collection: 'workflow-events',
    where: { collection: { equals: collection }, record: { equals: String(id) } },
    sort: 'createdAt',
    limit: 500,
    depth: 1,
    // The caller may read the record (checked above); its history goes with it.
    overrideAccess: true,
    req,
  })
  const labels = await stateLabels(req, collection as Workflow['collection'])
  const labelOf = (state: string | null | undefined) => (state ? (labels.get(state) ?? state) : null)
  return Response.json({
    events: docs.map((event) => ({
      at: event.createdAt,
      transition: event.transition,
      from: event.from,
      to: event.to,
      // The states as the reader calls them (the keys stay for programs).
      fromLabel: labelOf(event.from),
      toLabel: labelOf(event.to),
      comment: event.comment,
      user: event.user && typeof event.user === 'object' ? { id: event.user.id, name: event.user.name } : null,
    })),
  })
}

/**
 * A step the application takes by itself (a scheduled job: a sent offer expires). No person's
 * rights apply, but the transition must start from the current state and its guards must pass;
 * the step is logged without a user and runs its effects, in the caller's transaction (`req`).
 * Answers false when the record is gone or no longer where the step starts: running twice is safe.
 */
export async function runSystemStep(
  req: PayloadRequest,
  collection: string,
  id: number,
  transitionKey: string,
  comment?: string,
) {
  const status = await lockAndRead(req, collection, id, 'status')
  if (status === undefined) return false
  const doc = (await req.payload.findByID({
    collection: collection as 'users',
    id,
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as Doc
  const workflow = await workflowFor(req, collection, doc)
  const transition = workflow.transitions.find((tr) => tr.key === transitionKey)
  if (!transition) throw new Error(`The workflow "${workflow.key}" has no step "${transitionKey}".`)
  if (!transition.from.includes(status as string)) return false
  if (await guardRefusal(contextFor(req, collection, doc, workflow, transition, comment))) return false
  req.context[PENDING] = { collection, id: String(id), transition: transition.key, comment } satisfies PendingStep
  await req.payload.update({
    collection: collection as 'todos',
    id,
    data: { status: transition.to },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return true
}
