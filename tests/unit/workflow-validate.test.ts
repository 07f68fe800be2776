import { z } from 'zod'
import { describe, expect, it } from 'vitest'

import { registerEffect, registerGuard } from '@/hooks/workflow/registry'
import type { WorkflowData } from '@/hooks/workflow/types'
import { workflowProblems } from '@/hooks/workflow/validate'

/*
 * The rules the workflows collection applies before saving (tests/int/workflows.test.ts checks that
 * the API answers 400 with them). The guards and effects here are this file's own, so the rules are
 * tested apart from the built-in ones.
 */
registerGuard('fieldsFilled', {
  description: 'test guard',
  params: z.object({ fields: z.array(z.string()).min(1) }),
  check: () => null,
})
registerGuard('anyTime', { description: 'test guard without parameters', check: () => null })
registerEffect('stamp', { description: 'test effect', params: z.object({ field: z.string().min(1) }) })
registerEffect('makeTodo', { description: 'test effect writing elsewhere', requires: ['todos'] })

const flow = (): WorkflowData => ({
  key: 'fixture-flow',
  collection: 'wf-fixtures',
  states: [
    { key: 'new', category: 'open', initial: true },
    { key: 'assigned', category: 'active' },
    { key: 'resolved', category: 'done', readOnlyFields: ['amount'] },
    { key: 'closed', category: 'done', final: true },
    { key: 'cancelled', category: 'cancelled', final: true },
  ],
  transitions: [
    { key: 'assign', from: ['new'], to: 'assigned', effects: [{ name: 'makeTodo' }] },
    {
      key: 'resolve',
      from: ['assigned'],
      to: 'resolved',
      guards: [{ name: 'fieldsFilled', params: { fields: ['resolution'] } }, { name: 'anyTime' }],
      effects: [{ name: 'stamp', params: { field: 'resolvedAt' } }],
    },
    { key: 'close', from: ['resolved'], to: 'closed' },
    { key: 'reopen', from: ['resolved'], to: 'assigned' },
    { key: 'cancel', from: ['new', 'assigned'], to: 'cancelled' },
  ],
})

const options = { fieldNames: ['title', 'amount', 'resolution', 'resolvedAt'], collections: ['wf-fixtures', 'todos'] }

/** The English problems of the flow after `change`. */
function problems(
  change: (w: WorkflowData) => void = () => undefined,
  given: Parameters<typeof workflowProblems>[1] = options,
) {
  const workflow = flow()
  change(workflow)
  return workflowProblems(workflow, given).map((p) => p.en)
}

describe('well-formedness of workflow data (workflowProblems)', () => {
  it('finds nothing wrong with a well-formed flow, and says each problem in Romanian too', () => {
    expect(problems()).toEqual([])
    const [problem] = workflowProblems(
      { ...flow(), states: flow().states.map((s) => ({ ...s, initial: false })) },
      options,
    )
    expect(problem).toEqual({ en: 'The workflow has no initial state.', ro: 'Fluxul nu are o stare inițială.' })
  })

  it('needs exactly one initial state', () => {
    expect(problems((w) => (w.states[0].initial = false))).toEqual(['The workflow has no initial state.'])
    expect(problems((w) => (w.states[1].initial = true))).toEqual([
      'The workflow has several initial states: new, assigned.',
    ])
  })

  it('refuses states and transitions defined twice', () => {
    expect(problems((w) => w.states.push({ key: 'closed', category: 'done' }))).toEqual([
      'The state "closed" is defined twice.',
    ])
    expect(problems((w) => w.transitions.push({ key: 'close', from: ['resolved'], to: 'closed' }))).toEqual([
      'The transition "close" is defined twice.',
    ])
  })

  it('refuses a transition to or from an unknown state, or from no state', () => {
    expect(problems((w) => (w.transitions[0].to = 'limbo'))).toEqual(
      expect.arrayContaining(['The transition "assign" goes to unknown state "limbo".']),
    )
    expect(problems((w) => (w.transitions[2].from = ['nowhere']))).toEqual(
      expect.arrayContaining(['The transition "close" starts from unknown state "nowhere".']),
    )
    expect(problems((w) => (w.transitions[2].from = []))).toEqual(
      expect.arrayContaining(['The transition "close" starts from no state.']),
    )
  })

  it('refuses outgoing transitions from a final state', () => {
    expect(problems((w) => w.transitions.push({ key: 'revive', from: ['closed'], to: 'new' }))).toEqual([
      'The final state "closed" cannot have outgoing transitions ("revive").',
    ])
  })

  it('refuses a state nobody can reach from the initial one', () => {
    expect(problems((w) => w.states.push({ key: 'island', category: 'waiting' }))).toEqual([
      'The state "island" cannot be reached from the initial state.',
    ])
    // Reached through other states only (assigned, then resolved): still reachable.
    const linked = problems((w) => {
      w.states.push({ key: 'island', category: 'waiting' })
      w.transitions.push({ key: 'archive', from: ['resolved'], to: 'island' })
    })
    expect(linked).toEqual([])
  })

  it('refuses unknown guards and effects, and wrong parameters', () => {
    expect(problems((w) => w.transitions[1].guards!.push({ name: 'moonIsFull' }))).toEqual([
      'The transition "resolve" uses unknown guard "moonIsFull".',
    ])
    expect(problems((w) => w.transitions[0].effects!.push({ name: 'sendFlowers' }))).toEqual([
      'The transition "assign" uses unknown effect "sendFlowers".',
    ])
    expect(problems((w) => (w.transitions[1].guards![0].params = { fields: [] }))).toEqual([
      expect.stringMatching(/^The guard "fieldsFilled" of transition "resolve" has wrong parameters: fields: /),
    ])
    expect(problems((w) => (w.transitions[1].effects![0].params = null))).toEqual([
      expect.stringMatching(/^The effect "stamp" of transition "resolve" has wrong parameters: field: /),
    ])
  })

  it('refuses an effect that needs a collection which does not exist, and unknown read-only fields', () => {
    expect(problems(undefined, { ...options, collections: ['wf-fixtures'] })).toEqual([
      'The effect "makeTodo" of transition "assign" needs the collection "todos", which does not exist.',
    ])
    expect(problems((w) => (w.states[2].readOnlyFields = ['nonsense']))).toEqual([
      'The state "resolved" makes unknown field "nonsense" read-only.',
    ])
  })

  it('checks fields and collections only when it is told which exist', () => {
    expect(problems((w) => (w.states[2].readOnlyFields = ['nonsense']), {})).toEqual([])
    expect(problems(undefined, {})).toEqual([])
  })
})
