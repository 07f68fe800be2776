import type { WorkflowData } from '../../hooks/workflow/types'

type Labelled<T> = Omit<T, 'label'> & { label: { en: string; ro: string } }
export type WorkflowSeed = Omit<WorkflowData, 'name' | 'states' | 'transitions'> & {
  name: { en: string; ro: string }
  states: Labelled<WorkflowData['states'][number]>[]
  /** `roleKeys` name the roles allowed to run a transition; the seed turns them into role ids. */
  transitions: (Labelled<Omit<WorkflowData['transitions'][number], 'roles'>> & { roleKeys?: string[] })[]
}

const MARKETING = ['marketing', 'marketing-manager']
const SELLERS = ['sales', 'sales-manager', 'marketing', 'marketing-manager']

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
  {
    key: 'prospect',
    name: { en: 'Prospecting', ro: 'Prospectare' },
    collection: 'prospects',
    active: true,
    states: [
      { key: 'new', label: { en: 'New', ro: 'Nou' }, category: 'open', initial: true },
      { key: 'contacted', label: { en: 'Contacted', ro: 'Contactat' }, category: 'active' },
      { key: 'qualified', label: { en: 'Qualified', ro: 'Calificat' }, category: 'active' },
      { key: 'converted', label: { en: 'Converted', ro: 'Convertit' }, category: 'done', final: true, readOnlyFields: ['companyName', 'fiscalCode'] },
      { key: 'disqualified', label: { en: 'Disqualified', ro: 'Descalificat' }, category: 'cancelled' },
    ],
    transitions: [
      { key: 'contact', label: { en: 'Contacted', ro: 'Contactat' }, from: ['new'], to: 'contacted', roleKeys: SELLERS },
      { key: 'qualify', label: { en: 'Qualify', ro: 'Calificează' }, from: ['new', 'contacted'], to: 'qualified', roleKeys: SELLERS },
      {
        key: 'convert',
        label: { en: 'Convert to client', ro: 'Convertește în client' },
        from: ['qualified'],
        to: 'converted',
        roleKeys: ['sales', 'sales-manager'],
        effects: [{ name: 'convertProspect' }],
      },
      {
        key: 'disqualify',
        label: { en: 'Disqualify', ro: 'Descalifică' },
        from: ['new', 'contacted', 'qualified'],
        to: 'disqualified',
        roleKeys: SELLERS,
        commentRequired: true,
      },
      { key: 'revive', label: { en: 'Reopen', ro: 'Redeschide' }, from: ['disqualified'], to: 'new', roleKeys: SELLERS, commentRequired: true },
    ],
  },
  {
    key: 'campaign',
    name: { en: 'Campaign approval', ro: 'Aprobarea campaniei' },
    collection: 'campaigns',
    active: true,
    states: [
      { key: 'draft', label: { en: 'Draft', ro: 'Ciornă' }, category: 'open', initial: true },
      { key: 'submitted', label: { en: 'Submitted', ro: 'Trimisă spre aprobare' }, category: 'waiting', readOnlyFields: ['budget', 'startDate', 'endDate'] },
      { key: 'approved', label: { en: 'Approved', ro: 'Aprobată' }, category: 'active', readOnlyFields: ['budget'] },
      { key: 'rejected', label: { en: 'Rejected', ro: 'Respinsă' }, category: 'cancelled' },
      { key: 'running', label: { en: 'Running', ro: 'În desfășurare' }, category: 'active', readOnlyFields: ['budget'] },
      { key: 'closed', label: { en: 'Closed', ro: 'Încheiată' }, category: 'done', final: true },
    ],
    transitions: [
      {
        key: 'submit',
        label: { en: 'Submit for approval', ro: 'Trimite spre aprobare' },
        from: ['draft'],
        to: 'submitted',
        onlyOwner: true,
        effects: [{ name: 'notifyRole', params: { role: 'marketing-manager' } }],
      },
      { key: 'approve', label: { en: 'Approve', ro: 'Aprobă' }, from: ['submitted'], to: 'approved', roleKeys: ['marketing-manager'], effects: [{ name: 'notifyOwner' }] },
      {
        key: 'reject',
        label: { en: 'Reject', ro: 'Respinge' },
        from: ['submitted'],
        to: 'rejected',
        roleKeys: ['marketing-manager'],
        commentRequired: true,
        effects: [{ name: 'notifyOwner' }],
      },
      { key: 'redraft', label: { en: 'Back to draft', ro: 'Înapoi la ciornă' }, from: ['rejected'], to: 'draft', onlyOwner: true },
      { key: 'start', label: { en: 'Start', ro: 'Pornește' }, from: ['approved'], to: 'running', roleKeys: MARKETING },
      { key: 'close', label: { en: 'Close', ro: 'Încheie' }, from: ['running'], to: 'closed', roleKeys: MARKETING },
    ],
  },
  {
    key: 'marketing-action',
    name: { en: 'Marketing action validation', ro: 'Validarea acțiunii de marketing' },
    collection: 'marketing-actions',
    active: true,
    states: [
      { key: 'draft', label: { en: 'Draft', ro: 'Ciornă' }, category: 'open', initial: true },
      { key: 'submitted', label: { en: 'Submitted', ro: 'Trimisă spre validare' }, category: 'waiting', readOnlyFields: ['description', 'cost', 'due'] },
      { key: 'returned', label: { en: 'Returned', ro: 'Returnată' }, category: 'open' },
      { key: 'validated', label: { en: 'Validated', ro: 'Validată' }, category: 'active', readOnlyFields: ['description', 'cost'] },
      { key: 'done', label: { en: 'Done', ro: 'Realizată' }, category: 'done', final: true },
    ],
    transitions: [
      {
        key: 'submit',
        label: { en: 'Submit for validation', ro: 'Trimite spre validare' },
        from: ['draft', 'returned'],
        to: 'submitted',
        onlyResponsible: true,
        onlyOwner: true,
        effects: [{ name: 'notifyRole', params: { role: 'marketing-manager' } }],
      },
      {
        key: 'validate',
        label: { en: 'Validate', ro: 'Validează' },
        from: ['submitted'],
        to: 'validated',
        roleKeys: ['marketing-manager'],
        effects: [{ name: 'notifyResponsible' }, { name: 'createTodo', params: { title: { en: 'Carry out', ro: 'De realizat' }, dueInDays: 2 } }],
      },
      {
        key: 'return',
        label: { en: 'Return for changes', ro: 'Returnează pentru modificări' },
        from: ['submitted'],
        to: 'returned',
        roleKeys: ['marketing-manager'],
        commentRequired: true,
        effects: [{ name: 'notifyResponsible' }],
      },
      {
        key: 'complete',
        label: { en: 'Mark done', ro: 'Marchează ca realizată' },
        from: ['validated'],
        to: 'done',
        onlyResponsible: true,
        effects: [{ name: 'notifyRole', params: { role: 'marketing-manager' } }],
      },
    ],
  },
]
