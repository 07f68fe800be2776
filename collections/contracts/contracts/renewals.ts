import type { PayloadRequest, TaskConfig, Where } from 'payload'

import { notify } from '@/hooks/notify'
import { holdersOf } from '@/hooks/workflow/effects'
import { workflowFor } from '@/hooks/workflow/engine'
import { runSystemStep } from '@/hooks/workflow/governed'
import { t } from '@/lib/i18n'
import { idOf } from '@/lib/ids'
import { lockAndRead } from '@/lib/rowLock'
import { appTimeZone } from '@/lib/settings'
import { addDays, dayIn, instantAt } from '@/lib/timeZone'
import { inTransaction } from '@/lib/transaction'
import { SCHEDULED_QUEUE } from '@/jobs/queues'
import { nextPeriod } from './steps'

export const RENEW_CONTRACTS_TASK = 'renewContracts' as const
const PAGE = 100
/** A contract left unrenewed for longer (the job stopped) catches up over several runs. */
const MAX_RENEWALS_PER_RUN = 24

type Doc = Record<string, unknown>
type Step = 'activate' | 'renew-or-end' | 'notice'
type Failure = { contract: number; number: string; step: Step; message: string }
type Output = { today: string; activated: number; noticed: number; renewed: number; ended: number; failed: Failure[] }

/**
 * The day a date-only field holds. Such dates are stored at 12:00 UTC of their day (fields/dates),
 * so the day is the UTC one and reads the same in every zone; "today" is the settings' zone's.
 */
const dayOf = (value: unknown) => String(value).slice(0, 10)
/** Where a day begins for date-only fields (in UTC, as they are stored), to query them by day. */
const dayStart = (day: string) => `${day}T00:00:00.000Z`
const shown = (day: string) => day.split('-').reverse().join('.')

export const activationComment = (day: string) => `Data de început a sosit / The start date has come (${shown(day)})`
export const renewalComment = (until: string) =>
  `Prelungit automat până la ${shown(until)} / Renewed automatically until ${shown(until)}`
export const endComment = (day: string) =>
  `Termenul contractului s-a încheiat / The contract's term ended (${shown(day)})`
export const renewalTodoTitle = (title: string) => `Decide the renewal / Decideți prelungirea: ${title}`

const read = async (req: PayloadRequest, id: number) =>
  (await req.payload.findByID({
    collection: 'contracts',
    id,
    depth: 0,
    disableErrors: true,
    // The application's own work: nobody's read access applies.
    overrideAccess: true,
    req,
  })) as Doc | null

/** A signed contract whose start day has come starts (`activate`), logged without a user. */
async function activate(req: PayloadRequest, id: number, today: string) {
  return runSystemStep(req, 'contracts', id, 'activate', activationComment(today))
}

/**
 * A running contract past its last day renews for as long again (`renew`, as many times as it takes
 * to reach today) when it renews automatically, and otherwise ends (`end`). Under the row's lock the
 * dates are read again, so a second run (or a second process) finds nothing left to do.
 */
async function closePeriod(req: PayloadRequest, id: number, today: string): Promise<'renewed' | 'ended' | null> {
  await lockAndRead(req, 'contracts', id, 'status')
  let doc = await read(req, id)
  let renewals = 0
  while (doc?.endDate && dayOf(doc.endDate) < today && renewals < MAX_RENEWALS_PER_RUN) {
    if (!doc.autoRenew) {
      return (await runSystemStep(req, 'contracts', id, 'end', endComment(dayOf(doc.endDate)))) ? 'ended' : null
    }
    const until = dayOf(nextPeriod(doc).endDate)
    if (!(await runSystemStep(req, 'contracts', id, 'renew', renewalComment(until)))) break
    renewals++
    doc = await read(req, id)
  }
  return renewals > 0 ? 'renewed' : null
}

/** Whether the contract's renewal must be decided now and nobody has been asked for this period. */
const noticeDue = (doc: Doc, today: string) =>
  Boolean(doc.renewalDecisionDate && doc.endDate) &&
  dayOf(doc.renewalDecisionDate) <= today &&
  dayOf(doc.endDate) >= today &&
  (!doc.renewalNoticeFor || dayOf(doc.renewalNoticeFor) !== dayOf(doc.endDate))

