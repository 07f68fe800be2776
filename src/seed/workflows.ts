import type { WorkflowData } from '../../hooks/workflow/types'

type Labelled<T> = Omit<T, 'label'> & { label: { en: string; ro: string } }
export type WorkflowSeed = Omit<WorkflowData, 'name' | 'states' | 'transitions'> & {
  name: { en: string; ro: string }
  states: Labelled<WorkflowData['states'][number]>[]
  transitions: Labelled<WorkflowData['transitions'][number]>[]
}

/** Flows the application ships with; administrators edit them as data. Modules add theirs. */
export const WORKFLOW_SEEDS: WorkflowSeed[] = [
  {
    key: 'todo',
    name: { en: 'Todo', ro: 'Acțiune' },
    collection: 'todos',
    active: true,
    states: [
      { key: 'open', label: { en: 'Open', ro: 'Deschisă' }, category: 'open', initial: true },
      { key: 'done', label: { en: 'Done', ro: 'Făcută' }, category: 'done' },
      { key: 'cancelled', label: { en: 'Cancelled', ro: 'Anulată' }, category: 'cancelled', final: true },
    ],
    transitions: [
      {
        key: 'complete',
        label: { en: 'Mark done', ro: 'Marchează ca făcută' },
        from: ['open'],
        to: 'done',
        onlyResponsible: true,
        effects: [{ name: 'setTimestamp', params: { field: 'doneAt' } }, { name: 'notifyOwner' }],
      },
      {
        key: 'cancel',
        label: { en: 'Cancel', ro: 'Anulează' },
        from: ['open'],
        to: 'cancelled',
        onlyResponsible: true,
        onlyOwner: true,
        effects: [{ name: 'notifyResponsible' }, { name: 'notifyOwner' }],
      },
      {
        key: 'reopen',
        label: { en: 'Reopen', ro: 'Redeschide' },
        from: ['done'],
        to: 'open',
        onlyResponsible: true,
        onlyOwner: true,
        commentRequired: true,
        effects: [{ name: 'notifyResponsible' }],
      },
    ],
  },
]
