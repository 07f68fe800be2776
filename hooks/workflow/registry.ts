import type { Effect, Guard, WorkflowBinding } from './types'

/**
 * Guards and effects by name: workflow data refers to them. The engine's own and each module's
 * are added when their plugin runs (hooks/modules), never by being imported.
 */
const guards = new Map<string, Guard>()
const effects = new Map<string, Effect>()
/** Which collections opted in, and how. */
const bindings = new Map<string, WorkflowBinding>()

export function registerGuard(name: string, guard: Guard) {
  guards.set(name, guard)
}
export function registerEffect(name: string, effect: Effect) {
  effects.set(name, effect)
}
export function registerBinding(collection: string, binding: WorkflowBinding) {
  bindings.set(collection, binding)
}

export const guardNamed = (name: string) => guards.get(name)
export const effectNamed = (name: string) => effects.get(name)
export const bindingOf = (collection: string) => bindings.get(collection)
export const guardNames = () => [...guards.keys()].sort()
export const effectNames = () => [...effects.keys()].sort()
