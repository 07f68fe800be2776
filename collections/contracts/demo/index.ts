import { addMonths } from 'date-fns'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { DEMO_CLIENT_CUIS } from '@/collections/crm'
import { NOTIFY_WITHOUT_EMAIL } from '@/hooks/notify'
import { requireBinding } from '@/hooks/workflow/engine'
import { runSystemStep, runUserStep } from '@/hooks/workflow/governed'
import { idOf as anyIdOf } from '@/lib/ids'
import { addDays, dayIn, DEFAULT_TIME_ZONE } from '@/lib/timeZone'
import { inTransaction } from '@/lib/transaction'
import { paragraphs } from '@/seed/richText'
import { actingAs, type Actor, asSystem, demoPeople, nomenclatorIds } from '@/seed/records'
import { together } from '@/seed/together'
import { APPROVER, CONTRACT_STATES, DEMO_CONTRACT_TITLES, DEMO_CONTRACTS, USERS } from './data'
import type { AcceptedOfferSeed, ActivitySeed, ContractSeed, ContractState, UserKey } from './data'
import { demoPdf } from './pdf'

export * from './data'

/** The demo's steps are history, not news: they notify in the application but email nobody. */
const HISTORY = { [NOTIFY_WITHOUT_EMAIL]: true }
const LINEAR: ContractState[] = ['draft', 'in-review', 'approved', 'sent-for-signature', 'signed', 'active', 'ended']

export type DemoContractCounts = Record<ContractState, number> & {
  offers: number
  activities: number
  documents: number
  amendments: number
}

type Doc = Record<string, unknown>
type Made = Awaited<ReturnType<typeof createContract>>
const DAY = 86_400_000
/** Read at depth 0, a relationship is the number of its record. */
const idOf = (value: unknown) => anyIdOf(value) as number
type Collection = 'offers' | 'contracts' | 'contract-activities' | 'contract-amendments'

interface Context {
  payload: Payload
  users: Record<UserKey, Actor>
  item: (list: string, value: string) => number
  /** A date-only value as the day picker stores it (noon UTC), `n` calendar days from the seed's day. */
  day: (n: number) => string
  products: Map<string, number>
  /** The demo clients by index in DEMO_COMPANIES, with their contacts (the primary first). */
  clients: { id: number; contacts: number[] }[]
  counts: DemoContractCounts
}

/**
 * One request per person in a chain of work, reused from one save to the next as a session would
 * be; `step` takes a workflow step exactly as `POST /api/<collection>/<id>/transition` does.
 */
function sessions(payload: Payload) {
  const open = new Map<number, Promise<PayloadRequest>>()
  const reqOf = (user: Actor) =>
    open.get(user.id) ?? open.set(user.id, createLocalReq({ user, context: HISTORY }, payload)).get(user.id)!
  return {
    as: async (user: Actor) => ({ ...actingAs(user, HISTORY), req: await reqOf(user) }),
    step: async (collection: Collection, id: number, key: string, user: Actor, comment?: string) => {
      const req = await reqOf(user)
      await inTransaction(req, () => runUserStep(req, collection, requireBinding(collection), id, key, comment))
    },
  }
}
type Session = ReturnType<typeof sessions>

/** A step the daily contracts job takes by itself (start, renew, end): no user, logged as the application's. */
async function systemStep(payload: Payload, id: number, key: string) {
  const req = await createLocalReq({ context: HISTORY }, payload)
  const taken = await inTransaction(req, () => runSystemStep(req, 'contracts', id, key))
  if (!taken) throw new Error(`Demo contract ${id}: the step "${key}" did not run.`)
}

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
    where: { client: { in: ids } },
    sort: 'id',
    pagination: false,
    select: { client: true, primary: true },
    ...asSystem,
  })
  return ids.map((id) => ({
    id: id!,
    contacts: contacts.docs
      .filter((contact) => contact.client === id)
      .sort((a, b) => Number(Boolean(b.primary)) - Number(Boolean(a.primary)))
      .map((contact) => contact.id),
  }))
}

/** Lines as an offer or a contract takes them: the catalog gives the price, unit and VAT rate. */
const linesOf = (ctx: Context, lines: [string, number, number?][]) =>
  lines.map(([code, quantity, discountPercent]) => ({ product: ctx.products.get(code)!, quantity, discountPercent }))