/**
 * At the renewal decision date the owner and the team's sales managers are told, and the owner gets
 * a todo due that day, once per period: `renewalNoticeFor` keeps the end date they were asked about,
 * so the next run skips the contract and its next period (after a renewal or an amendment moving the
 * end) is asked about again.
 */
async function giveNotice(req: PayloadRequest, id: number, today: string, timeZone: string, running: string[]) {
  const status = await lockAndRead(req, 'contracts', id, 'status')
  const doc = await read(req, id)
  if (!doc || !running.includes(String(status)) || !noticeDue(doc, today)) return false
  await req.payload.update({
    collection: 'contracts',
    id,
    data: { renewalNoticeFor: doc.endDate as string },
    depth: 0,
    // A stamp of the application's own (server-owned field); the contract's frozen fields are untouched.
    overrideAccess: true,
    req,
  })
  const title = String(doc.title ?? doc.number)
  const end = shown(dayOf(doc.endDate))
  const decideBy = dayOf(doc.renewalDecisionDate)
  const owner = idOf(doc.owner)
  const team = idOf(doc.team)
  const managers = team ? await holdersOf(req, 'sales-manager', team) : []
  await notify(req, {
    recipients: [owner, ...managers],
    kind: 'contracts.renewal',
    title: {
      en: `Renewal to decide: ${doc.number} ${title}`,
      ro: `Prelungire de decis: ${doc.number} ${title}`,
    },
    body: doc.autoRenew
      ? {
          en: `The contract ends on ${end} and renews automatically unless notice is given by ${shown(decideBy)}.`,
          ro: `Contractul se încheie la ${end} și se prelungește automat dacă nu se dă preaviz până la ${shown(decideBy)}.`,
        }
      : {
          en: `The contract ends on ${end} and does not renew by itself: decide by ${shown(decideBy)}.`,
          ro: `Contractul se încheie la ${end} și nu se prelungește singur: decideți până la ${shown(decideBy)}.`,
        },
    link: { collection: 'contracts', id },
  })
  if (owner !== null && todosLinkContracts(req)) {
    await req.payload.create({
      collection: 'todos',
      data: {
        title: renewalTodoTitle(title),
        type: 'task',
        priority: 'high',
        responsible: owner as number,
        // An all-day todo on the decision day (in the settings' zone), overdue from the day after.
        due: instantAt(decideBy, '12:00', timeZone).toISOString(),
        allDay: true,
        relatedTo: { relationTo: 'contracts', value: id },
      },
      depth: 0,
      // Work the application hands out to the owner.
      overrideAccess: true,
      req,
    })
  }
  return true
}

/** Todos exist (the CRM module) and can belong to a contract. */
function todosLinkContracts(req: PayloadRequest) {
  const link = req.payload.collections.todos?.config.flattenedFields.find((f) => f.name === 'relatedTo')
  return Boolean(link && 'relationTo' in link && ([] as string[]).concat(link.relationTo).includes('contracts'))
}

/**
 * Every contract matching `where`, by keyset pages of id, each handled in its own transaction: one
 * failure neither undoes nor stops the others, and is listed with the contract's number.
 */
async function eachContract(
  req: PayloadRequest,
  where: Where,
  step: Step,
  failed: Failure[],
  work: (id: number) => Promise<unknown>,
) {
  let after = 0
  for (;;) {
    const { docs } = await req.payload.find({
      collection: 'contracts',
      where: { and: [where, { id: { greater_than: after } }] },
      sort: 'id',
      limit: PAGE,
      pagination: false,
      depth: 0,
      select: { number: true },
      // The application's own work: nobody's read access applies.
      overrideAccess: true,
      req,
    })
    for (const contract of docs) {
      after = contract.id
      try {
        await inTransaction(req, () => work(contract.id))
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        failed.push({ contract: contract.id, number: String(contract.number ?? contract.id), step, message })
        req.payload.logger.error({ err: error, msg: `Could not ${step} contract ${contract.number ?? contract.id}` })
      }
    }
    if (docs.length < PAGE) break
  }
}

