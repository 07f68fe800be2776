/**
 * Demo data for the offers module: a catalog of products and services, two shared offer templates
 * and offers in every state of their workflow for the demo clients of sales@ (one of sales2@),
 * linked to the clients' demo opportunities, dated around the day the seed runs.
 *
 * Made as the demo users would make them (`user` + `overrideAccess: false`): the catalog and the
 * templates by sales-manager@, offers by their owner — from a template through the
 * `POST /api/offers/from-template` handler itself — sections submitted by their responsible and
 * approved by the offer's owner (or by sales-manager@ when the owner wrote them), offers submitted
 * and sent by their owner, approved by sales-manager@, decided by their owner; the expired one
 * expires as the expiry job does it. Deterministic; idempotent: nothing is done once a demo product
 * exists (matched by code).
 */

type Seller = 'sales' | 'sales2'
export type UserKey = Seller | 'sales-manager' | 'project-manager'
export type OfferState = 'draft' | 'in-review' | 'approved' | 'sent' | 'accepted' | 'rejected' | 'expired' | 'cancelled'
export type SectionState = 'draft' | 'submitted' | 'returned' | 'approved'
type Unit = 'pcs' | 'hour' | 'day' | 'month' | 'license'
type Vat = 'standard' | 'reduced' | 'zero'

/* ------------------------------------------------------------------------------------------ */
/* Catalog                                                                                     */
/* ------------------------------------------------------------------------------------------ */

interface ProductSeed {
  code: string
  kind: 'product' | 'service'
  name: { ro: string; en: string }
  description?: { ro: string; en: string }
  unit: Unit
  listPrice: number
  vat: Vat
}

const p = (
  code: string,
  kind: ProductSeed['kind'],
  ro: string,
  en: string,
  unit: Unit,
  listPrice: number,
  vat: Vat = 'standard',
  description?: ProductSeed['description'],
): ProductSeed => ({
  code,
  kind,
  name: { ro, en },
  unit,
  listPrice,
  vat,
  description,
})

/** Prices in RON, without VAT. */
export const DEMO_PRODUCTS: ProductSeed[] = [
  p('LIC-CRM-USR', 'product', 'Licență CRM (per utilizator, anual)', 'CRM licence (per user, yearly)', 'license', 450),
  p(
    'LIC-ERP-USR',
    'product',
    'Licență ERP (per utilizator, anual)',
    'ERP licence (per user, yearly)',
    'license',
    1_200,
  ),
  p('SRV-ANALIZA', 'service', 'Analiză de business', 'Business analysis', 'day', 2_800, 'standard', {
    ro: 'Ateliere cu echipa clientului, documentarea proceselor și a cerințelor.',
    en: 'Workshops with the client’s team, processes and requirements documented.',
  }),
  p('SRV-IMPL', 'service', 'Implementare ERP', 'ERP implementation', 'day', 3_200, 'standard', {
    ro: 'Configurarea modulelor, parametrizare și punere în funcțiune.',
    en: 'Module configuration, settings and go-live.',
  }),
  p('SRV-MIGR', 'service', 'Migrarea datelor', 'Data migration', 'hour', 250),
  p('SRV-INSTR', 'service', 'Instruirea utilizatorilor', 'User training', 'day', 2_400, 'standard', {
    ro: 'O zi de instruire la sediul clientului, pentru cel mult 10 participanți.',
    en: 'One training day at the client’s premises, for up to 10 people.',
  }),
  p('SRV-INTEG', 'service', 'Integrare e-Factura (ANAF)', 'e-Invoice integration (ANAF e-Factura)', 'pcs', 6_500),
  p('SRV-DEV', 'service', 'Dezvoltare personalizată', 'Custom development', 'hour', 300),
  p('SUP-STD', 'service', 'Abonament suport standard', 'Standard support subscription', 'month', 1_500, 'standard', {
    ro: 'Zile lucrătoare, 9–18, timp de răspuns 8 ore.',
    en: 'Working days, 9 to 18, 8-hour response time.',
  }),
  p('SUP-PREM', 'service', 'Abonament suport premium (24/7)', 'Premium support subscription (24/7)', 'month', 3_500),
  p('HST-CLOUD', 'service', 'Găzduire cloud în România', 'Cloud hosting in Romania', 'month', 900),
  p('HW-TERM', 'product', 'Terminal mobil pentru inventar', 'Mobile inventory terminal', 'pcs', 2_950),
  p('DOC-MANUAL', 'product', 'Manual de utilizare tipărit', 'Printed user manual', 'pcs', 85, 'reduced'),
]
export const DEMO_PRODUCT_CODES = DEMO_PRODUCTS.map((product) => product.code)

/* ------------------------------------------------------------------------------------------ */
/* Templates                                                                                   */
/* ------------------------------------------------------------------------------------------ */