/** An offer of this demo, made by its owner and walked to "accepted" as the sales demo walks its offers. */
async function acceptedOffer(ctx: Context, seed: AcceptedOfferSeed, session: Session) {
  const { payload, users } = ctx
  const owner = users[seed.owner]
  const client = ctx.clients[seed.client]
  const offer = await payload.create({
    collection: 'offers',
    data: {
      title: seed.title,
      client: client.id,
      contact: client.contacts[0],
      issueDate: ctx.day(seed.issue),
      validUntil: ctx.day(seed.issue + 30),
      lines: linesOf(ctx, seed.lines),
      owner: owner.id,
    },
    ...(await session.as(owner)),
  })
  await session.step('offers', offer.id, 'submit', owner)
  await session.step('offers', offer.id, 'approve', users[APPROVER[seed.owner]])
  await session.step('offers', offer.id, 'send', owner)
  await payload.update({
    collection: 'offers',
    id: offer.id,
    data: { decisionDate: ctx.day(seed.decision) },
    ...(await session.as(owner)),
  })
  await session.step('offers', offer.id, 'accept', owner)
  ctx.counts.offers++
  return offer.id
}

/**
 * A contract as its owner makes it. From an accepted offer it is what `POST /api/contracts/from-offer`
 * makes: the offer's client, contact, lines, currency, owner and team, linked to the offer.
 */
async function createContract(ctx: Context, seed: ContractSeed, offerId: number | null) {
  const { payload, users, item } = ctx
  const offer = offerId ? await payload.findByID({ collection: 'offers', id: offerId, ...asSystem }) : null
  const ownerId = offer ? idOf(offer.owner) : users[seed.owner!].id
  const owner = Object.values(users).find((user) => user.id === ownerId)!
  const client = offer ? ctx.clients.find((c) => c.id === idOf(offer.client))! : ctx.clients[seed.client!]
  const signatory = (offer ? idOf(offer.contact) : null) ?? client.contacts[0]
  const copied = offer
    ? {
        offer: offerId,
        currency: idOf(offer.currency),
        team: idOf(offer.team),
        lines: (offer.lines ?? []).map((line) => ({
          product: idOf(line.product),
          description: line.description,
          quantity: line.quantity,
          unit: idOf(line.unit),
          unitPrice: line.unitPrice,
          discountPercent: line.discountPercent,
          vatRate: idOf(line.vatRate),
        })),
      }
    : { lines: linesOf(ctx, seed.lines!) }
  const others = client.contacts.filter((contact) => contact !== signatory)
  const doc = await payload.create({
    collection: 'contracts',
    data: {
      title: seed.title,
      contractType: item('contract-types', seed.type),
      client: client.id,
      signatories: [signatory],
      startDate: ctx.day(seed.start),
      durationMonths: seed.months,
      autoRenew: Boolean(seed.autoRenew),
      noticeDays: seed.noticeDays ?? 30,
      paymentTerms: seed.paymentTerms,
      description: paragraphs(...seed.description) as never,
      owner: owner.id,
      ourPeople: [
        { user: owner.id, role: item('contract-roles', 'account-manager') },
        ...(seed.technicalLead
          ? [{ user: users['project-manager'].id, role: item('contract-roles', 'technical') }]
          : []),
      ],
      clientPeople: [
        { contact: signatory, role: item('contract-roles', 'signatory') },
        ...others.slice(0, 1).map((contact) => ({ contact, role: item('contract-roles', 'billing') })),
      ],
      ...copied,
    },
    ...actingAs(owner, HISTORY),
  })
  // Entered two days after the client accepted the offer; a week ago when written from scratch.
  const enteredOn = offer?.decisionDate
    ? new Date(new Date(offer.decisionDate).getTime() + 2 * DAY).toISOString()
    : ctx.day(-7)
  return { id: doc.id, owner, enteredOn }
}

/** A document uploaded by the contract's owner and listed among the contract's documents, which files it there. */
async function uploadDocument(
  ctx: Context,
  session: Session,
  contract: Doc,
  owner: Actor,
  kind: 'draft' | 'signed',
  supersedes: number | null,
  signedOn?: string,
) {
  const { payload } = ctx
  const number = String(contract.number)
  const lines = [
    `Contract nr. ${number}`,
    String(contract.title),
    '',
    kind === 'signed'
      ? `Exemplar semnat de ambele parti la ${signedOn}.`
      : 'Proiect de contract trimis clientului spre semnare.',
  ]
  const data = demoPdf(lines)
  const name = `${number}-${kind === 'signed' ? 'semnat' : 'proiect'}.pdf`
  const doc = await payload.create({
    collection: 'contract-documents',
    data: {
      description: kind === 'signed' ? 'Exemplarul semnat' : 'Proiectul trimis spre semnare',
      kind: ctx.item('document-types', kind),
      supersedes,
    },
    file: { data, mimetype: 'application/pdf', name, size: data.length },
    ...actingAs(owner, HISTORY),
    // Its own request: a local upload leaves the file on the request it is given.
    req: await createLocalReq({ user: owner, context: HISTORY }, payload),
  })
  const listed = ((contract.documents ?? []) as unknown[]).map((value) => idOf(value))
  await payload.update({
    collection: 'contracts',
    id: contract.id as number,
    data: { documents: [...listed, doc.id] },
    ...(await session.as(owner)),
  })
  ctx.counts.documents++
  return doc.id
}

