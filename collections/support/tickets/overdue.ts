import type { PayloadRequest, TaskConfig } from 'payload'

import { notify } from '@/hooks/notify'
import { teamManagers } from '@/hooks/teamManagers'
import { SCHEDULED_QUEUE } from '@/jobs/queues'
import { t } from '@/lib/i18n'
import { idOf } from '@/lib/ids'
import { inTransaction } from '@/lib/transaction'
import { TICKET_SYSTEM_UPDATE } from './defaults'

const PAGE = 100

/**
 * Flags the tickets still being worked on whose service-level due date has passed, and tells their
 * responsible person and their team's managers, once: the `overdue` flag is the memory, so
 * running twice (or in two processes) notifies nobody twice. Each ticket in its own transaction.
 */
export async function flagOverdueTickets(req: PayloadRequest, now = new Date()): Promise<{ flagged: number }> {
  let flagged = 0
  for (;;) {
    const { docs } = await req.payload.find({
      collection: 'tickets',
      where: {
        statusCategory: { not_in: ['done', 'cancelled'] },
        dueDate: { less_than: now.toISOString() },
        overdue: { not_equals: true },
      },
      sort: 'dueDate',
      limit: PAGE,
      depth: 0,
      select: { number: true, title: true, responsible: true, team: true },
      // The application's own check: nobody's read access applies.
      overrideAccess: true,
      req,
    })
    for (const ticket of docs) {
      await inTransaction(req, async () => {
        await req.payload.update({
          collection: 'tickets',
          id: ticket.id,
          data: { overdue: true, overdueNotifiedAt: now.toISOString() },
          context: { [TICKET_SYSTEM_UPDATE]: true },
          depth: 0,
          overrideAccess: true,
          req,
        })
        const managers = await teamManagers(req, idOf(ticket.team))
        await notify(req, {
          recipients: [idOf(ticket.responsible), ...managers],
          kind: 'tickets.overdue',
          title: { en: `Ticket ${ticket.number} is past due`, ro: `Tichetul ${ticket.number} a depășit termenul` },
          body: {
            en: `"${ticket.title}" has passed its service-level due date.`,
            ro: `„${ticket.title}” a depășit termenul din SLA.`,
          },
          link: { collection: 'tickets', id: ticket.id },
        })
      })
      flagged++
    }
    if (docs.length < PAGE) return { flagged }
  }
}

export const flagOverdueTicketsTask: TaskConfig<{ input: Record<string, never>; output: { flagged: number } }> = {
  slug: 'flagOverdueTickets',
  label: 'Flag tickets past their due date',
  retries: 0,
  schedule: [{ cron: '*/15 * * * *', queue: SCHEDULED_QUEUE }],
  outputSchema: [{ name: 'flagged', type: 'number', required: true, label: t('Tickets flagged', 'Tichete marcate') }],
  handler: async ({ req }) => {
    const output = await flagOverdueTickets(req)
    req.payload.logger.info({ msg: `flagOverdueTickets: ${output.flagged} ticket(s) flagged` })
    return { output }
  },
}
