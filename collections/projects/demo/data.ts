/**
 * The demo implementation team's work (R21–R23): one shared template for putting a CRM into
 * service, and two projects made from it for clients whose contracts are signed: one running for
 * three weeks with time entered, one still in planning.
 */
export const USERS = {
  manager: 'project-manager@organizecrm.test',
  member: 'project-member@organizecrm.test',
} as const
export type UserKey = keyof typeof USERS

export const DEMO_TEMPLATE = {
  name: 'Implementare CRM standard',
  description:
    'Analiză, configurare, migrare de date, instruire și punere în funcțiune, în aproximativ șase săptămâni.',
  phases: [
    { key: 'analiza', name: 'Analiză' },
    { key: 'configurare', name: 'Configurare' },
    { key: 'instruire', name: 'Instruire' },
    { key: 'lansare', name: 'Punere în funcțiune' },
  ],
  activities: [
    { key: 'kickoff', phase: 'analiza', title: 'Ședința de pornire', duration: 1, role: 'project-manager', effort: 4 },
    {
      key: 'cerinte',
      phase: 'analiza',
      title: 'Analiza cerințelor',
      duration: 5,
      role: 'consultant',
      effort: 32,
      after: ['kickoff'],
    },
    {
      key: 'config',
      phase: 'configurare',
      title: 'Configurarea fluxurilor',
      duration: 8,
      role: 'developer',
      effort: 56,
      after: ['cerinte'],
    },
    {
      key: 'migrare',
      phase: 'configurare',
      title: 'Migrarea datelor',
      duration: 4,
      role: 'developer',
      effort: 24,
      after: ['cerinte'],
      lag: 2,
    },
    {
      key: 'instruire',
      phase: 'instruire',
      title: 'Instruirea utilizatorilor',
      duration: 3,
      role: 'trainer',
      effort: 18,
      after: ['config', 'migrare'],
    },
    {
      key: 'golive',
      phase: 'lansare',
      title: 'Punere în funcțiune',
      duration: 0,
      milestone: true,
      after: ['instruire'],
    },
  ],
  deliverables: [
    { name: 'Documentul de analiză', activity: 'cerinte', needsAcceptance: true },
    { name: 'Procesul-verbal de instruire', activity: 'instruire', needsAcceptance: true },
  ],
}

export interface DemoProject {
  name: string
  /** Working days from today to the start (negative: started already). */
  startIn: number
  /** The project's steps after it is made, in order. */
  steps: string[]
  /** Per activity key: its steps, and the hours the member entered on it, one entry a day. */
  work: Record<string, { steps: string[]; hours: number[] }>
}

export const DEMO_PROJECTS: DemoProject[] = [
  {
    name: 'Implementare CRM — faza 1',
    startIn: -15,
    steps: ['approve', 'start'],
    work: {
      kickoff: { steps: ['start', 'finish', 'validate'], hours: [] },
      cerinte: { steps: ['start', 'finish'], hours: [6, 7.5, 8, 6.5, 4] },
      config: { steps: ['start'], hours: [5, 6] },
    },
  },
  { name: 'Implementare CRM — filiala Cluj', startIn: 12, steps: [], work: {} },
]

export const DEMO_PROJECT_NAMES = DEMO_PROJECTS.map((project) => project.name)
