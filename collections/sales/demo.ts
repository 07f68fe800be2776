import { createLocalReq, type Payload, type TypedUser } from 'payload'

import { fromTemplateEndpoint } from './offers/fromTemplate'
import { runSystemStep } from '@/hooks/workflow/governed'
import { expiryComment } from './offers/expire'
import { addDays, dayIn, DEFAULT_TIME_ZONE } from '@/lib/timeZone'
import { inTransaction } from '@/lib/transaction'
import { DEMO_CLIENT_CUIS, DEMO_OPPORTUNITIES } from '@/collections/crm/demo'
import { paragraphs } from '@/seed/richText'
import { together } from '@/seed/together'

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
type UserKey = Seller | 'sales-manager' | 'project-manager'
type OfferState = 'draft' | 'in-review' | 'approved' | 'sent' | 'accepted' | 'rejected' | 'expired' | 'cancelled'
type SectionState = 'draft' | 'submitted' | 'returned' | 'approved'
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

const p = (code: string, kind: ProductSeed['kind'], ro: string, en: string, unit: Unit, listPrice: number, vat: Vat = 'standard', description?: ProductSeed['description']): ProductSeed => ({
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
  p('LIC-ERP-USR', 'product', 'Licență ERP (per utilizator, anual)', 'ERP licence (per user, yearly)', 'license', 1_200),
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
interface TemplateSeed {
  name: Bilingual
  description: Bilingual
  validityDays: number
  intro: { ro: string[]; en: string[] }
  terms: { ro: string[]; en: string[] }
  sections: { title: Bilingual; content: { ro: string[]; en: string[] }; ownerRole?: 'project-manager'; dueInDays: number }[]
  lines: [code: string, quantity: number, discountPercent?: number][]
}

export const DEMO_TEMPLATES: Record<'erp' | 'support', TemplateSeed> = {
  erp: {
    name: { ro: 'Implementare ERP', en: 'ERP implementation' },
    description: { ro: 'Proiect de implementare ERP: analiză, configurare, migrare, instruire și licențe.', en: 'ERP implementation project: analysis, configuration, migration, training and licences.' },
    validityDays: 30,
    intro: {
      ro: ['Vă mulțumim pentru interesul arătat soluției noastre ERP.', 'Vă prezentăm mai jos propunerea noastră de implementare, adaptată activității dumneavoastră.'],
      en: ['Thank you for your interest in our ERP solution.', 'Below is our implementation proposal, tailored to your business.'],
    },
    terms: {
      ro: ['Prețurile sunt exprimate în lei, fără TVA.', 'Plata în trei tranșe: 30% la semnarea contractului, 40% la punerea în funcțiune, 30% la recepția finală, fiecare în 30 de zile de la facturare.', 'Garanție 12 luni pentru serviciile de implementare.'],
      en: ['Prices are in lei, without VAT.', 'Payment in three instalments: 30% on signing, 40% at go-live, 30% at final acceptance, each within 30 days of invoicing.', '12-month warranty on the implementation services.'],
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
        content: { ro: ['Prețuri, termene de plată, garanție și condiții de livrare.'], en: ['Prices, payment terms, warranty and delivery.'] },
        dueInDays: 2,
      },
      {
        title: { ro: 'Referințe și studii de caz', en: 'References and case studies' },
        content: { ro: ['Proiecte similare realizate în ultimii trei ani.'], en: ['Similar projects of the last three years.'] },
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
      ro: ['Facturare lunară, plata în 15 zile.', 'Abonamentul se reînnoiește automat dacă nu este denunțat cu 30 de zile înainte de expirare.'],
      en: ['Invoiced monthly, payment within 15 days.', 'The subscription renews automatically unless cancelled 30 days before it ends.'],
    },
    sections: [
      {
        title: { ro: 'Nivelul serviciilor (SLA)', en: 'Service level (SLA)' },
        content: { ro: ['Program de suport, timpi de răspuns și de rezolvare pe niveluri de prioritate.'], en: ['Support hours, response and resolution times by priority.'] },
        dueInDays: 1,
      },
      {
        title: { ro: 'Condiții de reînnoire', en: 'Renewal terms' },
        content: { ro: ['Durata, reînnoirea și denunțarea abonamentului.'], en: ['Term, renewal and cancellation of the subscription.'] },
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

interface OfferSeed {
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
    requirements: ['Trasabilitatea loturilor pe tot fluxul de producție.', 'Integrare cu cântarele din secția de recepție.'],
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
const RETURN_COMMENT = 'Detaliați etapele de migrare a datelor și rolurile din echipa clientului.'

/* ------------------------------------------------------------------------------------------ */
/* Seeding                                                                                     */
/* ------------------------------------------------------------------------------------------ */

type Actor = TypedUser & { id: number }
const asSystem = { overrideAccess: true, depth: 0 } as const
const actingAs = (user: Actor) => ({ user, overrideAccess: false, depth: 0 }) as const
const USERS: Record<UserKey, string> = {
  sales: 'sales@organizecrm.test',
  sales2: 'sales2@organizecrm.test',
  'sales-manager': 'sales-manager@organizecrm.test',
  'project-manager': 'project-manager@organizecrm.test',
}

export type DemoOfferCounts = { products: number; templates: number; sections: number } & Record<OfferState, number>

interface Context {
  payload: Payload
  users: Record<UserKey, Actor>
  item: (list: string, value: string) => number
  /** The seed's day in Bucharest, YYYY-MM-DD. */
  seedDay: string
  /** A date-only value as the day picker stores it (noon UTC), `n` calendar days from the seed's day. */
  day: (n: number) => string
  products: Record<string, number>
  templates: Record<keyof typeof DEMO_TEMPLATES, number>
  clients: { id: number; contact?: number }[]
  opportunities: (number | undefined)[]
  counts: DemoOfferCounts
}

async function demoUsers(payload: Payload) {
  const { docs } = await payload.find({ collection: 'users', where: { email: { in: Object.values(USERS) } }, limit: 10, ...asSystem })
  const byEmail = new Map(docs.filter((doc) => doc.active).map((doc) => [doc.email, { ...doc, collection: 'users' } as unknown as Actor]))
  const users = Object.fromEntries(Object.entries(USERS).map(([key, email]) => [key, byEmail.get(email)]))
  return Object.values(users).every(Boolean) ? (users as Record<UserKey, Actor>) : null
}

async function nomenclatorIds(payload: Payload) {
  const { docs } = await payload.find({ collection: 'nomenclators', pagination: false, ...asSystem })
  const ids = new Map(docs.map((doc) => [`${doc.list}:${doc.value}`, doc.id]))
  return (list: string, value: string) => {
    const id = ids.get(`${list}:${value}`)
    if (id === undefined) throw new Error(`The demo offers need the nomenclator item ${list}:${value}.`)
    return id
  }
}

/** The demo clients (by index in DEMO_COMPANIES) with their primary contact, and the demo opportunities. */
async function demoClients(payload: Payload) {
  const { docs } = await payload.find({ collection: 'clients', where: { fiscalCode: { in: DEMO_CLIENT_CUIS } }, pagination: false, select: { fiscalCode: true }, ...asSystem })
  const byCui = new Map(docs.map((doc) => [doc.fiscalCode, doc.id]))
  const ids = DEMO_CLIENT_CUIS.map((cui) => byCui.get(cui))
  if (ids.some((id) => id === undefined)) return null
  const contacts = await payload.find({ collection: 'contacts', where: { client: { in: ids }, primary: { equals: true } }, pagination: false, select: { client: true }, ...asSystem })
  const contactOf = new Map(contacts.docs.map((doc) => [doc.client as number, doc.id]))
  const clients = ids.map((id) => ({ id: id!, contact: contactOf.get(id!) }))
  const opportunities = await payload.find({
    collection: 'opportunities',
    where: { client: { in: ids }, title: { in: DEMO_OPPORTUNITIES.map((o) => o.title) } },
    pagination: false,
    select: { title: true, client: true },
    ...asSystem,
  })
  const opportunityIds = DEMO_OPPORTUNITIES.map(
    (seed) => opportunities.docs.find((doc) => doc.title === seed.title && doc.client === clients[seed.client].id)?.id,
  )
  return { clients, opportunities: opportunityIds }
}

/** A workflow step as the transition endpoint runs it: by a user, under the workflow's rules. */
async function step(ctx: Context, collection: 'offers' | 'offer-sections' | 'todos', id: number, status: string, user: Actor, comment?: string) {
  await ctx.payload.update({ collection, id, data: { status, ...(comment ? { workflowComment: comment } : {}) }, ...actingAs(user) })
}

/** The catalog, by sales-manager@: Romanian names first, then the English ones. */
async function seedProducts(ctx: Context) {
  const { payload, item } = ctx
  const manager = ctx.users['sales-manager']
  for (const product of DEMO_PRODUCTS) {
    const doc = await payload.create({
      collection: 'products',
      locale: 'ro',
      data: {
        code: product.code,
        kind: product.kind,
        name: product.name.ro,
        description: product.description?.ro,
        unit: item('units', product.unit),
        listPrice: product.listPrice,
        currency: item('currencies', 'RON'),
        vatRate: item('vat-rates', product.vat),
        active: true,
      },
      ...actingAs(manager),
    })
    ctx.products[product.code] = doc.id
  }
  await together(DEMO_PRODUCTS, async (product) => {
    await payload.update({
      collection: 'products',
      id: ctx.products[product.code],
      locale: 'en',
      data: { name: product.name.en, ...(product.description ? { description: product.description.en } : {}) },
      ...actingAs(manager),
    })
  })
  ctx.counts.products = DEMO_PRODUCTS.length
}

/** The shared templates, by sales-manager@; localized texts inside the sections are matched by row id. */
async function seedTemplates(ctx: Context) {
  const { payload, item } = ctx
  const manager = ctx.users['sales-manager']
  const role = await payload.find({ collection: 'roles', where: { key: { equals: 'project-manager' } }, limit: 1, ...asSystem })
  for (const [key, template] of Object.entries(DEMO_TEMPLATES) as [keyof typeof DEMO_TEMPLATES, TemplateSeed][]) {
    const created = await payload.create({
      collection: 'offer-templates',
      locale: 'ro',
      data: {
        name: template.name.ro,
        description: template.description.ro,
        validityDays: template.validityDays,
        currency: item('currencies', 'RON'),
        intro: paragraphs(...template.intro.ro) as never,
        terms: paragraphs(...template.terms.ro) as never,
        sections: template.sections.map((section) => ({
          title: section.title.ro,
          content: paragraphs(...section.content.ro) as never,
          ownerRole: section.ownerRole ? role.docs[0]?.id : undefined,
          dueInDays: section.dueInDays,
        })),
        lines: template.lines.map(([code, quantity, discountPercent]) => ({ product: ctx.products[code], quantity, discountPercent })),
        active: true,
      },
      ...actingAs(manager),
    })
    await payload.update({
      collection: 'offer-templates',
      id: created.id,
      locale: 'en',
      data: {
        name: template.name.en,
        description: template.description.en,
        intro: paragraphs(...template.intro.en) as never,
        terms: paragraphs(...template.terms.en) as never,
        sections: (created.sections ?? []).map((row, i) => ({ ...row, title: template.sections[i].title.en, content: paragraphs(...template.sections[i].content.en) as never })),
      },
      ...actingAs(manager),
    })
    ctx.templates[key] = created.id
  }
  ctx.counts.templates = Object.keys(DEMO_TEMPLATES).length
}

/** POST /api/offers/from-template as the owner: the endpoint's own handler, in its own request. */
async function fromTemplate(ctx: Context, owner: Actor, body: Record<string, unknown>) {
  const req = await createLocalReq({ user: owner }, ctx.payload)
  req.data = body
  const response = await fromTemplateEndpoint.handler(req)
  const answer = (await response.json()) as { doc?: { id: number }; errors?: { message: string }[] }
  if (response.status !== 201 || !answer.doc) throw new Error(`Demo offer from a template: ${response.status} ${JSON.stringify(answer.errors ?? answer)}`)
  return answer.doc.id
}

/** Creates a demo offer, as its owner, in its draft; a template's sections come with it. */
async function createOffer(ctx: Context, seed: OfferSeed) {
  const { payload } = ctx
  const owner = ctx.users[seed.owner]
  const client = ctx.clients[seed.client]
  const opportunity = seed.opportunity === undefined ? undefined : ctx.opportunities[seed.opportunity]
  const dates = { issueDate: ctx.day(seed.issue), validUntil: ctx.day(seed.issue + seed.validity) }
  const details = {
    subject: seed.subject,
    requirements: seed.requirements ? (paragraphs(...seed.requirements) as never) : undefined,
  }
  if (seed.template) {
    const id = await fromTemplate(ctx, owner, {
      template: ctx.templates[seed.template],
      client: client.id,
      contact: client.contact,
      opportunity,
      title: seed.title,
      // The section the template gives to the project manager's role goes to project-manager@ (another team).
      sectionOwners: seed.template === 'erp' ? { '0': ctx.users['project-manager'].id } : undefined,
    })
    // Still a draft: its owner dates it.
    await payload.update({ collection: 'offers', id, data: { ...dates, ...details }, ...actingAs(owner) })
    return id
  }
  const doc = await payload.create({
    collection: 'offers',
    data: {
      title: seed.title,
      client: client.id,
      contact: client.contact,
      opportunity,
      ...dates,
      ...details,
      lines: seed.lines!.map(([code, quantity, discountPercent]) => ({ product: ctx.products[code], quantity, discountPercent })),
      owner: owner.id,
    },
    ...actingAs(owner),
  })
  return doc.id
}

/**
 * Sections: the responsible writes and submits; the offer's owner approves or returns what a
 * colleague wrote, sales-manager@ approves what the owner wrote. A colleague's todo is done once
 * the section is approved.
 */
async function walkSections(ctx: Context, offer: number, seed: OfferSeed) {
  const { payload } = ctx
  if (!seed.template) return
  const owner = ctx.users[seed.owner]
  const manager = ctx.users['sales-manager']
  const { docs } = await payload.find({ collection: 'offer-sections', where: { offer: { equals: offer } }, sort: 'order', pagination: false, ...asSystem })
  const byId = new Map(Object.values(ctx.users).map((user) => [user.id, user]))
  for (const [i, section] of docs.entries()) {
    const target: SectionState = seed.state === 'draft' || seed.state === 'cancelled' ? (seed.sections?.[i] ?? 'draft') : 'approved'
    ctx.counts.sections++
    if (target === 'draft') continue
    const responsible = byId.get(section.responsible as number)!
    const ownWork = responsible.id === owner.id
    await step(ctx, 'offer-sections', section.id, 'submitted', responsible)
    if (target === 'returned') await step(ctx, 'offer-sections', section.id, 'returned', ownWork ? manager : owner, RETURN_COMMENT)
    if (target !== 'approved') continue
    await step(ctx, 'offer-sections', section.id, 'approved', ownWork ? manager : owner)
    if (ownWork) continue
    const handedOut = await payload.find({
      collection: 'todos',
      where: { 'relatedTo.relationTo': { equals: 'offer-sections' }, 'relatedTo.value': { equals: section.id }, responsible: { equals: responsible.id } },
      ...asSystem,
    })
    for (const todo of handedOut.docs) await step(ctx, 'todos', todo.id, 'done', responsible)
  }
}

/** The offer's own workflow, each step by the person whose step it is. */
async function walkOffer(ctx: Context, id: number, seed: OfferSeed) {
  const { payload } = ctx
  const owner = ctx.users[seed.owner]
  const path: OfferState[] = ['in-review', 'approved', 'sent']
  const reach = seed.state === 'cancelled' ? 0 : seed.state === 'in-review' ? 1 : seed.state === 'approved' ? 2 : seed.state === 'draft' ? 0 : 3
  for (const status of path.slice(0, reach)) await step(ctx, 'offers', id, status, status === 'approved' ? ctx.users['sales-manager'] : owner)
  switch (seed.state) {
    case 'accepted':
      await payload.update({ collection: 'offers', id, data: { decisionDate: ctx.day(seed.decision!) }, ...actingAs(owner) })
      await step(ctx, 'offers', id, 'accepted', owner)
      break
    case 'rejected':
      await payload.update({ collection: 'offers', id, data: { decisionDate: ctx.day(seed.decision!), lostReason: ctx.item('lost-reasons', seed.lostReason!) }, ...actingAs(owner) })
      await step(ctx, 'offers', id, 'rejected', owner)
      break
    case 'expired': {
      // What the hourly expiry job does: the application's own step, logged without a user.
      const req = await createLocalReq({}, payload)
      await inTransaction(req, () => runSystemStep(req, 'offers', id, 'expire', expiryComment(addDays(ctx.seedDay, seed.issue + seed.validity))))
      break
    }
    case 'cancelled':
      await step(ctx, 'offers', id, 'cancelled', owner, seed.comment)
      break
  }
  ctx.counts[seed.state]++
}

/**
 * Seeds the demo offers once, after the demo CRM. Returns what it created, or null when it did
 * nothing: already seeded, a demo user missing or deactivated, or the demo clients missing.
 */
export async function seedDemoOffers(payload: Payload, log: (line: string) => void = () => undefined): Promise<DemoOfferCounts | null> {
  const existing = await payload.count({ collection: 'products', where: { code: { in: DEMO_PRODUCT_CODES } }, overrideAccess: true })
  if (existing.totalDocs > 0) {
    log('demo offers: already there')
    return null
  }
  const users = await demoUsers(payload)
  const crm = users ? await demoClients(payload) : null
  if (!users || !crm) {
    log('demo offers: skipped (a demo user or the demo clients are missing)')
    return null
  }
  const started = Date.now()
  const seedDay = dayIn(new Date(), DEFAULT_TIME_ZONE)
  const ctx: Context = {
    payload,
    users,
    item: await nomenclatorIds(payload),
    seedDay,
    day: (n) => `${addDays(seedDay, n)}T12:00:00.000Z`,
    products: {},
    templates: {} as Context['templates'],
    ...crm,
    counts: { products: 0, templates: 0, sections: 0, draft: 0, 'in-review': 0, approved: 0, sent: 0, accepted: 0, rejected: 0, expired: 0, cancelled: 0 },
  }
  await seedProducts(ctx)
  await seedTemplates(ctx)
  // One after another, so the numbers follow the list; then each offer's workflow beside the others.
  const ids: number[] = []
  for (const seed of DEMO_OFFERS) ids.push(await createOffer(ctx, seed))
  await together(DEMO_OFFERS, async (seed, k) => {
    await walkSections(ctx, ids[k], seed)
    await walkOffer(ctx, ids[k], seed)
  })
  const { counts } = ctx
  const states = (['draft', 'in-review', 'approved', 'sent', 'accepted', 'rejected', 'expired', 'cancelled'] as const).map((s) => `${counts[s]} ${s}`).join(', ')
  log(
    `demo offers: ${counts.products} products, ${counts.templates} templates, ${DEMO_OFFERS.length} offers (${states}), ${counts.sections} sections ` +
      `in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  )
  return counts
}
