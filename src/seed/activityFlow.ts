import type { Bilingual } from '@/lib/i18n'
import type { WorkflowSeed } from './load'

type Transition = WorkflowSeed['transitions'][number]
type Effect = NonNullable<Transition['effects']>[number]

/**
 * The flow of a piece of work inside a parent record (a contract's or a project's activity):
 * planned → in progress → done by its responsible → validated by the parent's owner. What differs
 * per module: the field that records the finish, what starting records, what validation freezes,
 * who validates besides the owner and who reopens.
 */
export function activityFlow(flow: {
  key: string
  name: Bilingual
  collection: string
  finishedAt: string
  startEffects?: Effect[]
  validatedReadOnly?: string[]
  validators?: Transition[]
  reopen: Transition[]
}): WorkflowSeed {
  return {
    key: flow.key,
    name: flow.name,
    collection: flow.collection,
    active: true,
    states: [
      { key: 'planned', label: { en: 'Planned', ro: 'Planificată' }, category: 'open', initial: true },
      { key: 'in-progress', label: { en: 'In progress', ro: 'În lucru' }, category: 'active' },
      { key: 'done', label: { en: 'Done', ro: 'Realizată' }, category: 'waiting' },
      {
        key: 'validated',
        label: { en: 'Validated', ro: 'Validată' },
        category: 'done',
        ...(flow.validatedReadOnly ? { readOnlyFields: flow.validatedReadOnly } : {}),
      },
    ],
    transitions: [
      {
        key: 'start',
        label: { en: 'Start', ro: 'Începe' },
        from: ['planned'],
        to: 'in-progress',
        onlyResponsible: true,
        ...(flow.startEffects ? { effects: flow.startEffects } : {}),
      },
      {
        key: 'finish',
        label: { en: 'Mark as done', ro: 'Marchează ca realizată' },
        from: ['planned', 'in-progress'],
        to: 'done',
        onlyResponsible: true,
        effects: [{ name: 'setTimestamp', params: { field: flow.finishedAt } }, { name: 'notifyOwner' }],
      },
      {
        key: 'validate',
        label: { en: 'Validate', ro: 'Validează' },
        from: ['done'],
        to: 'validated',
        onlyOwner: true,
        effects: [{ name: 'notifyResponsible' }],
      },
      ...(flow.validators ?? []),
      ...flow.reopen,
    ],
  }
}

/** Reopening done (or validated) work, with the reason, telling its responsible. */
export const reopening = (key: string, from: string[], who: Partial<Transition>): Transition => ({
  key,
  label: { en: 'Reopen', ro: 'Redeschide' },
  from,
  to: 'in-progress',
  ...who,
  commentRequired: true,
  effects: [{ name: 'notifyResponsible' }],
})
