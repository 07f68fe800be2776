import type { HomeSource } from '@/hooks/home/types'
import { beforeNow } from '@/hooks/home/windows'
import { t } from '@/lib/i18n'
import { actionToCarryOut } from './myWork'

/**
 * The ticket actions the reader still has to carry out and those past their planned date (My
 * work's decisions), and the done ones waiting for a manager's validation (the waiting category,
 * as the support team's queue counts them); a manager sees the same for the teams they manage.
 */
export const ticketActionsHome: HomeSource = {
  key: 'ticket-actions',
  collection: 'ticket-actions',
  label: t('Ticket actions', 'Acțiuni pe tichete'),
  order: 41,
  mine: 'responsible',
  team: 'team',
  figures: [
    { key: 'to-do', label: t('To carry out', 'De efectuat'), conditions: () => [[actionToCarryOut]] },
    {
      key: 'overdue',
      label: t('Past planned date', 'Cu data planificată depășită'),
      alert: true,
      conditions: (moment) => [[actionToCarryOut, beforeNow('plannedAt', moment)]],
    },
    {
      key: 'to-validate',
      label: t('Waiting for validation', 'În așteptarea validării'),
      conditions: () => [[{ statusCategory: { equals: 'waiting' } }]],
    },
  ],
}
