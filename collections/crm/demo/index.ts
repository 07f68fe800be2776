import type { Payload } from 'payload'
import { USER_SEEDS } from '@/collections/admin'
import { actingAs, type Actor, asSystem, demoPeople, nomenclatorIds } from '@/seed/records'
import { together } from '@/seed/together'

import {
  DEMO_ACTIONS,
  DEMO_CAMPAIGNS,
  DEMO_COMPANIES,
  DEMO_OPPORTUNITIES,
  DEMO_PROSPECTS,
  DEMO_TODOS,
  MINUTE,
  PROSPECT_CUI_BASE,
  RETURN_COMMENT,
  ascii,
  calendarOf,
  contactsOf,
  demoCui,
  phone,
  tradeRegister,
  weeklyReportTitle,
} from './data'
import type { Calendar, CampaignSeed, Link, UserKey } from './data'

export * from './data'

/* ------------------------------------------------------------------------------------------ */
/* Seeding                                                                                     */
/* ------------------------------------------------------------------------------------------ */

type Users = Record<UserKey, Actor>
const keyOf = (email: string) => email.split('@')[0] as UserKey
const SELLERS = ['sales', 'sales2', 'sales-manager'] as const

/** The fiscal codes the demo companies and prospects carry. */
export const DEMO_CLIENT_CUIS = DEMO_COMPANIES.map((_, i) => demoCui(i))
export const DEMO_PROSPECT_CUIS = DEMO_PROSPECTS.map((_, k) => demoCui(PROSPECT_CUI_BASE + k))

async function alreadySeeded(payload: Payload) {
  const clients = await payload.count({
    collection: 'clients',
    where: { fiscalCode: { in: DEMO_CLIENT_CUIS } },
    overrideAccess: true,
  })
  if (clients.totalDocs > 0) return true
  const prospects = await payload.count({
    collection: 'prospects',
    where: { fiscalCode: { in: DEMO_PROSPECT_CUIS } },
    overrideAccess: true,
  })
  return prospects.totalDocs > 0
}

/** A workflow step as the transition endpoint runs it: by a user, under the workflow's rules. */
async function step(
  payload: Payload,
  collection: 'prospects' | 'campaigns' | 'marketing-actions' | 'todos',
  id: number,
  status: string,
  user: Actor,
  comment?: string,
) {
  await payload.update({
    collection,
    id,
    data: { status, ...(comment ? { workflowComment: comment } : {}) },
    ...actingAs(user),
  })
}

export interface DemoCounts {
  clients: number
  contacts: number
  prospects: number
  opportunities: number
  campaigns: number
  marketingActions: number
  todos: number
}

interface Context {
  payload: Payload
  users: Users
  cal: Calendar
  item: (list: string, value: string) => number
  counts: DemoCounts
  clients: { id: number; name: string; contact: number; contactName: string }[]
  campaigns: Record<'running' | 'submitted', { id: number; name: string }>
  actions: number[]
  prospects: number[]
  opportunities: number[]
}

/** Clients and their people, created by their owner; each seller's chain beside the others. */
async function seedClients(ctx: Context) {
  const { payload, users, item } = ctx
  await together(SELLERS, async (seller) => {
    const owner = users[seller]
    for (const [i, company] of DEMO_COMPANIES.entries()) {
      if (company.owner !== seller) continue
      const [street, city, county, postalCode] = company.address
      const client = await payload.create({
        collection: 'clients',
        data: {
          name: company.name,
          legalForm: company.legalForm,
          fiscalCode: demoCui(i),
          vatPayer: ['srl', 'sa'].includes(company.legalForm),
          tradeRegisterNumber: tradeRegister(company, i),
          type: company.type,
          industry: item('industries', company.industry),
          source: item('lead-sources', company.source),
          address: { street, city, county, postalCode, country: 'România' },
          website: company.domain ? `https://www.${company.domain}` : undefined,
          phone: phone(i),
          email: company.domain ? `office@${company.domain}` : undefined,
          budget: company.budget,
          budgetCurrency: company.budget ? item('currencies', 'RON') : undefined,
          notes: company.notes,
          status: 'active',
          owner: owner.id,
        },
        ...actingAs(owner),
      })
      ctx.counts.clients++
      for (const person of contactsOf(company, i)) {
        const contact = await payload.create({
          collection: 'contacts',
          data: { ...person, client: client.id, owner: owner.id },
          ...actingAs(owner),
        })
        ctx.counts.contacts++
        if (person.primary)
          ctx.clients[i] = { id: client.id, name: company.name, contact: contact.id, contactName: person.name }
      }
    }
  })
}

