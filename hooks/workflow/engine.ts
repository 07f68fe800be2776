import { type PayloadRequest } from 'payload'

import { permissionsFor } from '@/access/engine'
import { idOf } from '@/lib/ids'
import { refuse } from '@/lib/errors'
import { bindingOf, effectNamed, guardNamed } from './registry'
import type {
  Bilingual,
  StateCategory,
  StepContext,
  WorkflowBinding,
  WorkflowData,
  WorkflowState,
  WorkflowTransition,
} from './types'

type Doc = Record<string, unknown>
const sameId = (a: unknown, b: unknown) => a !== null && a !== undefined && String(idOf(a)) === String(idOf(b))

export function requireBinding(collection: string): WorkflowBinding {
  const binding = bindingOf(collection)
  if (!binding) throw new Error(`The collection "${collection}" is not governed by a workflow.`)
  return binding
}

/** The active workflow governing a record, read once per request (never cached across requests). */
export async function workflowFor(req: PayloadRequest, collection: string, doc: Doc): Promise<WorkflowData> {
  const binding = requireBinding(collection)
  const key = typeof binding.workflow === 'string' ? binding.workflow : await binding.workflow(doc, req)
  const cacheKey = `organizecrm:workflow:${key}:${req.locale ?? ''}`
  const cached = req.context[cacheKey] as WorkflowData | undefined
  if (cached) return cached
  const { docs } = await req.payload.find({
    collection: 'workflows',
    where: { key: { equals: key }, active: { equals: true } },
    limit: 1,
    depth: 0,
    locale: req.locale ?? undefined,
    // The engine reads its own configuration; what the caller may do is decided below.
    overrideAccess: true,
    req,
  })
  const workflow = docs[0] as unknown as WorkflowData | undefined
  if (!workflow) {
    throw refuse(req, 409, {
      en: `No active workflow "${key}" governs ${collection}: an administrator must create or activate it.`,
      ro: `Niciun flux activ „${key}” nu guvernează ${collection}: un administrator trebuie să îl creeze sau să îl activeze.`,
    })
  }
  req.context[cacheKey] = workflow
  return workflow
}

export const stateNamed = (workflow: WorkflowData, key: string | null | undefined): WorkflowState | undefined =>
  workflow.states.find((s) => s.key === key)

export const initialState = (workflow: WorkflowData) => workflow.states.find((s) => s.initial)!

/**
 * The category of a record's state, read from its workflow: what checks rely on, rather than the
 * stored `statusCategory` copy (which may lag behind an administrator's edit of the workflow).
 */
export async function stateCategoryOf(
  req: PayloadRequest,
  collection: string,
  doc: object,
): Promise<StateCategory | undefined> {
  const record = doc as Doc
  return stateNamed(await workflowFor(req, collection, record), record.status as string | undefined)?.category
}

/** Role and responsibility: may this user run this transition on this record? (403 when not) */
export async function mayRun(req: PayloadRequest, binding: WorkflowBinding, doc: Doc, transition: WorkflowTransition) {
  const perms = await permissionsFor(req)
  if (!perms) return false
  if (perms.isAdmin) return true
  const roles = ((req.user as { roles?: unknown[] } | null)?.roles ?? []).map(idOf)
  const allowedRoles = (transition.roles ?? []).map(idOf)
  if (allowedRoles.length > 0 && !allowedRoles.some((r) => roles.some((mine) => String(mine) === String(r))))
    return false
  const needsPerson = Boolean(transition.onlyResponsible || transition.onlyOwner)
  if (!needsPerson) return true
  const userId = req.user!.id
  const isResponsible = Boolean(
    transition.onlyResponsible && binding.responsibleField && sameId(doc[binding.responsibleField], userId),
  )
  const isOwner = Boolean(transition.onlyOwner && binding.ownerField && sameId(doc[binding.ownerField], userId))
  return isResponsible || isOwner
}

export const notAllowed = (req: PayloadRequest, transition: WorkflowTransition) =>
  refuse(req, 403, {
    en: `You may not run "${transition.label ?? transition.key}" on this record.`,
    ro: `Nu aveți dreptul să executați „${transition.label ?? transition.key}” pe această înregistrare.`,
  })

export function contextFor(
  req: PayloadRequest,
  collection: string,
  doc: Doc,
  workflow: WorkflowData,
  transition: WorkflowTransition,
  comment: string | undefined,
): Omit<StepContext, 'params'> {
  return {
    req,
    collection,
    binding: requireBinding(collection),
    doc,
    workflow,
    transition,
    from: (doc.status as string | null) ?? null,
    to: transition.to,
    comment,
  }
}

/** The first refusal among the comment rule and the transition's guards, or null. */
export async function guardRefusal(ctx: Omit<StepContext, 'params'>): Promise<Bilingual | null> {
  if (ctx.transition.commentRequired && !ctx.comment?.trim()) {
    return { en: 'A comment is required for this step.', ro: 'Pentru acest pas este necesar un comentariu.' }
  }
  for (const step of ctx.transition.guards ?? []) {
    const guard = guardNamed(step.name)
    if (!guard) return { en: `Unknown guard "${step.name}".`, ro: `Condiție necunoscută „${step.name}”.` }
    const refusal = await guard.check({
      ...ctx,
      params: (guard.params?.parse(step.params ?? {}) ?? step.params ?? {}) as never,
    })
    if (refusal) return refusal
  }
  return null
}

/** Field values the transition's effects save together with the new status. */
export function effectPatches(ctx: Omit<StepContext, 'params'>): Doc {
  const patch: Doc = {}
  for (const step of ctx.transition.effects ?? []) {
    const effect = effectNamed(step.name)
    if (effect?.patch)
      Object.assign(
        patch,
        effect.patch({ ...ctx, params: (effect.params?.parse(step.params ?? {}) ?? step.params ?? {}) as never }),
      )
  }
  return patch
}

/** Logs the step and runs the effects' work, in the same transaction as the change. */
export async function recordStep(ctx: Omit<StepContext, 'params'>, saved: Doc) {
  const { req } = ctx
  await req.payload.create({
    collection: 'workflow-events',
    data: {
      collection: ctx.collection,
      record: String(saved.id),
      workflow: ctx.workflow.key,
      transition: ctx.transition.key,
      from: ctx.from,
      to: ctx.to,
      user: req.user ? (req.user.id as number) : null,
      comment: ctx.comment || null,
    },
    // The log is written only by the engine; nobody may write it through the API.
    overrideAccess: true,
    req,
  })
  for (const step of ctx.transition.effects ?? []) {
    const effect = effectNamed(step.name)
    if (effect?.run)
      await effect.run({
        ...ctx,
        doc: saved,
        params: (effect.params?.parse(step.params ?? {}) ?? step.params ?? {}) as never,
      })
  }
}
