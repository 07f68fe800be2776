/**
 * Demo data for the support module: three ticket types (with their service levels and custom
 * fields) and 200 tickets spread over the last twelve weeks, in every state of the complaint flow,
 * with their actions. Tickets are entered, assigned, worked, resolved and closed as the demo users
 * would do it (`user` + `overrideAccess: false`, through the workflow's rules): support-agent@ and
 * support-agent2@ (Support West, assigned by the administrator: that team has no manager), the
 * manager support-manager@, and sales@ reporting complaints of their clients. Afterwards the dates
 * are moved back to when the tickets "happened" (straight in the database: nobody may backdate a
 * ticket through the application), and the overdue job flags what is past due. Deterministic;
 * idempotent: nothing is done once a demo ticket type exists.
 */

export type UserKey = 'admin' | 'manager' | 'agent' | 'agent2' | 'sales'
export type TypeKey = 'complaint' | 'incident' | 'request'
export type Target =
  'new' | 'assigned' | 'in-progress' | 'waiting-client' | 'resolved' | 'closed' | 'reopened' | 'cancelled'

export const USERS: Record<UserKey, string> = {
  admin: 'admin@organizecrm.test',
  manager: 'support-manager@organizecrm.test',
  agent: 'support-agent@organizecrm.test',
  agent2: 'support-agent2@organizecrm.test',
  sales: 'sales@organizecrm.test',
}

export const DEMO_TICKET_TYPES: Record<
  TypeKey,
  { ro: string; en: string; priority: string; ownTeam: boolean; response: number; resolution: number }
> = {
  complaint: {
    ro: 'Reclamație client',
    en: 'Customer complaint',
    priority: 'high',
    ownTeam: true,
    response: 4,
    resolution: 16,
  },
  incident: {
    ro: 'Incident tehnic',
    en: 'Technical incident',
    priority: 'urgent',
    ownTeam: true,
    response: 2,
    resolution: 8,
  },
  request: {
    ro: 'Cerere de informații',
    en: 'Information request',
    priority: 'normal',
    ownTeam: false,
    response: 8,
    resolution: 24,
  },
}

export const SUBJECTS: Record<TypeKey, string[]> = {
  complaint: [
    'Factură emisă de două ori',
    'Livrare incompletă',
    'Instruire anulată fără anunț',
    'Raport lunar cu cifre greșite',
    'Termen de implementare depășit',
  ],
  incident: [
    'Aplicația nu pornește după actualizare',
    'Sincronizarea cu ERP s-a oprit',
    'Eroare la exportul în Excel',
    'Utilizatorii nu se pot autentifica',
    'Notificările prin email nu sosesc',
  ],
  request: [
    'Cum adaug un utilizator nou?',
    'Ofertă pentru module suplimentare',
    'Documentație pentru integrarea API',
    'Program de suport în sărbători',
    'Export istoric tichete',
  ],
}
export const ACTIONS = [
  ['analysis', 'Analiza problemei', 'Cauza identificată în configurare.'],
  ['call', 'Apel cu clientul', 'Clientul a confirmat pașii de reproducere.'],
  ['intervention', 'Intervenție la distanță', 'Setările au fost corectate.'],
  ['visit', 'Vizită la client', 'Echipamentul a fost verificat pe loc.'],
] as const

/** How the 200 tickets are spread over the states of the complaint flow. */
export const PLAN: [Target, number][] = [
  ['new', 24],
  ['assigned', 26],
  ['in-progress', 40],
  ['waiting-client', 18],
  ['resolved', 30],
  ['closed', 50],
  ['reopened', 6],
  ['cancelled', 6],
]
