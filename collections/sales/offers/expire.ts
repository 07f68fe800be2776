import type { PayloadRequest, TaskConfig, Where } from 'payload'

import { workflowFor } from '@/hooks/workflow/engine'
import { runSystemStep } from '@/hooks/workflow/governed'
import { t } from '@/lib/i18n'
import { appTimeZone } from '@/lib/settings'
import { dayIn, instantAt } from '@/lib/timeZone'
import { inTransaction } from '@/lib/transaction'
import { SCHEDULED_QUEUE } from '@/jobs/queues'

export const EXPIRE_OFFERS_TASK = 'expireOffers' as const
const TRANSITION = 'expire'
const PAGE = 100

type Failure = { offer: number; number: string; message: string }
type Output = { today: string; expired: number; failed: Failure[] }

/** The day the application counts in (settings → time zone), as YYYY-MM-DD, and its first instant. */
async function today(req: PayloadRequest, now: Date) {
  const timeZone = await appTimeZone(req)
  const day = dayIn(now, timeZone)
  return { day, timeZone, startsAt: instantAt(day, '00:00', timeZone) }
}

/** The log's comment for an offer valid until a day (YYYY-MM-DD), in both languages. */
export const expiryComment = (day: string) =>
  `Termenul de valabilitate a trecut / Validity term passed (${day.split('-').reverse().join('.')})`

/**
 * Expires the offers sent to a client whose validity term has passed: an offer valid until
 * 28 November is still valid all of 28 November (in the settings' time zone) and expires from
 * 29 November on. Each offer takes the workflow's `expire` step as the application
 * (`runSystemStep`: logged without a user, its effects run — the owner is notified) in its own
 * transaction, so one failure neither undoes nor stops the others; failures are listed in the
 * result and logged, fail the job with their offers' numbers (so administrators see them), and
 * are tried again at the next run. Safe to run twice or in two processes at once: the step locks
 * the row and does nothing once the offer has left `sent`.
 *
 * Scheduled every hour on the `scheduled` queue (see `jobsConfig`).
 */
export async function expireOffers(req: PayloadRequest, now = new Date()): Promise<Output> {
  const { day, timeZone, startsAt } = await today(req, now)
  const workflow = await workflowFor(req, 'offers', {})
  const from = workflow.transitions.find((tr) => tr.key === TRANSITION)?.from ?? []
  const output: Output = { today: day, expired: 0, failed: [] }
  if (from.length === 0) return output

  let after = 0
  for (;;) {
    // Keyset pages by id: expired offers leave the result, failed ones stay behind `after`.
    const where: Where = {
      status: { in: from },
      validUntil: { less_than: startsAt.toISOString() },
      id: { greater_than: after },
    }
    const { docs } = await req.payload.find({
      collection: 'offers',
      where,
      sort: 'id',
      limit: PAGE,
      pagination: false,
      depth: 0,
      select: { number: true, validUntil: true },
      // The application's own work: nobody's read access applies.
      overrideAccess: true,
      req,
    })
    for (const offer of docs) {
      after = offer.id
      try {
        const moved = await inTransaction(req, () =>
          runSystemStep(req, 'offers', offer.id, TRANSITION, expiryComment(dayIn(offer.validUntil!, timeZone))),
        )
        if (moved) output.expired++
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        output.failed.push({ offer: offer.id, number: String(offer.number ?? offer.id), message })
        req.payload.logger.error({ err: error, msg: `Could not expire offer ${offer.number ?? offer.id}` })
      }
    }
    if (docs.length < PAGE) break
  }
  return output
}

export const expireOffersTask: TaskConfig<{ input: Record<string, never>; output: Output }> = {
  slug: EXPIRE_OFFERS_TASK,
  label: 'Expire offers past their validity',
  // The next scheduled run is the retry: every offer still past its term is picked up again.
  retries: 0,
  schedule: [{ cron: '0 * * * *', queue: SCHEDULED_QUEUE }],
  outputSchema: [
    { name: 'today', type: 'text', required: true, label: t('Day', 'Ziua') },
    { name: 'expired', type: 'number', required: true, label: t('Offers expired', 'Oferte expirate') },
    {
      name: 'failed',
      type: 'array',
      label: t('Failed', 'Eșuate'),
      fields: [
        { name: 'offer', type: 'number', required: true },
        { name: 'number', type: 'text', required: true },
        { name: 'message', type: 'text', required: true },
      ],
    },
  ],
  handler: async ({ req }) => {
    const output = await expireOffers(req)
    req.payload.logger.info({
      msg: `expireOffers: ${output.expired} offer(s) expired (day ${output.today})`,
      failed: output.failed.length,
    })
    if (output.failed.length > 0) {
      // The others are expired and committed; failing the job keeps it, with this message, in the
      // administrators' list of background jobs (a completed job is deleted by Payload).
      const which = output.failed.map((f) => `${f.number}: ${f.message}`).join('; ')
      throw new Error(`Expired ${output.expired} offer(s); could not expire ${output.failed.length}: ${which}`)
    }
    return { output }
  },
}
