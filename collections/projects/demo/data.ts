/**
 * The demo implementation team's work (R21–R23): two shared templates, one written in Romanian
 * (putting a CRM into service) and one in English (installing and commissioning a system), and
 * four projects made from them for the clients whose contracts are signed: one running for three
 * weeks with time entered and an activity slipping past its baseline, one approved (its baseline
 * kept), one still in planning, one on hold.
 */
export const USERS = {
  manager: 'project-manager@organizecrm.test',
  member: 'project-member@organizecrm.test',
} as const
export type UserKey = keyof typeof USERS

/** A template as the demo writes it: activities linked by key, roles by their value in `project-roles`. */
export interface DemoTemplate {
  name: string
  description: string
  phases: { key: string; name: string }[]
  activities: {
    key: string
    phase: string
    title: string
    duration: number
    role?: string
    effort?: number
    milestone?: boolean
    after?: string[]
    lag?: number
  }[]
  deliverables: { name: string; activity: string; needsAcceptance: boolean }[]
}

export const DEMO_TEMPLATE: DemoTemplate = {
  name: 'Implementare CRM',
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

/** The same kind of work for an English-speaking team: its plan reads in English. */
export const DEMO_TEMPLATE_EN: DemoTemplate = {
  name: 'Instalare și punere în funcțiune (Installation and commissioning)',
  description: 'Site survey, installation, integration, acceptance tests and handover, in about three weeks.',
  phases: [
    { key: 'prepare', name: 'Preparation' },
    { key: 'install', name: 'Installation' },
    { key: 'commission', name: 'Commissioning' },
  ],
  activities: [
    { key: 'survey', phase: 'prepare', title: 'Site survey', duration: 2, role: 'technician', effort: 12 },
    {
      key: 'setup',
      phase: 'install',
      title: 'Server installation',
      duration: 3,
      role: 'technician',
      effort: 20,
      after: ['survey'],
    },
    {
      key: 'integration',
      phase: 'install',
      title: 'Integration with the ERP',
      duration: 4,
      role: 'developer',
      effort: 28,
      after: ['setup'],
    },
    {
      key: 'acceptance',
      phase: 'commission',
      title: 'Acceptance tests',
      duration: 2,
      role: 'consultant',
      effort: 12,
      after: ['integration'],
    },
    { key: 'handover', phase: 'commission', title: 'Handover', duration: 0, milestone: true, after: ['acceptance'] },
  ],
  deliverables: [
    { name: 'Installation report', activity: 'setup', needsAcceptance: false },
    { name: 'Acceptance certificate', activity: 'acceptance', needsAcceptance: true },
  ],
}

export const DEMO_TEMPLATES = [DEMO_TEMPLATE, DEMO_TEMPLATE_EN]

export interface DemoProject {
  name: string
  /** Index in DEMO_TEMPLATES. */
  template: number
  /** Working days from today to the start (negative: started already). */
  startIn: number
  /** The project's steps after it is made, in order. */
  steps: string[]
  /** Per activity key: its steps, and the hours the member entered on it, one entry a day. */
  work: Record<string, { steps: string[]; hours: number[] }>
  /** An activity that takes longer than planned once the plan is approved: the project slips past its baseline. */
  slip?: { activity: string; extraDays: number }
  /** The project's steps once that work is done. */
  then?: string[]
  /** The comments the steps that need one are taken with (putting on hold). */
  comments?: Record<string, string>
}

const DONE = ['start', 'finish', 'validate']

export const DEMO_PROJECTS: DemoProject[] = [
  // First: the plan alerts' demo looks at the first running project.
  {
    name: 'Implementare CRM — faza 1',
    template: 0,
    startIn: -15,
    steps: ['approve', 'start'],
    work: {
      kickoff: { steps: DONE, hours: [] },
      cerinte: { steps: ['start', 'finish'], hours: [6, 7.5, 8, 6.5, 4] },
      config: { steps: ['start'], hours: [5, 6] },
    },
    slip: { activity: 'config', extraDays: 4 },
  },
  { name: 'Implementare CRM — filiala Cluj', template: 0, startIn: 12, steps: [], work: {} },
  { name: 'Instalare server — depozit Ploiești', template: 1, startIn: 5, steps: ['approve'], work: {} },
  {
    name: 'Instalare și punere în funcțiune — sediu central',
    template: 1,
    startIn: -6,
    steps: ['approve', 'start'],
    then: ['hold'],
    comments: { hold: 'Clientul a amânat integrarea până la actualizarea ERP-ului.' },
    work: { survey: { steps: DONE, hours: [6, 5] }, setup: { steps: ['start'], hours: [3] } },
  },
]

export const DEMO_PROJECT_NAMES = DEMO_PROJECTS.map((project) => project.name)