/** An activity entered by the contract's owner and worked by its responsible; the other one validates it. */
async function addActivity(
  ctx: Context,
  session: Session,
  contract: Doc,
  seed: ContractSeed,
  activity: ActivitySeed,
  owner: Actor,
) {
  const { payload, users } = ctx
  const manager = users['sales-manager']
  const responsible = activity.responsible === 'owner' ? owner : manager
  const gross = Number((contract.totals as { gross?: number } | undefined)?.gross ?? 0)
  const doc = await payload.create({
    collection: 'contract-activities',
    data: {
      contract: contract.id as number,
      title: activity.title,
      type: ctx.item('activity-types', activity.type),
      dueDate: ctx.day(seed.start + activity.due),
      amount: activity.share ? Math.round(gross * activity.share * 100) / 100 : undefined,
      responsible: responsible.id,
    },
    ...(await session.as(owner)),
  })
  const step = (key: string, user: Actor) => session.step('contract-activities', doc.id, key, user)
  if (activity.state === 'in-progress') await step('start', responsible)
  if (activity.state === 'done' || activity.state === 'validated') await step('finish', responsible)
  if (activity.state === 'validated') {
    if (responsible.id === owner.id) await step('validate-as-manager', manager)
    else await step('validate', owner)
  }
  if (activity.state === 'done' || activity.state === 'validated') {
    // Done on its due day, not on the day the seed runs: straight in the database, the field is the application's.
    await payload.db.updateOne({
      collection: 'contract-activities',
      id: doc.id,
      data: { doneAt: ctx.day(seed.start + activity.due) },
      returning: false,
    })
  }
  ctx.counts.activities++
}

/** An amendment of an active contract: its owner writes and submits it, the approver approves and applies it. */
async function amend(ctx: Context, session: Session, contract: Doc, seed: ContractSeed, owner: Actor, approver: Actor) {
  const amendment = seed.amendment!
  const doc = await ctx.payload.create({
    collection: 'contract-amendments',
    data: {
      contract: contract.id as number,
      title: amendment.title,
      reason: amendment.reason,
      newEndDate: addMonths(new Date(String(contract.endDate)), amendment.extendMonths).toISOString(),
    },
    ...(await session.as(owner)),
  })
  await session.step('contract-amendments', doc.id, 'submit', owner)
  await session.step('contract-amendments', doc.id, 'approve', approver)
  ctx.counts.amendments++
}

/** A day as the application shows it, dd.MM.yyyy. */
const shown = (instant: string) => dayIn(instant, DEFAULT_TIME_ZONE).split('-').reverse().join('.')

const read = async (ctx: Context, id: number) =>
  (await ctx.payload.findByID({ collection: 'contracts', id, ...asSystem })) as unknown as Doc

/** The contract's flow, each step by the person whose step it is, with its documents, activities and amendment. */
async function walkContract(ctx: Context, { id, owner, enteredOn }: Made, seed: ContractSeed) {
  const { payload, users } = ctx
  const session = sessions(payload)
  const approver = users[APPROVER[owner.id === users.sales2.id ? 'sales2' : 'sales']]
  const step = (key: string, user: Actor, comment?: string) => session.step('contracts', id, key, user, comment)
  const signedOn = ctx.day(Math.min(seed.start - 3, -1))

  if (seed.state === 'draft' && seed.returned) {
    await step('submit', owner)
    await step('return', approver, seed.comment)
  } else if (seed.state === 'cancelled') {
    await step('submit', owner)
    await step('cancel', owner, seed.comment)
  } else {
    const target = seed.state === 'terminated' ? 'active' : seed.state
    const reach = LINEAR.indexOf(target)
    let draftDocument: number | null = null
    if (reach >= LINEAR.indexOf('in-review')) await step('submit', owner)
    if (reach >= LINEAR.indexOf('approved')) await step('approve', approver)
    if (reach >= LINEAR.indexOf('sent-for-signature')) {
      draftDocument = await uploadDocument(ctx, session, await read(ctx, id), owner, 'draft', null)
      await step('send', owner)
    }
    if (reach >= LINEAR.indexOf('signed')) {
      // The signed copy replaces the draft sent for signature: its version 2.
      await uploadDocument(ctx, session, await read(ctx, id), owner, 'signed', draftDocument, shown(signedOn))
      await step('sign', owner)
    }
    if (reach >= LINEAR.indexOf('active')) await systemStep(payload, id, 'activate')
  }
  const contract = await read(ctx, id)
  for (const activity of seed.activities ?? []) await addActivity(ctx, session, contract, seed, activity, owner)
  if (seed.amendment) await amend(ctx, session, contract, seed, owner, approver)
  if (seed.renewed) await systemStep(payload, id, 'renew')
  if (seed.state === 'ended') await systemStep(payload, id, 'end')
  if (seed.state === 'terminated') {
    await payload.update({
      collection: 'contracts',
      id,
      data: { terminationReason: seed.terminationReason },
      ...(await session.as(approver)),
    })
    await step('terminate', approver, seed.comment)
  }
  await backdate(ctx, id, seed, enteredOn, signedOn)
  ctx.counts[seed.state]++
}

