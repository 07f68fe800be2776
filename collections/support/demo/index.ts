import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { flagOverdueTickets } from '../tickets/overdue'
import { NOTIFY_WITHOUT_EMAIL } from '@/hooks/notify'
import { requireBinding } from '@/hooks/workflow/engine'
import { runUserStep } from '@/hooks/workflow/governed'
import { inTransaction } from '@/lib/transaction'
import { DEMO_CLIENT_CUIS } from '@/collections/crm'
import { paragraphs } from '@/seed/richText'
import { actingAs, type Actor, asSystem, demoPeople, nomenclatorIds } from '@/seed/records'
import { together } from '@/seed/together'
import { ACTIONS, DEMO_TICKET_TYPES, PLAN, SUBJECTS, USERS } from './data'
import type { Target, TypeKey, UserKey } from './data'

export * from './data'

/** The demo's steps are history, not news: they notify in the application but email nobody. */
const HISTORY = { [NOTIFY_WITHOUT_EMAIL]: true }
const HOUR = 3_600_000

export type DemoSupportCounts = { types: number; tickets: number; actions: number } & Partial<Record<Target, number>>

async function seedTypes(
  payload: Payload,
  users: Record<UserKey, Actor>,
  item: (list: string, value: string) => number,
) {
  const ids = {} as Record<TypeKey, number>
  for (const [key, type] of Object.entries(DEMO_TICKET_TYPES) as [TypeKey, (typeof DEMO_TICKET_TYPES)[TypeKey]][]) {
    const doc = await payload.create({
      collection: 'ticket-types',
      locale: 'ro',
      data: {
        name: type.ro,
        defaultPriority: item('ticket-priorities', type.priority),
        defaultTeam: type.ownTeam ? users.manager.team : null,
        sla: { firstResponseHours: type.response, resolutionHours: type.resolution },
      },
      ...actingAs(users.manager),
    })
    await payload.update({
      collection: 'ticket-types',
      id: doc.id,
      locale: 'en',
      data: { name: type.en },
      ...actingAs(users.manager),
    })
    ids[key] = doc.id
  }
  // Custom fields of the types: what a complaint is about (required to resolve it) and an incident's severity.
  const field = async (
    key: string,
    ro: string,
    en: string,
    discriminator: number,
    extra: Record<string, unknown>,
    optionsEn: string[] = [],
  ) => {
    const doc = await payload.create({
      collection: 'custom-fields',
      locale: 'ro',
      data: { key, label: ro, targetCollection: 'tickets', discriminator: String(discriminator), ...extra } as never,
      ...actingAs(users.admin),
    })
    // Localized labels inside arrays are matched by row id.
    const options = (doc.options ?? []).map((option, k) => ({
      id: option.id,
      value: option.value,
      label: optionsEn[k],
    }))
    await payload.update({
      collection: 'custom-fields',
      id: doc.id,
      locale: 'en',
      data: { label: en, ...(options.length ? { options } : {}) },
      ...actingAs(users.admin),
    })
  }
  await field('rootCause', 'Cauza principală', 'Root cause', ids.complaint, {
    type: 'text',
    usage: 'requiredFromState',
    requiredFromState: 'resolved',
  })
  await field('orderNumber', 'Număr comandă', 'Order number', ids.complaint, { type: 'text', usage: 'optional' })
  await field(
    'severity',
    'Severitate',
    'Severity',
    ids.incident,
    {
      type: 'select',
      usage: 'required',
      options: [
        { value: 'minor', label: 'Minoră' },
        { value: 'major', label: 'Majoră' },
        { value: 'critical', label: 'Critică' },
      ],
    },
    ['Minor', 'Major', 'Critical'],
  )
  return ids
}

/** Which steps lead to a state, and who takes each; the responsible is who works the ticket. */
function stepsTo(
  target: Target,
): { key: string; by: 'assigner' | 'responsible' | 'reporter' | 'manager'; comment?: string }[] {
  const worked = [
    { key: 'assign', by: 'assigner' as const },
    { key: 'start', by: 'responsible' as const },
  ]
  const resolved = [...worked, { key: 'resolve', by: 'responsible' as const }]
  switch (target) {
    case 'new':
      return []
    case 'assigned':
      return worked.slice(0, 1)
    case 'in-progress':
      return worked
    case 'waiting-client':
      return [...worked, { key: 'ask-client', by: 'responsible', comment: 'Am cerut clientului capturi de ecran.' }]
    case 'resolved':
      return resolved
    case 'closed':
      return [...resolved, { key: 'close-as-reporter', by: 'reporter' }]
    case 'reopened':
      return [...resolved, { key: 'reopen-as-reporter', by: 'reporter', comment: 'Problema a reapărut.' }]
    case 'cancelled':
      return [{ key: 'cancel', by: 'manager', comment: 'Dublură a altui tichet.' }]
  }
}