/**
 * The contracts' dates for the day `now` falls on in the settings' time zone:
 * - a signed contract starts on its start day (`activate`);
 * - a running contract past its last day (the end date is still inside the contract) renews for the
 *   same period when it renews automatically (`renew`: new dates, `renewals` + 1, the previous ones
 *   kept in its versions), otherwise ends (`end`);
 * - from its renewal decision date on, the owner and the team's sales managers are asked about the
 *   renewal, once per period (after the renewals, so only the current period is asked about).
 * Steps are taken as the application (`runSystemStep`: logged without a user, their effects run).
 * Each contract is handled in its own transaction; failures are listed and tried again at the next
 * run. Safe to run twice, or in two processes at once: every change is decided again under the
 * contract's row lock.
 */
export async function renewContracts(req: PayloadRequest, now = new Date()): Promise<Output> {
  const timeZone = await appTimeZone(req)
  const today = dayIn(now, timeZone)
  const output: Output = { today, activated: 0, noticed: 0, renewed: 0, ended: 0, failed: [] }
  const workflow = await workflowFor(req, 'contracts', {})
  const startsFrom = (key: string) => workflow.transitions.find((tr) => tr.key === key)?.from ?? []
  const signed = startsFrom('activate')
  const running = [...new Set([...startsFrom('renew'), ...startsFrom('end')])]

  if (signed.length > 0) {
    const where: Where = { status: { in: signed }, startDate: { less_than: dayStart(addDays(today, 1)) } }
    await eachContract(req, where, 'activate', output.failed, async (id) => {
      if (await activate(req, id, today)) output.activated++
    })
  }
  if (running.length > 0) {
    const where: Where = { status: { in: running }, endDate: { less_than: dayStart(today) } }
    await eachContract(req, where, 'renew-or-end', output.failed, async (id) => {
      const closed = await closePeriod(req, id, today)
      if (closed) output[closed]++
    })
    const asked: Where = {
      status: { in: running },
      renewalDecisionDate: { less_than: dayStart(addDays(today, 1)) },
      endDate: { greater_than_equal: dayStart(today) },
    }
    await eachContract(req, asked, 'notice', output.failed, async (id) => {
      if (await giveNotice(req, id, today, timeZone, running)) output.noticed++
    })
  }
  return output
}

export const renewContractsTask: TaskConfig<{ input: Record<string, never>; output: Output }> = {
  slug: RENEW_CONTRACTS_TASK,
  label: 'Start, renew and end contracts on their dates',
  // The next scheduled run is the retry: every contract still due is picked up again.
  retries: 0,
  // Croner reads the schedule in the server's zone, not the settings': every hour at :15, the day's
  // work is done within the first hour of the day in the settings' zone, and the other runs find
  // nothing left (the same holds when the server was down at midnight).
  schedule: [{ cron: '15 * * * *', queue: SCHEDULED_QUEUE }],
  outputSchema: [
    { name: 'today', type: 'text', required: true, label: t('Day', 'Ziua') },
    { name: 'activated', type: 'number', required: true, label: t('Contracts started', 'Contracte începute') },
    { name: 'noticed', type: 'number', required: true, label: t('Renewals to decide', 'Prelungiri de decis') },
    { name: 'renewed', type: 'number', required: true, label: t('Contracts renewed', 'Contracte prelungite') },
    { name: 'ended', type: 'number', required: true, label: t('Contracts ended', 'Contracte încheiate') },
    {
      name: 'failed',
      type: 'array',
      label: t('Failed', 'Eșuate'),
      fields: [
        { name: 'contract', type: 'number', required: true },
        { name: 'number', type: 'text', required: true },
        { name: 'step', type: 'text', required: true },
        { name: 'message', type: 'text', required: true },
      ],
    },
  ],
  handler: async ({ req }) => {
    const output = await renewContracts(req)
    const { today, activated, noticed, renewed, ended, failed } = output
    req.payload.logger.info({
      msg: `renewContracts (day ${today}): ${activated} started, ${noticed} asked, ${renewed} renewed, ${ended} ended`,
      failed: failed.length,
    })
    if (failed.length > 0) {
      // The others are done and committed; failing the job keeps it, with this message, in the
      // administrators' list of background jobs (a completed job is deleted by Payload).
      const which = failed.map((f) => `${f.number} (${f.step}): ${f.message}`).join('; ')
      throw new Error(`Contracts' dates: could not handle ${failed.length}: ${which}`)
    }
    return { output }
  },
}