/** Campaigns written by marketing@, approved by marketing-manager@ (the only role that may), started by marketing@. */
async function seedCampaigns(ctx: Context) {
  const { payload, users, cal, item } = ctx
  const { marketing } = users
  const create = (data: CampaignSeed) =>
    payload.create({
      collection: 'campaigns',
      data: {
        name: data.name,
        type: item('campaign-types', data.type),
        startDate: cal.dateOnly(cal.workday(data.start)),
        endDate: cal.dateOnly(cal.workday(data.end)),
        budget: data.budget,
        currency: item('currencies', 'RON'),
        targetClients: data.targets.map((i) => ctx.clients[i].id),
        description: data.description,
        owner: marketing.id,
      },
      ...actingAs(marketing),
    })
  const running = await create(DEMO_CAMPAIGNS.running)
  await step(payload, 'campaigns', running.id, 'submitted', marketing)
  await step(payload, 'campaigns', running.id, 'approved', users['marketing-manager'])
  await step(payload, 'campaigns', running.id, 'running', marketing)
  const submitted = await create(DEMO_CAMPAIGNS.submitted)
  await step(payload, 'campaigns', submitted.id, 'submitted', marketing)
  ctx.counts.campaigns = 2
  ctx.campaigns = { running, submitted }
}

/** Marketing actions submitted by their responsible, validated or returned by marketing-manager@, done by the responsible. */
async function seedActions(ctx: Context) {
  const { payload, users, cal, item } = ctx
  const manager = users['marketing-manager']
  for (const [k, action] of DEMO_ACTIONS.entries()) {
    const responsible = users[action.responsible]
    const doc = await payload.create({
      collection: 'marketing-actions',
      data: {
        title: action.title,
        campaign: ctx.campaigns[action.campaign].id,
        type: item('marketing-action-types', action.type),
        client: action.client === undefined ? undefined : ctx.clients[action.client].id,
        description: action.description,
        due: cal.dateOnly(cal.workday(action.due)),
        cost: action.cost,
        responsible: responsible.id,
      },
      ...actingAs(responsible),
    })
    ctx.actions[k] = doc.id
    if (action.state !== 'draft') await step(payload, 'marketing-actions', doc.id, 'submitted', responsible)
    if (action.state === 'returned')
      await step(payload, 'marketing-actions', doc.id, 'returned', manager, RETURN_COMMENT)
    if (action.state === 'validated' || action.state === 'done')
      await step(payload, 'marketing-actions', doc.id, 'validated', manager)
    if (action.state === 'done') {
      // Validating handed the responsible a todo to carry the action out: it is done too.
      const handedOut = await payload.find({
        collection: 'todos',
        where: { 'relatedTo.relationTo': { equals: 'marketing-actions' }, 'relatedTo.value': { equals: doc.id } },
        ...asSystem,
      })
      for (const todo of handedOut.docs) await step(payload, 'todos', todo.id, 'done', responsible)
      await step(payload, 'marketing-actions', doc.id, 'done', responsible)
    }
    ctx.counts.marketingActions++
  }
}