/**
 * One request per person in a chain of work, reused from one save to the next as a session would
 * be: what a request reads once (the person's permissions, the settings, the workflows) is read once.
 */
function sessions(payload: Payload) {
  const open = new Map<number, Promise<PayloadRequest>>()
  const reqOf = (user: Actor) =>
    open.get(user.id) ?? open.set(user.id, createLocalReq({ user, context: HISTORY }, payload)).get(user.id)!
  return {
    as: async (user: Actor) => ({ ...actingAs(user, HISTORY), req: await reqOf(user) }),
    /** A workflow step exactly as `POST /api/<collection>/<id>/transition` takes it for that user. */
    step: async (collection: 'tickets' | 'ticket-actions', id: number, key: string, user: Actor, comment?: string) => {
      const req = await reqOf(user)
      await inTransaction(req, () => runUserStep(req, collection, requireBinding(collection), id, key, comment))
    },
  }
}

export async function seedDemoSupport(
  payload: Payload,
  log: (line: string) => void = () => undefined,
): Promise<DemoSupportCounts | null> {
  const users = await demoPeople(payload, USERS)
  if (!users) {
    log('demo support: skipped (a demo user is missing or deactivated)')
    return null
  }
  const existing = await payload.count({
    collection: 'ticket-types',
    where: { name: { equals: DEMO_TICKET_TYPES.complaint.ro } },
    locale: 'ro',
    overrideAccess: true,
  })
  if (existing.totalDocs > 0) return null
  const item = await nomenclatorIds(payload)
  const { docs: clients } = await payload.find({
    collection: 'clients',
    where: { fiscalCode: { in: DEMO_CLIENT_CUIS } },
    pagination: false,
    select: { name: true },
    ...asSystem,
  })
  if (clients.length === 0) return null
  const types = await seedTypes(payload, users, item)
  const counts: DemoSupportCounts = { types: 3, tickets: 0, actions: 0 }
  const now = Date.now()
  const plan = PLAN.flatMap(([target, n]) => Array.from({ length: n }, () => target))
  const categories = ['complaint', 'incident', 'request', 'question']
  const priorities = ['low', 'normal', 'high', 'urgent']

  // One chain per reporter, so each person's tickets are entered in order.
  const byReporter: Record<'agent' | 'agent2' | 'sales', number[]> = { agent: [], agent2: [], sales: [] }
  plan.forEach((_, i) => byReporter[i % 7 === 3 ? 'agent2' : i % 5 === 1 ? 'sales' : 'agent'].push(i))

  await together(
    Object.entries(byReporter) as ['agent' | 'agent2' | 'sales', number[]][],
    async ([reporterKey, indexes]) => {
      const { as, step: takeStep } = sessions(payload)
      for (const i of indexes) {
        const target = plan[i]
        const reporter = users[reporterKey]
        const west = reporterKey === 'agent2'
        // Support West takes information requests; sales report complaints and incidents of their clients.
        const typeKey: TypeKey = west
          ? 'request'
          : reporterKey === 'sales'
            ? (['complaint', 'incident'] as const)[i % 2]
            : (['complaint', 'incident', 'request'] as const)[i % 3]
        const responsible = west ? users.agent2 : i % 4 === 0 ? users.manager : users.agent
        const assigner = west ? users.admin : users.manager
        const subject = SUBJECTS[typeKey][i % 5]
        const client = clients[i % clients.length]
        const ticket = await payload.create({
          collection: 'tickets',
          data: {
            title: `${subject} — ${client.name}`,
            description: paragraphs(`${subject}. Semnalat de client prin ${['telefon', 'email', 'portal'][i % 3]}.`),
            type: types[typeKey],
            category: item('ticket-categories', categories[i % 4]),
            priority: item('ticket-priorities', priorities[(i * 3) % 4]),
            channel: (['phone', 'email', 'portal', 'on-site'] as const)[i % 4],
            client: client.id,
            customFields:
              typeKey === 'incident'
                ? { severity: (['minor', 'major', 'critical'] as const)[i % 3] }
                : typeKey === 'complaint' && i % 2
                  ? { orderNumber: `CMD-${1000 + i}` }
                  : {},
          },
          ...(await as(reporter)),
        })
        counts.tickets++
        const steps = stepsTo(target)
        for (const [s, step] of steps.entries()) {
          if (step.key === 'assign') {
            await payload.update({
              collection: 'tickets',
              id: ticket.id,
              data: { responsible: responsible.id },
              ...(await as(assigner)),
            })
          }
          if (step.key === 'resolve') {
            // Work inside the ticket first: its actions, done and validated (by the manager, or the
            // administrator when the manager did the work), and the complaint's root cause.
            const action = ACTIONS[i % ACTIONS.length]
            const made = await payload.create({
              collection: 'ticket-actions',
              data: {
                ticket: ticket.id,
                title: action[1],
                type: item('ticket-action-types', action[0]),
                responsible: responsible.id,
                minutesSpent: 30 + (i % 6) * 15,
                result: action[2],
              },
              ...(await as(responsible)),
            })
            await takeStep('ticket-actions', made.id, 'complete', responsible)
            const validator = responsible.id === users.manager.id || west ? users.admin : users.manager
            await takeStep('ticket-actions', made.id, 'validate', validator)
            counts.actions++
            if (typeKey === 'complaint') {
              await payload.update({
                collection: 'tickets',
                id: ticket.id,
                data: { customFields: { rootCause: action[2], ...(i % 2 ? { orderNumber: `CMD-${1000 + i}` } : {}) } },
                ...(await as(responsible)),
              })
            }
          } else if (step.key === 'start' && s === steps.length - 1 && i % 2 === 0) {
            // Some tickets being worked on have an action still open.
            const action = ACTIONS[(i >> 1) % ACTIONS.length]
            await payload.create({
              collection: 'ticket-actions',
              data: {
                ticket: ticket.id,
                title: action[1],
                type: item('ticket-action-types', action[0]),
                responsible: responsible.id,
                plannedAt: new Date(now + ((i % 5) + 1) * 24 * HOUR).toISOString(),
              },
              ...(await as(responsible)),
            })
            counts.actions++
          }
          const actor = { assigner, responsible, reporter, manager: west ? users.admin : users.manager }[step.by]
          await takeStep('tickets', ticket.id, step.key, actor, step.comment)
        }
        counts[target] = (counts[target] ?? 0) + 1
        await backdate(payload, ticket.id, i, target)
      }
    },
  )
  // Past-due tickets still open are flagged (and their people told) as the scheduled job would.
  await flagOverdueTickets(await createLocalReq({ context: HISTORY }, payload))
  log(`demo support: ${counts.types} ticket types, ${counts.tickets} tickets, ${counts.actions} actions`)
  return counts
}