type Bilingual = { ro: string; en: string }
export interface TemplateSeed {
  name: Bilingual
  description: Bilingual
  validityDays: number
  intro: { ro: string[]; en: string[] }
  terms: { ro: string[]; en: string[] }
  sections: {
    title: Bilingual
    content: { ro: string[]; en: string[] }
    ownerRole?: 'project-manager'
    dueInDays: number
  }[]
  lines: [code: string, quantity: number, discountPercent?: number][]
}

export const DEMO_TEMPLATES: Record<'erp' | 'support', TemplateSeed> = {
  erp: {
    name: { ro: 'Implementare ERP', en: 'ERP implementation' },
    description: {
      ro: 'Proiect de implementare ERP: analiză, configurare, migrare, instruire și licențe.',
      en: 'ERP implementation project: analysis, configuration, migration, training and licences.',
    },
    validityDays: 30,
    intro: {
      ro: [
        'Vă mulțumim pentru interesul arătat soluției noastre ERP.',
        'Vă prezentăm mai jos propunerea noastră de implementare, adaptată activității dumneavoastră.',
      ],
      en: [
        'Thank you for your interest in our ERP solution.',
        'Below is our implementation proposal, tailored to your business.',
      ],
    },
    terms: {
      ro: [
        'Prețurile sunt exprimate în lei, fără TVA.',
        'Plata în trei tranșe: 30% la semnarea contractului, 40% la punerea în funcțiune, 30% la recepția finală, fiecare în 30 de zile de la facturare.',
        'Garanție 12 luni pentru serviciile de implementare.',
      ],
      en: [
        'Prices are in lei, without VAT.',
        'Payment in three instalments: 30% on signing, 40% at go-live, 30% at final acceptance, each within 30 days of invoicing.',
        '12-month warranty on the implementation services.',
      ],
    },
    sections: [
      {
        title: { ro: 'Soluția propusă și planul de implementare', en: 'Proposed solution and implementation plan' },
        content: {
          ro: ['Modulele propuse, etapele de implementare, echipa de proiect și calendarul estimat.'],
          en: ['The proposed modules, the implementation stages, the project team and the estimated schedule.'],
        },
        ownerRole: 'project-manager',
        dueInDays: 3,
      },
      {
        title: { ro: 'Condiții comerciale', en: 'Commercial terms' },
        content: {
          ro: ['Prețuri, termene de plată, garanție și condiții de livrare.'],
          en: ['Prices, payment terms, warranty and delivery.'],
        },
        dueInDays: 2,
      },
      {
        title: { ro: 'Referințe și studii de caz', en: 'References and case studies' },
        content: {
          ro: ['Proiecte similare realizate în ultimii trei ani.'],
          en: ['Similar projects of the last three years.'],
        },
        dueInDays: 2,
      },
    ],
    lines: [
      ['SRV-ANALIZA', 5],
      ['SRV-IMPL', 20],
      ['SRV-MIGR', 40],
      ['SRV-INSTR', 3],
      ['LIC-ERP-USR', 10],
    ],
  },
  support: {
    name: { ro: 'Abonament suport', en: 'Support subscription' },
    description: { ro: 'Suport tehnic și găzduire pe 12 luni.', en: 'Technical support and hosting for 12 months.' },
    validityDays: 15,
    intro: {
      ro: ['Vă propunem un abonament de suport tehnic și găzduire pentru următoarele 12 luni.'],
      en: ['We propose a technical support and hosting subscription for the next 12 months.'],
    },
    terms: {
      ro: [
        'Facturare lunară, plata în 15 zile.',
        'Abonamentul se reînnoiește automat dacă nu este denunțat cu 30 de zile înainte de expirare.',
      ],
      en: [
        'Invoiced monthly, payment within 15 days.',
        'The subscription renews automatically unless cancelled 30 days before it ends.',
      ],
    },
    sections: [
      {
        title: { ro: 'Nivelul serviciilor (SLA)', en: 'Service level (SLA)' },
        content: {
          ro: ['Program de suport, timpi de răspuns și de rezolvare pe niveluri de prioritate.'],
          en: ['Support hours, response and resolution times by priority.'],
        },
        dueInDays: 1,
      },
      {
        title: { ro: 'Condiții de reînnoire', en: 'Renewal terms' },
        content: {
          ro: ['Durata, reînnoirea și denunțarea abonamentului.'],
          en: ['Term, renewal and cancellation of the subscription.'],
        },
        dueInDays: 1,
      },
    ],
    lines: [
      ['SUP-STD', 12],
      ['HST-CLOUD', 12],
    ],
  },
}

/* ------------------------------------------------------------------------------------------ */
/* Offers                                                                                      */
/* ------------------------------------------------------------------------------------------ */

