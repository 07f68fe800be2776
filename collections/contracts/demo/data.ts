/**
 * Demo data for the contracts module: eleven contracts of the demo clients, one in every state of
 * the signing flow (three active), nine of them made from accepted offers — the sales demo's
 * accepted offer and eight more this demo makes and walks to "accepted" in the sales demo's style —
 * and two written from scratch. With their signed copies, activities (payment instalments,
 * milestones, reviews), one approved amendment and one renewal, dated around the day the seed runs.
 *
 * Made as the demo users would make them (`user` + `overrideAccess: false`, every step through the
 * workflow's rules): contracts by their owner (prefilled from the offer as
 * `POST /api/contracts/from-offer` does it), submitted, sent and signed by the owner, approved,
 * returned and terminated by the team's sales manager (by the administrator for Sales West, which
 * has no manager), started, renewed and ended by the application as the daily job does it.
 * Deterministic; idempotent: nothing is done once a demo contract exists (matched by title).
 */

type Seller = 'sales' | 'sales2'
export type UserKey = Seller | 'sales-manager' | 'project-manager' | 'admin'
export type ContractState =
  'draft' | 'in-review' | 'approved' | 'sent-for-signature' | 'signed' | 'active' | 'ended' | 'terminated' | 'cancelled'
export const CONTRACT_STATES: ContractState[] = [
  'draft',
  'in-review',
  'approved',
  'sent-for-signature',
  'signed',
  'active',
  'ended',
  'terminated',
  'cancelled',
]

export const USERS: Record<UserKey, string> = {
  sales: 'sales@organizecrm.test',
  sales2: 'sales2@organizecrm.test',
  'sales-manager': 'sales-manager@organizecrm.test',
  'project-manager': 'project-manager@organizecrm.test',
  admin: 'admin@organizecrm.test',
}

/** Who approves, returns and terminates a seller's contracts: Sales West has no sales manager of its own. */
export const APPROVER: Record<Seller, UserKey> = { sales: 'sales-manager', sales2: 'admin' }

type Line = [code: string, quantity: number, discountPercent?: number]

/** An offer this demo makes and walks to "accepted", in the sales demo's style (no template, no opportunity). */
export interface AcceptedOfferSeed {
  title: string
  owner: Seller
  /** Index in DEMO_COMPANIES, a client of the owner. */
  client: number
  lines: Line[]
  /** Calendar days from the seed's day: issued, then accepted by the client. */
  issue: number
  decision: number
}

export type ActivityState = 'planned' | 'in-progress' | 'done' | 'validated'
export interface ActivitySeed {
  title: string
  type: 'obligation' | 'milestone' | 'delivery' | 'payment' | 'review'
  /** Calendar days from the contract's start. */
  due: number
  /** For a payment instalment: its share of the contract's total with VAT. */
  share?: number
  /** The contract's owner does it (validated by the sales manager), or the sales manager (validated by the owner). */
  responsible: 'owner' | 'manager'
  state: ActivityState
}

export interface ContractSeed {
  title: string
  /** The accepted offer it is made from: the sales demo's (by title) or one this demo makes. */
  offer?: string | AcceptedOfferSeed
  /** A contract written from scratch: its owner, client (index in DEMO_COMPANIES) and lines. */
  owner?: Seller
  client?: number
  lines?: Line[]
  type: 'sale' | 'services' | 'maintenance' | 'framework'
  /** Calendar days from the seed's day; the end follows from the duration. */
  start: number
  months: number
  autoRenew?: boolean
  noticeDays?: number
  paymentTerms: string
  description: string[]
  state: ContractState
  /** Returned to its draft once by the approver before it stays there. */
  returned?: boolean
  /** Renewed once by the application, its first period over. */
  renewed?: boolean
  /** The comment of the last step (return, cancel, terminate). */
  comment?: string
  terminationReason?: string
  /** The colleague of another team who leads the technical work. */
  technicalLead?: boolean
  activities?: ActivitySeed[]
  /** An amendment approved while active: the end date moves by so many months. */
  amendment?: { title: string; reason: string; extendMonths: number }
}

/** The sales demo's offer the client accepted. */
export const SALES_DEMO_ACCEPTED_OFFER = 'Abonament suport pentru programul de fidelitate'