/**
 * Moves a contract's own dates back to when it happened: entered, signed three days before its
 * start (yesterday at the latest), active from its first start. Straight in the database: nobody
 * may backdate a contract through the application.
 */
async function backdate(ctx: Context, id: number, seed: ContractSeed, enteredOn: string, signedOn: string) {
  const reached = (state: ContractState) =>
    LINEAR.indexOf(seed.state === 'terminated' ? 'active' : seed.state) >= LINEAR.indexOf(state)
  await ctx.payload.db.updateOne({
    collection: 'contracts',
    id,
    data: {
      createdAt: enteredOn,
      ...(reached('signed') ? { signedAt: signedOn } : {}),
      ...(reached('active') ? { activatedAt: ctx.day(seed.start) } : {}),
    },
    returning: false,
  })
}

/**
 * Seeds the demo contracts once, after the demo offers. Returns what it created, or null when it
 * did nothing: already seeded, a demo user missing or deactivated, or the demo clients, catalog or
 * accepted demo offer missing.
 */
export async function seedDemoContracts(
  payload: Payload,
  log: (line: string) => void = () => undefined,
): Promise<DemoContractCounts | null> {
  const existing = await payload.count({
    collection: 'contracts',
    where: { title: { in: DEMO_CONTRACT_TITLES } },
    overrideAccess: true,
  })
  if (existing.totalDocs > 0) {
    log('demo contracts: already there')
    return null
  }
  const users = await demoPeople(payload, USERS)
  const clients = users ? await demoClients(payload) : null
  const codes = [
    ...new Set(
      DEMO_CONTRACTS.flatMap((c) => (typeof c.offer === 'object' ? c.offer.lines : (c.lines ?? []))).map(
        ([code]) => code,
      ),
    ),
  ]
  const { docs: products } = await payload.find({
    collection: 'products',
    where: { code: { in: codes } },
    pagination: false,
    select: { code: true },
    ...asSystem,
  })
  const salesOffers = DEMO_CONTRACTS.flatMap((c) => (typeof c.offer === 'string' ? [c.offer] : []))
  const { docs: accepted } = await payload.find({
    collection: 'offers',
    where: { title: { in: salesOffers }, status: { equals: 'accepted' } },
    pagination: false,
    select: { title: true },
    ...asSystem,
  })
  if (!users || !clients || products.length < codes.length || accepted.length < salesOffers.length) {
    log('demo contracts: skipped (a demo user, the demo clients, the catalog or the accepted demo offer is missing)')
    return null
  }
  const started = Date.now()
  const seedDay = dayIn(new Date(), DEFAULT_TIME_ZONE)
  const ctx: Context = {
    payload,
    users,
    item: await nomenclatorIds(payload),
    day: (n) => `${addDays(seedDay, n)}T12:00:00.000Z`,
    products: new Map(products.map((product) => [product.code, product.id])),
    clients,
    counts: {
      ...(Object.fromEntries(CONTRACT_STATES.map((state) => [state, 0])) as Record<ContractState, number>),
      offers: 0,
      activities: 0,
      documents: 0,
      amendments: 0,
    },
  }
  // The offers one after another, so their numbers follow the list; the same for the contracts.
  const offers: (number | null)[] = []
  const session = sessions(payload)
  for (const seed of DEMO_CONTRACTS) {
    if (typeof seed.offer === 'object') offers.push(await acceptedOffer(ctx, seed.offer, session))
    else offers.push(seed.offer ? accepted.find((offer) => offer.title === seed.offer)!.id : null)
  }
  const made: Made[] = []
  for (const [k, seed] of DEMO_CONTRACTS.entries()) made.push(await createContract(ctx, seed, offers[k]))
  await together(DEMO_CONTRACTS, (seed, k) => walkContract(ctx, made[k], seed))
  const { counts } = ctx
  log(
    `demo contracts: ${DEMO_CONTRACTS.length} contracts (${CONTRACT_STATES.map((s) => `${counts[s]} ${s}`).join(', ')}), ` +
      `${counts.offers} accepted offers, ${counts.documents} documents, ${counts.activities} activities, ` +
      `${counts.amendments} amendment in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  )
  return counts
}
