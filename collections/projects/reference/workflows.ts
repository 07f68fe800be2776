import { activityFlow, reopening } from '@/seed/activityFlow'
import type { WorkflowSeed } from '@/seed/load'

const MANAGERS = ['project-manager', 'admin']
/** The manager and the team's project managers hear of every step of a project. */
const TELL = [{ name: 'notifyOwner' }, { name: 'notifyRole', params: { role: 'project-manager', sameTeam: true } }]

/** The projects module's workflows as a new install has them (R22, R23); administrators edit them afterwards. */
export const WORKFLOWS: WorkflowSeed[] = [
  {
    key: 'project',
    name: { en: 'Project', ro: 'Proiect' },
    collection: 'projects',
    active: true,
    states: [
      { key: 'planning', label: { en: 'Planning', ro: 'În planificare' }, category: 'open', initial: true },
      { key: 'approved', label: { en: 'Approved', ro: 'Aprobat' }, category: 'active' },
      { key: 'running', label: { en: 'Running', ro: 'În derulare' }, category: 'active' },
      { key: 'on-hold', label: { en: 'On hold', ro: 'Suspendat' }, category: 'waiting' },
      { key: 'completed', label: { en: 'Completed', ro: 'Finalizat' }, category: 'done' },
      { key: 'closed', label: { en: 'Closed', ro: 'Închis' }, category: 'done', final: true },
      { key: 'cancelled', label: { en: 'Cancelled', ro: 'Anulat' }, category: 'cancelled', final: true },
    ],
    transitions: [
      {
        key: 'approve',
        label: { en: 'Approve the plan (baseline)', ro: 'Aprobă planul (referință)' },
        from: ['planning'],
        to: 'approved',
        roleKeys: MANAGERS,
        effects: [{ name: 'takeProjectBaseline' }, ...TELL],
      },
      {
        key: 'replan',
        label: { en: 'Back to planning', ro: 'Înapoi la planificare' },
        from: ['approved'],
        to: 'planning',
        roleKeys: MANAGERS,
        commentRequired: true,
        effects: TELL,
      },
      {
        key: 'start',
        label: { en: 'Start', ro: 'Pornește' },
        from: ['approved'],
        to: 'running',
        roleKeys: MANAGERS,
        effects: TELL,
      },
      {
        key: 'hold',
        label: { en: 'Put on hold', ro: 'Suspendă' },
        from: ['running'],
        to: 'on-hold',
        roleKeys: MANAGERS,
        commentRequired: true,
        effects: TELL,
      },
      {
        key: 'resume',
        label: { en: 'Resume', ro: 'Reia' },
        from: ['on-hold'],
        to: 'running',
        roleKeys: MANAGERS,
        effects: TELL,
      },
      {
        key: 'complete',
        label: { en: 'Complete', ro: 'Finalizează' },
        from: ['running'],
        to: 'completed',
        roleKeys: MANAGERS,
        effects: TELL,
      },
      {
        key: 'close',
        label: { en: 'Close', ro: 'Închide' },
        from: ['completed'],
        to: 'closed',
        roleKeys: MANAGERS,
        effects: TELL,
      },
      {
        key: 'cancel',
        label: { en: 'Cancel', ro: 'Anulează' },
        from: ['planning', 'approved', 'running', 'on-hold'],
        to: 'cancelled',
        roleKeys: MANAGERS,
        commentRequired: true,
        effects: TELL,
      },
    ],
  },
  activityFlow({
    key: 'project-activity',
    name: { en: 'Project activity', ro: 'Activitate de proiect' },
    collection: 'project-activities',
    finishedAt: 'actualEnd',
    startEffects: [{ name: 'setTimestamp', params: { field: 'actualStart', onlyFirst: true } }],
    reopen: [reopening('reopen', ['done', 'validated'], { onlyOwner: true })],
  }),
]