export interface OfferSeed {
  title: string
  owner: Seller
  /** Index in DEMO_COMPANIES. */
  client: number
  /** Index in DEMO_OPPORTUNITIES (an opportunity of the same client). */
  opportunity?: number
  template?: keyof typeof DEMO_TEMPLATES
  /** The lines of an offer written without a template. */
  lines?: [code: string, quantity: number, discountPercent?: number][]
  subject?: string
  requirements?: string[]
  /** Calendar days from the seed's day; the validity term counts from the issue date. */
  issue: number
  validity: number
  state: OfferState
  /** For a template's sections, by position; all approved once the offer left its draft. */
  sections?: SectionState[]
  /** The client's decision, in days from the seed's day. */
  decision?: number
  lostReason?: 'price' | 'competitor' | 'no-budget' | 'timing'
  comment?: string
}

export const DEMO_OFFERS: OfferSeed[] = [
  {
    title: 'Implementare ERP pentru gestiunea șantierelor',
    owner: 'sales',
    client: 4,
    opportunity: 3,
    template: 'erp',
    subject: 'Evidența șantierelor, a materialelor și a pontajului, integrată cu contabilitatea.',
    requirements: ['Evidența costurilor pe fiecare șantier.', 'Pontaj mobil pentru echipele din teren.'],
    issue: -2,
    validity: 30,
    state: 'draft',
    sections: ['returned', 'approved', 'draft'],
  },
  {
    title: 'Terminale mobile pentru inventarul din depozit',
    owner: 'sales',
    client: 9,
    lines: [
      ['HW-TERM', 4],
      ['LIC-CRM-USR', 4],
      ['SRV-INSTR', 1, 10],
    ],
    issue: 0,
    validity: 30,
    state: 'draft',
  },
  {
    title: 'Extindere licențe CRM — 25 de utilizatori',
    owner: 'sales',
    client: 0,
    opportunity: 0,
    lines: [
      ['LIC-CRM-USR', 25, 10],
      ['SRV-INSTR', 1],
      ['SUP-STD', 12],
    ],
    subject: 'Licențe suplimentare pentru echipa de vânzări, cu discount de volum.',
    issue: -3,
    validity: 30,
    state: 'in-review',
  },
  {
    title: 'Implementare ERP cu trasabilitatea loturilor',
    owner: 'sales',
    client: 1,
    opportunity: 1,
    template: 'erp',
    subject: 'ERP pentru producție, cu trasabilitatea loturilor de la recepția laptelui până la livrare.',
    requirements: [
      'Trasabilitatea loturilor pe tot fluxul de producție.',
      'Integrare cu cântarele din secția de recepție.',
    ],
    issue: -6,
    validity: 30,
    state: 'approved',
  },
  {
    title: 'Portal de programări online pentru pacienți',
    owner: 'sales',
    client: 8,
    opportunity: 5,
    lines: [
      ['SRV-ANALIZA', 3],
      ['SRV-DEV', 160, 5],
      ['HST-CLOUD', 12],
      ['SRV-INSTR', 1],
    ],
    issue: -8,
    validity: 30,
    state: 'sent',
  },
  {
    title: 'Abonament suport pentru programul de fidelitate',
    owner: 'sales',
    client: 3,
    opportunity: 2,
    template: 'support',
    issue: -28,
    validity: 30,
    state: 'accepted',
    decision: -10,
  },
  {
    title: 'Reînnoirea abonamentului de suport și găzduire',
    owner: 'sales',
    client: 5,
    opportunity: 6,
    template: 'support',
    issue: -40,
    validity: 30,
    state: 'rejected',
    decision: -20,
    lostReason: 'no-budget',
  },
  {
    title: 'Integrare e-Factura pentru magazinul online',
    owner: 'sales',
    client: 7,
    opportunity: 4,
    lines: [
      ['SRV-INTEG', 1],
      ['SRV-DEV', 16],
      ['DOC-MANUAL', 10],
    ],
    issue: -50,
    validity: 30,
    state: 'expired',
  },
  {
    title: 'Abonament suport pentru atelierul de mobilier',
    owner: 'sales',
    client: 2,
    template: 'support',
    issue: -15,
    validity: 15,
    state: 'cancelled',
    sections: ['submitted', 'draft'],
    comment: 'Clientul a amânat proiectul pentru anul viitor.',
  },
  {
    title: 'Modul de comenzi B2B pentru distribuitori',
    owner: 'sales2',
    client: 19,
    opportunity: 12,
    lines: [
      ['SRV-ANALIZA', 4],
      ['SRV-DEV', 200, 5],
      ['HST-CLOUD', 12],
    ],
    issue: -4,
    validity: 30,
    // Waiting for approval: the West team has no sales manager of its own.
    state: 'in-review',
  },
]
export const DEMO_OFFER_TITLES = DEMO_OFFERS.map((offer) => offer.title)
export const RETURN_COMMENT = 'Detaliați etapele de migrare a datelor și rolurile din echipa clientului.'