/** Prospects walked through their workflow by their owner; converting makes the client, its contact and an opportunity. */
async function seedProspects(ctx: Context) {
  const { payload, users, cal, item } = ctx
  const owners = [...new Set(DEMO_PROSPECTS.map((p) => p.owner))]
  await together(owners, async (ownerKey) => {
    const owner = users[ownerKey]
    for (const [k, prospect] of DEMO_PROSPECTS.entries()) {
      if (prospect.owner !== ownerKey) continue
      const [name, jobTitle] = prospect.contact
      const doc = await payload.create({
        collection: 'prospects',
        data: {
          companyName: prospect.companyName,
          fiscalCode: demoCui(PROSPECT_CUI_BASE + k),
          industry: item('industries', prospect.industry),
          source: item('lead-sources', prospect.source),
          city: prospect.city,
          website: prospect.website ? `https://www.${prospect.website}` : undefined,
          contactName: name,
          contactJobTitle: jobTitle,
          contactEmail: `${ascii(name.replace(/^Dr\. /, '')).replace(/ /g, '.')}@${prospect.website ?? 'gmail.com'}`,
          contactPhone: phone(200 + k),
          nextStep: prospect.nextStep,
          nextStepDate: cal.at(cal.workday(prospect.next[0]), prospect.next[1]).toISOString(),
          estimatedValue: prospect.value,
          owner: owner.id,
        },
        ...actingAs(owner),
      })
      ctx.prospects[k] = doc.id
      ctx.counts.prospects++
      for (const next of prospect.steps) {
        const [status, comment] = Array.isArray(next) ? next : [next]
        await step(payload, 'prospects', doc.id, status, owner, comment)
      }
      if (!prospect.steps.includes('converted')) continue
      const converted = await payload.findByID({ collection: 'prospects', id: doc.id, ...asSystem })
      await payload.update({
        collection: 'opportunities',
        id: converted.opportunity as number,
        data: { expectedCloseDate: cal.inDays(prospect.closeInDays ?? 30), nextStep: 'Analiza detaliată a cerințelor' },
        ...actingAs(owner),
      })
      ctx.counts.clients++
      ctx.counts.contacts++
      ctx.counts.opportunities++
    }
  })
}

/** The pipeline, created by each client's owner at its stage. */
async function seedOpportunities(ctx: Context) {
  const { payload, users, cal, item } = ctx
  await together(SELLERS, async (seller) => {
    const owner = users[seller]
    for (const [k, opportunity] of DEMO_OPPORTUNITIES.entries()) {
      if (DEMO_COMPANIES[opportunity.client].owner !== seller) continue
      const client = ctx.clients[opportunity.client]
      const doc = await payload.create({
        collection: 'opportunities',
        data: {
          title: opportunity.title,
          client: client.id,
          contact: client.contact,
          stage: item('opportunity-stages', opportunity.stage),
          value: opportunity.value,
          currency: opportunity.currency ? item('currencies', opportunity.currency) : undefined,
          clientBudget: opportunity.clientBudget,
          expectedCloseDate: cal.inDays(opportunity.closeInDays),
          nextStep: opportunity.nextStep,
          sourceCampaign: opportunity.campaign ? ctx.campaigns.running.id : undefined,
          lostReason: opportunity.lostReason ? item('lost-reasons', opportunity.lostReason) : undefined,
          owner: owner.id,
        },
        ...actingAs(owner),
      })
      ctx.opportunities[k] = doc.id
      ctx.counts.opportunities++
    }
  })
}

function linkOf(ctx: Context, link: Link) {
  const [relationTo, ref] = link
  switch (relationTo) {
    case 'clients':
      return { relationTo, value: ctx.clients[ref].id, name: ctx.clients[ref].name }
    case 'contacts':
      return { relationTo, value: ctx.clients[ref].contact, name: ctx.clients[ref].contactName }
    case 'opportunities':
      return { relationTo, value: ctx.opportunities[ref], name: DEMO_OPPORTUNITIES[ref].title }
    case 'prospects':
      return { relationTo, value: ctx.prospects[ref], name: DEMO_PROSPECTS[ref].companyName }
    case 'campaigns':
      return { relationTo, value: ctx.campaigns[ref].id, name: ctx.campaigns[ref].name }
    case 'marketing-actions':
      return { relationTo, value: ctx.actions[ref], name: DEMO_ACTIONS[ref].title }
  }
}

/**
 * Each user's calendar, created by themselves (the viewer, who may not create todos, gets theirs
 * from the administrator); past ones marked done by their responsible. Then the weekly report their
 * manager (or the administrator) hands every user, unless an earlier seed already did.
 */
