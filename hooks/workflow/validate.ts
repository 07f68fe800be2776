import { effectNamed, guardNamed } from './registry'
import type { Bilingual, NamedStep, WorkflowData } from './types'

/**
 * Everything that makes a workflow unusable, in words an administrator understands. Empty when the
 * workflow is well formed. `fieldNames` are the governed collection's fields, `collections` the
 * slugs that exist (for effects that write elsewhere).
 */
export function workflowProblems(
  workflow: WorkflowData,
  options: { fieldNames?: string[]; collections?: string[] } = {},
): Bilingual[] {
  const problems: Bilingual[] = []
  const states = workflow.states ?? []
  const transitions = workflow.transitions ?? []
  const keys = new Set<string>()
  for (const state of states) {
    if (keys.has(state.key))
      problems.push({
        en: `The state "${state.key}" is defined twice.`,
        ro: `Starea „${state.key}” este definită de două ori.`,
      })
    keys.add(state.key)
    for (const field of state.readOnlyFields ?? []) {
      if (options.fieldNames && !options.fieldNames.includes(field)) {
        problems.push({
          en: `The state "${state.key}" makes unknown field "${field}" read-only.`,
          ro: `Starea „${state.key}” face needitabil câmpul necunoscut „${field}”.`,
        })
      }
    }
  }
  const initial = states.filter((s) => s.initial)
  if (initial.length === 0)
    problems.push({ en: 'The workflow has no initial state.', ro: 'Fluxul nu are o stare inițială.' })
  if (initial.length > 1) {
    problems.push({
      en: `The workflow has several initial states: ${initial.map((s) => s.key).join(', ')}.`,
      ro: `Fluxul are mai multe stări inițiale: ${initial.map((s) => s.key).join(', ')}.`,
    })
  }

  const transitionKeys = new Set<string>()
  for (const transition of transitions) {
    const name = transition.key
    if (transitionKeys.has(name))
      problems.push({
        en: `The transition "${name}" is defined twice.`,
        ro: `Tranziția „${name}” este definită de două ori.`,
      })
    transitionKeys.add(name)
    if (!keys.has(transition.to)) {
      problems.push({
        en: `The transition "${name}" goes to unknown state "${transition.to}".`,
        ro: `Tranziția „${name}” duce în starea necunoscută „${transition.to}”.`,
      })
    }
    if (!transition.from?.length)
      problems.push({
        en: `The transition "${name}" starts from no state.`,
        ro: `Tranziția „${name}” nu pornește din nicio stare.`,
      })
    for (const from of transition.from ?? []) {
      const state = states.find((s) => s.key === from)
      if (!state)
        problems.push({
          en: `The transition "${name}" starts from unknown state "${from}".`,
          ro: `Tranziția „${name}” pornește din starea necunoscută „${from}”.`,
        })
      else if (state.final) {
        problems.push({
          en: `The final state "${from}" cannot have outgoing transitions ("${name}").`,
          ro: `Starea finală „${from}” nu poate avea tranziții de ieșire („${name}”).`,
        })
      }
    }
    problems.push(
      ...stepProblems(name, 'guard', transition.guards ?? [], options.collections),
      ...stepProblems(name, 'effect', transition.effects ?? [], options.collections),
    )
  }

  if (initial.length === 1) {
    const reached = new Set([initial[0].key])
    for (let grew = true; grew;) {
      grew = false
      for (const t of transitions) {
        if (!reached.has(t.to) && t.from?.some((f) => reached.has(f))) {
          reached.add(t.to)
          grew = true
        }
      }
    }
    for (const state of states) {
      if (!reached.has(state.key)) {
        problems.push({
          en: `The state "${state.key}" cannot be reached from the initial state.`,
          ro: `Starea „${state.key}” nu poate fi atinsă din starea inițială.`,
        })
      }
    }
  }
  return problems
}

function stepProblems(
  transition: string,
  kind: 'guard' | 'effect',
  steps: NamedStep[],
  collections?: string[],
): Bilingual[] {
  const problems: Bilingual[] = []
  for (const step of steps) {
    const known = kind === 'guard' ? guardNamed(step.name) : effectNamed(step.name)
    if (!known) {
      problems.push({
        en: `The transition "${transition}" uses unknown ${kind} "${step.name}".`,
        ro: `Tranziția „${transition}” folosește ${kind === 'guard' ? 'condiția' : 'efectul'} necunoscut „${step.name}”.`,
      })
      continue
    }
    for (const needed of ('requires' in known ? known.requires : undefined) ?? []) {
      if (collections && !collections.includes(needed)) {
        problems.push({
          en: `The effect "${step.name}" of transition "${transition}" needs the collection "${needed}", which does not exist.`,
          ro: `Efectul „${step.name}” al tranziției „${transition}” are nevoie de colecția „${needed}”, care nu există.`,
        })
      }
    }
    const parsed = known.params?.safeParse(step.params ?? {})
    if (parsed && !parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'params'}: ${i.message}`).join('; ')
      problems.push({
        en: `The ${kind} "${step.name}" of transition "${transition}" has wrong parameters: ${detail}.`,
        ro: `${kind === 'guard' ? 'Condiția' : 'Efectul'} „${step.name}” al tranziției „${transition}” are parametri greșiți: ${detail}.`,
      })
    }
  }
  return problems
}
