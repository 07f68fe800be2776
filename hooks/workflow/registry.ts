import { builtInEffects } from './effects'
import { builtInGuards } from './guards'
import type { Effect, Guard, WorkflowBinding } from './types'

/**
 * Guards and effects by name: workflow data refers to them. The engine's own are built in; each
 * module adds its own when its plugin runs (hooks/modules), never by being imported.
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

// Read when a step runs, not when this file loads: the built-ins import the engine, which imports this file.
export const guardNamed = (name: string) => builtInGuards[name] ?? guards.get(name)
export const effectNamed = (name: string) => builtInEffects[name] ?? effects.get(name)
export const bindingOf = (collection: string) => bindings.get(collection)
export const guardNames = () => [...new Set([...Object.keys(builtInGuards), ...guards.keys()])].sort()
export const effectNames = () => [...new Set([...Object.keys(builtInEffects), ...effects.keys()])].sort()