async function seedTodos(ctx: Context) {
  const { payload, users, cal } = ctx
  const reports = await payload.find({
    collection: 'todos',
    where: { title: { in: USER_SEEDS.map((u) => weeklyReportTitle(u.name)) } },
    pagination: false,
    select: { title: true },
    ...asSystem,
  })
  const reported = new Set(reports.docs.map((d) => d.title))
  await together(
    USER_SEEDS.filter((seed) => seed.role !== 'admin'),
    async (seed, u) => {
      const key = keyOf(seed.email)
      const user = users[key]
      const author = key === 'viewer' ? users.admin : user
      for (const todo of DEMO_TODOS[key] ?? []) {
        const link = todo.link ? linkOf(ctx, todo.link) : undefined
        const day = cal.workday(todo.day)
        const allDay = todo.at === 'all-day'
        // Two people sharing a role do not meet at the very same hours.
        const start = allDay ? cal.at(day, '00:00') : new Date(cal.at(day, todo.at).getTime() + (u % 2) * 30 * MINUTE)
        const timed = !allDay && todo.minutes !== undefined
        const doc = await payload.create({
          collection: 'todos',
          data: {
            title: link ? todo.title.replace('%', link.name) : todo.title,
            type: todo.type,
            priority: todo.priority ?? 'normal',
            allDay,
            start: allDay || timed ? start.toISOString() : undefined,
            end: timed ? new Date(start.getTime() + todo.minutes! * MINUTE).toISOString() : undefined,
            due: start.toISOString(),
            responsible: user.id,
            participants: todo.with?.map((other) => users[other].id),
            relatedTo: link ? { relationTo: link.relationTo, value: link.value } : undefined,
          },
          ...actingAs(author),
        })
        ctx.counts.todos++
        if (todo.day < 0 && !todo.open && author === user) await step(payload, 'todos', doc.id, 'done', user)
      }
      if (reported.has(weeklyReportTitle(seed.name))) return
      const managerEmail = USER_SEEDS.find((m) => m.manages && m.manages === seed.team && m.email !== seed.email)?.email
      await payload.create({
        collection: 'todos',
        data: {
          title: weeklyReportTitle(seed.name),
          type: 'task',
          due: cal.at(cal.workday(2), '17:00').toISOString(),
          responsible: user.id,
        },
        // Handed out by the manager: they own it and hear when it is done.
        ...actingAs(users[keyOf(managerEmail ?? 'admin@organizecrm.test')]),
      })
      ctx.counts.todos++
    },
  )
}

/**
 * Seeds the demo CRM once. Returns what it created (todos the workflows hand out on their own,
 * e.g. on validating a marketing action, not counted), or null when it did nothing: already
 * seeded, or a demo user missing or deactivated.
 */
export async function seedDemoCrm(
  payload: Payload,
  log: (line: string) => void = () => undefined,
): Promise<DemoCounts | null> {
  const users = await demoPeople(
    payload,
    Object.fromEntries(USER_SEEDS.map((u) => [keyOf(u.email), u.email])) as Record<UserKey, string>,
  )
  if (!users) {
    log('demo CRM: skipped (a demo user is missing or deactivated)')
    return null
  }
  if (await alreadySeeded(payload)) {
    log('demo CRM: already there')
    return null
  }
  const started = Date.now()
  const ctx: Context = {
    payload,
    users,
    cal: calendarOf(new Date()),
    item: await nomenclatorIds(payload),
    counts: { clients: 0, contacts: 0, prospects: 0, opportunities: 0, campaigns: 0, marketingActions: 0, todos: 0 },
    clients: [],
    campaigns: {} as Context['campaigns'],
    actions: [],
    prospects: [],
    opportunities: [],
  }
  await seedClients(ctx)
  await seedCampaigns(ctx)
  await Promise.all([seedActions(ctx), seedProspects(ctx), seedOpportunities(ctx)])
  await seedTodos(ctx)
  const { counts } = ctx
  log(
    `demo CRM: ${counts.clients} clients, ${counts.contacts} contacts, ${counts.prospects} prospects, ${counts.opportunities} opportunities, ` +
      `${counts.campaigns} campaigns, ${counts.marketingActions} marketing actions, ${counts.todos} todos ` +
      `in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  )
  return counts
}