export const DEMO_CONTRACTS: ContractSeed[] = [
  {
    title: 'Contract de suport și găzduire 2024–2025 — Librăriile Pagină Nouă',
    offer: {
      title: 'Suport tehnic și găzduire pentru magazinul online',
      owner: 'sales',
      client: 7,
      lines: [
        ['SUP-STD', 12],
        ['HST-CLOUD', 12],
      ],
      issue: -430,
      decision: -415,
    },
    type: 'maintenance',
    start: -395,
    months: 12,
    paymentTerms: 'Facturare trimestrială, plata în 15 zile.',
    description: ['Suport tehnic în zilele lucrătoare și găzduirea magazinului online, pe 12 luni.'],
    state: 'ended',
    activities: [
      {
        title: 'Tranșa 1 — trimestrul I',
        type: 'payment',
        due: 15,
        share: 0.25,
        responsible: 'owner',
        state: 'validated',
      },
      {
        title: 'Tranșa 4 — trimestrul IV',
        type: 'payment',
        due: 285,
        share: 0.25,
        responsible: 'owner',
        state: 'validated',
      },
      {
        title: 'Revizuirea anuală a nivelului serviciilor',
        type: 'review',
        due: 340,
        responsible: 'manager',
        state: 'validated',
      },
    ],
  },
  {
    title: 'Contract de suport pentru programul de fidelitate',
    offer: SALES_DEMO_ACCEPTED_OFFER,
    type: 'maintenance',
    start: -3,
    months: 12,
    autoRenew: true,
    noticeDays: 30,
    paymentTerms: 'Facturare lunară, plata în 15 zile.',
    description: ['Suport tehnic și găzduire pentru aplicația de fidelitate a farmaciilor, pe 12 luni.'],
    state: 'active',
    activities: [
      {
        title: 'Configurarea monitorizării aplicației',
        type: 'obligation',
        due: 2,
        responsible: 'owner',
        state: 'done',
      },
      { title: 'Tranșa lunară 1', type: 'payment', due: 15, share: 1 / 12, responsible: 'owner', state: 'planned' },
    ],
  },
  {
    title: 'Contract de implementare ERP — modulele financiar și resurse umane',
    offer: {
      title: 'Implementare ERP pentru modulele financiar și resurse umane',
      owner: 'sales',
      client: 0,
      lines: [
        ['SRV-ANALIZA', 5],
        ['SRV-IMPL', 25, 5],
        ['SRV-MIGR', 60],
        ['SRV-INSTR', 3],
        ['LIC-ERP-USR', 15, 10],
      ],
      issue: -170,
      decision: -150,
    },
    type: 'services',
    start: -130,
    months: 12,
    noticeDays: 60,
    paymentTerms:
      'Trei tranșe: 30% la semnare, 40% la punerea în funcțiune, 30% la recepția finală; plata în 30 de zile.',
    description: [
      'Implementarea modulelor financiar-contabil și resurse umane, migrarea datelor din sistemul vechi și instruirea utilizatorilor.',
    ],
    state: 'active',
    technicalLead: true,
    activities: [
      {
        title: 'Tranșa 1 — 30% la semnare',
        type: 'payment',
        due: 5,
        share: 0.3,
        responsible: 'owner',
        state: 'validated',
      },
      { title: 'Punerea în funcțiune', type: 'milestone', due: 110, responsible: 'owner', state: 'validated' },
      {
        title: 'Tranșa 2 — 40% la punerea în funcțiune',
        type: 'payment',
        due: 140,
        share: 0.4,
        responsible: 'owner',
        state: 'in-progress',
      },
      {
        title: 'Revizuirea proiectului după punerea în funcțiune',
        type: 'review',
        due: 150,
        responsible: 'manager',
        state: 'planned',
      },
      {
        title: 'Tranșa 3 — 30% la recepția finală',
        type: 'payment',
        due: 330,
        share: 0.3,
        responsible: 'owner',
        state: 'planned',
      },
    ],
    amendment: {
      title: 'Prelungirea perioadei de asistență post-implementare',
      reason: 'Clientul a cerut trei luni în plus de asistență după recepție, la același tarif.',
      extendMonths: 3,
    },
  },
  {
    title: 'Contract de găzduire cloud și suport premium — Clinica Armonia',
    offer: {
      title: 'Găzduire cloud și suport 24/7 pentru sistemul de programări',
      owner: 'sales',
      client: 8,
      lines: [
        ['HST-CLOUD', 12],
        ['SUP-PREM', 12, 5],
      ],
      issue: -420,
      decision: -400,
    },
    type: 'maintenance',
    start: -380,
    months: 12,
    autoRenew: true,
    noticeDays: 45,
    paymentTerms: 'Facturare lunară, plata în 15 zile.',
    description: ['Găzduirea în România a sistemului de programări și suport 24/7, reînnoit anual.'],
    state: 'active',
    renewed: true,
    activities: [
      {
        title: 'Revizuirea anuală înaintea reînnoirii',
        type: 'review',
        due: 320,
        responsible: 'manager',
        state: 'validated',
      },
    ],
  },
  {
    title: 'Contract de licențiere CRM și instruire — Bucovina Lactate',
    offer: {
      title: 'Licențe CRM pentru agenții de vânzări și instruire',
      owner: 'sales',
      client: 1,
      lines: [
        ['LIC-CRM-USR', 12],
        ['SRV-INSTR', 2],
      ],
      issue: -25,
      decision: -12,
    },
    type: 'sale',
    start: 7,
    months: 12,
    paymentTerms: 'Integral în 30 de zile de la livrarea licențelor.',
    description: ['Douăsprezece licențe CRM anuale și două zile de instruire la sediul clientului.'],
    state: 'signed',
    activities: [{ title: 'Livrarea licențelor', type: 'delivery', due: 0, responsible: 'owner', state: 'planned' }],
  },
  {
    title: 'Contract de furnizare terminale mobile pentru pontaj',
    offer: {
      title: 'Terminale mobile pentru pontajul de pe șantiere',
      owner: 'sales',
      client: 4,
      lines: [
        ['HW-TERM', 8, 5],
        ['SRV-INSTR', 1],
        ['DOC-MANUAL', 8],
      ],
      issue: -20,
      decision: -6,
    },
    type: 'sale',
    start: 14,
    months: 6,
    paymentTerms: 'Plata la livrare, în 15 zile.',
    description: ['Opt terminale mobile pentru pontajul echipelor de pe șantiere, cu instruire și manuale.'],
    state: 'sent-for-signature',
  },
  {
    title: 'Contract de licențiere CRM pentru echipa de teren — Agro Bărăgan',
    offer: {
      title: 'Licențe CRM pentru echipa de teren',
      owner: 'sales',
      client: 9,
      lines: [
        ['LIC-CRM-USR', 6],
        ['SRV-INSTR', 1],
      ],
      issue: -15,
      decision: -4,
    },
    type: 'sale',
    start: 30,
    months: 12,
    paymentTerms: 'Integral în 30 de zile de la semnare.',
    description: ['Șase licențe CRM anuale pentru agronomii din teren și o zi de instruire.'],
    state: 'approved',
  },
  {
    title: 'Contract pentru modulul de devize și situații de lucrări',
    offer: {
      title: 'Modul de devize și situații de lucrări',
      owner: 'sales2',
      client: 20,
      lines: [
        ['SRV-ANALIZA', 3],
        ['SRV-DEV', 120, 5],
        ['SRV-INSTR', 1],
      ],
      issue: -18,
      decision: -5,
    },
    type: 'services',
    start: 21,
    months: 6,
    paymentTerms: 'Două tranșe: 50% la semnare, 50% la recepție; plata în 30 de zile.',
    description: ['Dezvoltarea modulului de devize și situații de lucrări, integrat cu contabilitatea clientului.'],
    // Waiting for the administrator: Sales West has no sales manager of its own.
    state: 'in-review',
  },
  {
    title: 'Contract de mentenanță ERP și suport premium — Țesătoria Bârlad',
    offer: {
      title: 'Mentenanță ERP și suport premium pe doi ani',
      owner: 'sales',
      client: 5,
      lines: [
        ['SUP-PREM', 24],
        ['SRV-DEV', 80],
      ],
      issue: -400,
      decision: -385,
    },
    type: 'maintenance',
    start: -365,
    months: 24,
    noticeDays: 60,
    paymentTerms: 'Facturare lunară, plata în 30 de zile.',
    description: ['Mentenanța sistemului ERP și suport premium 24/7 pentru fabrica din Bârlad.'],
    state: 'terminated',
    terminationReason: 'Clientul și-a închis secția de producție; contractul încetează de comun acord.',
    comment: 'Reziliat de comun acord, conform notificării clientului.',
    activities: [
      {
        title: 'Tranșa lunară — luna 1',
        type: 'payment',
        due: 30,
        share: 1 / 24,
        responsible: 'owner',
        state: 'validated',
      },
      {
        title: 'Revizuirea semestrială a incidentelor',
        type: 'review',
        due: 180,
        responsible: 'manager',
        state: 'validated',
      },
    ],
  },
  {
    title: 'Acord-cadru de dezvoltare personalizată — Mobilier Ștefănești',
    owner: 'sales',
    client: 2,
    lines: [
      ['SRV-ANALIZA', 2],
      ['SRV-DEV', 100],
    ],
    type: 'framework',
    start: 30,
    months: 12,
    paymentTerms: 'Lunar, după orele lucrate; plata în 30 de zile.',
    description: ['Dezvoltări la cerere pentru atelierul de mobilier, în limita a 100 de ore pe an.'],
    state: 'draft',
    returned: true,
    comment: 'Completați clauza de confidențialitate și plafonul anual de ore.',
  },
  {
    title: 'Contract pentru portalul de servicii online al primăriei',
    owner: 'sales',
    client: 6,
    lines: [
      ['SRV-ANALIZA', 4],
      ['SRV-DEV', 240],
      ['HST-CLOUD', 12],
    ],
    type: 'services',
    start: 45,
    months: 12,
    paymentTerms: 'Conform caietului de sarcini: plata în 30 de zile de la recepție.',
    description: ['Portal prin care cetățenii depun cereri și plătesc taxele locale online.'],
    state: 'cancelled',
    comment: 'Primăria a anulat procedura de achiziție publică.',
  },
]
export const DEMO_CONTRACT_TITLES = DEMO_CONTRACTS.map((contract) => contract.title)
