import type { PayloadRequest } from 'payload'
import type { z } from 'zod'

/** What a state means, whatever it is called: logic keys off categories, never off names. */
export const STATE_CATEGORIES = ['open', 'active', 'waiting', 'done', 'cancelled'] as const
export type StateCategory = (typeof STATE_CATEGORIES)[number]

type Ref = number | string | { id: number | string }

export interface WorkflowState {
  key: string
  label?: string | null
  category: StateCategory
  initial?: boolean | null
  final?: boolean | null
  readOnlyFields?: string[] | null
}

/** A guard or an effect named in workflow data, with its parameters. */
export interface NamedStep {
  name: string
  params?: Record<string, unknown> | null
}

export interface WorkflowTransition {
  key: string
  label?: string | null
  from: string[]
  to: string
  roles?: Ref[] | null
  onlyResponsible?: boolean | null
  onlyOwner?: boolean | null
  commentRequired?: boolean | null
  guards?: NamedStep[] | null
  effects?: NamedStep[] | null
}

export interface WorkflowData {
  id?: number | string
  key: string
  name?: string | null
  collection: string
  active?: boolean | null
  states: WorkflowState[]
  transitions: WorkflowTransition[]
}

/** What a collection declares to be governed by a workflow. */
export interface WorkflowBinding {
  /** The workflow's key, or how to find it from the record (e.g. from a ticket's type). */
  workflow: string | ((doc: Record<string, unknown>, req: PayloadRequest) => Promise<string | null | undefined>)
  ownerField?: string
  responsibleField?: string
  watchersField?: string
  teamField?: string
}

export type Bilingual = { en: string; ro: string }

export interface StepContext<P = Record<string, unknown>> {
  req: PayloadRequest
  collection: string
  binding: WorkflowBinding
  /** The record as it is before the step (for effects' `run`: as saved after it). */
  doc: Record<string, unknown>
  workflow: WorkflowData
  transition: WorkflowTransition
  from: string | null
  to: string
  comment?: string
  params: P
}

/** Refuses a transition with a reason the user can act on, or lets it pass (null). */
// `any` by default: the registries hold guards and effects of every parameter shape side by side.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface Guard<P = any> {
  description: string
  params?: z.ZodType<P>
  check: (ctx: StepContext<P>) => Promise<Bilingual | null> | Bilingual | null
}

/** What a transition does: changes saved with it (`patch`) and work done in its transaction (`run`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface Effect<P = any> {
  description: string
  params?: z.ZodType<P>
  /** Collections the effect writes to; a workflow using it is refused when one is missing. */
  requires?: string[]
  patch?: (ctx: StepContext<P>) => Record<string, unknown>
  run?: (ctx: StepContext<P>) => Promise<void>
}
