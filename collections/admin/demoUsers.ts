/** The demo company's teams and people: loaded only on request (`npm run seed -- --demo`, `npm run dev` on an empty database). */
export const TEAM_SEEDS = [
  { key: 'marketing', name: { en: 'Marketing', ro: 'Marketing' } },
  { key: 'sales', name: { en: 'Sales', ro: 'Vânzări' } },
  { key: 'sales-west', name: { en: 'Sales West', ro: 'Vânzări Vest' } },
  { key: 'implementation', name: { en: 'Project implementation', ro: 'Implementare proiecte' } },
  { key: 'support', name: { en: 'Support', ro: 'Suport' } },
  { key: 'support-west', name: { en: 'Support West', ro: 'Suport Vest' } },
]

/** Public on purpose (README): never on a real install. */
export const DEMO_PASSWORD = 'Demo-Pass-2026'

/** One active demo user per role, plus a second support agent and a second sales user elsewhere. */
export const USER_SEEDS: { email: string; name: string; role: string; team?: string; manages?: string }[] = [
  { email: 'admin@organizecrm.test', name: 'Ana Administrator', role: 'admin' },
  {
    email: 'sales-manager@organizecrm.test',
    name: 'Mihai Popescu',
    role: 'sales-manager',
    team: 'sales',
    manages: 'sales',
  },
  { email: 'sales@organizecrm.test', name: 'Ioana Ionescu', role: 'sales', team: 'sales' },
  { email: 'sales2@organizecrm.test', name: 'Radu Stan', role: 'sales', team: 'sales-west' },
  {
    email: 'marketing-manager@organizecrm.test',
    name: 'Elena Dumitru',
    role: 'marketing-manager',
    team: 'marketing',
    manages: 'marketing',
  },
  { email: 'marketing@organizecrm.test', name: 'Andrei Marin', role: 'marketing', team: 'marketing' },
  {
    email: 'project-manager@organizecrm.test',
    name: 'Cristina Georgescu',
    role: 'project-manager',
    team: 'implementation',
    manages: 'implementation',
  },
  { email: 'project-member@organizecrm.test', name: 'Vlad Stoica', role: 'project-member', team: 'implementation' },
  {
    email: 'support-manager@organizecrm.test',
    name: 'Maria Constantin',
    role: 'support-manager',
    team: 'support',
    manages: 'support',
  },
  { email: 'support-agent@organizecrm.test', name: 'George Munteanu', role: 'support-agent', team: 'support' },
  { email: 'support-agent2@organizecrm.test', name: 'Dan Lazăr', role: 'support-agent', team: 'support-west' },
  { email: 'viewer@organizecrm.test', name: 'Paula Vasile', role: 'viewer' },
]
