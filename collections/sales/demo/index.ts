import { createLocalReq, type Payload } from 'payload'
import { fromTemplateEndpoint } from '../offers/fromTemplate'
import { runSystemStep } from '@/hooks/workflow/governed'
import { expiryComment } from '../offers/expire'
import { addDays, dayIn, DEFAULT_TIME_ZONE } from '@/lib/timeZone'
import { inTransaction } from '@/lib/transaction'
import { DEMO_CLIENT_CUIS, DEMO_OPPORTUNITIES } from '@/collections/crm'
import { paragraphs } from '@/seed/richText'
import { actingAs, type Actor, asSystem, demoPeople, nomenclatorIds } from '@/seed/records'
import { together } from '@/seed/together'

import { DEMO_OFFERS, DEMO_PRODUCTS, DEMO_PRODUCT_CODES, DEMO_TEMPLATES, RETURN_COMMENT } from './data'
import type { OfferSeed, OfferState, SectionState, TemplateSeed, UserKey } from './data'

export * from './data'

/* ------------------------------------------------------------------------------------------ */
/* Seeding                                                                                     */
/* ------------------------------------------------------------------------------------------ */

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

/** The demo clients (by index in DEMO_COMPANIES) with their primary contact, and the demo opportunities. */
async function demoClients(payload: Payload) {
  const { docs } = await payload.find({
    collection: 'clients',
    where: { fiscalCode: { in: DEMO_CLIENT_CUIS } },
    pagination: false,
    select: { fiscalCode: true },
    ...asSystem,
  })
  const byCui = new Map(docs.map((doc) => [doc.fiscalCode, doc.id]))
  const ids = DEMO_CLIENT_CUIS.map((cui) => byCui.get(cui))
  if (ids.some((id) => id === undefined)) return null
  const contacts = await payload.find({
    collection: 'contacts',
    where: { client: { in: ids }, primary: { equals: true } },
    pagination: false,
    select: { client: true },
    ...asSystem,
  })
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
async function step(
  ctx: Context,
  collection: 'offers' | 'offer-sections' | 'todos',
  id: number,
  status: string,
  user: Actor,
  comment?: string,
) {
  await ctx.payload.update({
    collection,
    id,
    data: { status, ...(comment ? { workflowComment: comment } : {}) },
    ...actingAs(user),
  })
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
  const role = await payload.find({
    collection: 'roles',
    where: { key: { equals: 'project-manager' } },
    limit: 1,
    ...asSystem,
  })
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
        lines: template.lines.map(([code, quantity, discountPercent]) => ({
          product: ctx.products[code],
          quantity,
          discountPercent,
        })),
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
        sections: (created.sections ?? []).map((row, i) => ({
          ...row,
          title: template.sections[i].title.en,
          content: paragraphs(...template.sections[i].content.en) as never,
        })),
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
  if (response.status !== 201 || !answer.doc)
    throw new Error(`Demo offer from a template: ${response.status} ${JSON.stringify(answer.errors ?? answer)}`)
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
      lines: seed.lines!.map(([code, quantity, discountPercent]) => ({
        product: ctx.products[code],
        quantity,
        discountPercent,
      })),
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
  const { docs } = await payload.find({
    collection: 'offer-sections',
    where: { offer: { equals: offer } },
    sort: 'order',
    pagination: false,
    ...asSystem,
  })
  const byId = new Map(Object.values(ctx.users).map((user) => [user.id, user]))
  for (const [i, section] of docs.entries()) {
    const target: SectionState =
      seed.state === 'draft' || seed.state === 'cancelled' ? (seed.sections?.[i] ?? 'draft') : 'approved'
    ctx.counts.sections++
    if (target === 'draft') continue
    const responsible = byId.get(section.responsible as number)!
    const ownWork = responsible.id === owner.id
    await step(ctx, 'offer-sections', section.id, 'submitted', responsible)
    if (target === 'returned')
      await step(ctx, 'offer-sections', section.id, 'returned', ownWork ? manager : owner, RETURN_COMMENT)
    if (target !== 'approved') continue
    await step(ctx, 'offer-sections', section.id, 'approved', ownWork ? manager : owner)
    if (ownWork) continue
    const handedOut = await payload.find({
      collection: 'todos',
      where: {
        'relatedTo.relationTo': { equals: 'offer-sections' },
        'relatedTo.value': { equals: section.id },
        responsible: { equals: responsible.id },
      },
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
  const reach =
    seed.state === 'cancelled'
      ? 0
      : seed.state === 'in-review'
        ? 1
        : seed.state === 'approved'
          ? 2
          : seed.state === 'draft'
            ? 0
            : 3
  for (const status of path.slice(0, reach))
    await step(ctx, 'offers', id, status, status === 'approved' ? ctx.users['sales-manager'] : owner)
  switch (seed.state) {
    case 'accepted':
      await payload.update({
        collection: 'offers',
        id,
        data: { decisionDate: ctx.day(seed.decision!) },
        ...actingAs(owner),
      })
      await step(ctx, 'offers', id, 'accepted', owner)
      break
    case 'rejected':
      await payload.update({
        collection: 'offers',
        id,
        data: { decisionDate: ctx.day(seed.decision!), lostReason: ctx.item('lost-reasons', seed.lostReason!) },
        ...actingAs(owner),
      })
      await step(ctx, 'offers', id, 'rejected', owner)
      break
    case 'expired': {
      // What the hourly expiry job does: the application's own step, logged without a user.
      const req = await createLocalReq({}, payload)
      await inTransaction(req, () =>
        runSystemStep(req, 'offers', id, 'expire', expiryComment(addDays(ctx.seedDay, seed.issue + seed.validity))),
      )
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
export async function seedDemoOffers(
  payload: Payload,
  log: (line: string) => void = () => undefined,
): Promise<DemoOfferCounts | null> {
  const existing = await payload.count({
    collection: 'products',
    where: { code: { in: DEMO_PRODUCT_CODES } },
    overrideAccess: true,
  })
  if (existing.totalDocs > 0) {
    log('demo offers: already there')
    return null
  }
  const users = await demoPeople(payload, USERS)
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
    counts: {
      products: 0,
      templates: 0,
      sections: 0,
      draft: 0,
      'in-review': 0,
      approved: 0,
      sent: 0,
      accepted: 0,
      rejected: 0,
      expired: 0,
      cancelled: 0,
    },
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
  const states = (['draft', 'in-review', 'approved', 'sent', 'accepted', 'rejected', 'expired', 'cancelled'] as const)
    .map((s) => `${counts[s]} ${s}`)
    .join(', ')
  log(
    `demo offers: ${counts.products} products, ${counts.templates} templates, ${DEMO_OFFERS.length} offers (${states}), ${counts.sections} sections ` +
      `in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  )
  return counts
}