/**
 * Moves a demo ticket's dates back to when it happened: created within the last twelve weeks
 * (older ones further along the flow), its first response, resolution and closing after that, and
 * its due dates shifted with it. Straight in the database, bypassing the hooks that keep these
 * fields the application's own.
 */
async function backdate(payload: Payload, id: number, i: number, target: Target) {
  const ticket = await payload.findByID({ collection: 'tickets', id, ...asSystem })
  const late = ['new', 'assigned', 'in-progress', 'waiting-client'].includes(target)
  const ageHours = late ? 2 + ((i * 37) % (14 * 24)) : 24 * 14 + ((i * 53) % (24 * 70))
  const shift = (value: string | null | undefined, extraHours = 0) =>
    value ? new Date(new Date(value).getTime() - ageHours * HOUR + extraHours * HOUR).toISOString() : value
  const resolutionHours = 3 + ((i * 11) % 60)
  await payload.db.updateOne({
    collection: 'tickets',
    id,
    data: {
      createdAt: shift(ticket.createdAt),
      responseDue: shift(ticket.responseDue),
      dueDate: shift(ticket.dueDate),
      firstResponseAt: shift(ticket.firstResponseAt, 1 + (i % 5)),
      resolvedAt: shift(ticket.resolvedAt, resolutionHours),
      closedAt: shift(ticket.closedAt, resolutionHours + 24),
    },
    returning: false,
  })
}
