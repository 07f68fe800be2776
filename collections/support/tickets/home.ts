import type { HomeSource } from '@/hooks/home/types'
import { beforeNow } from '@/hooks/home/windows'
import { t } from '@/lib/i18n'
import { WORKING_ORDER } from './myWork'

const working = { statusCategory: { in: WORKING_ORDER } }

/** Each working category as My work orders them: not yet started, in progress, waiting for someone else. */
const CATEGORY_LABELS = {
  open: t('Open', 'Deschise'),
  active: t('In progress', 'În lucru'),
  waiting: t('Waiting', 'În așteptare'),
}

/**
 * The tickets the reader is responsible for that are still being worked on, by the category of
 * their state, and those past their due date (My work's decisions, myWork.ts); a support manager
 * also sees the same for the teams they manage.
 */
export const ticketsHome: HomeSource = {
  key: 'tickets',
  collection: 'tickets',
  label: t('Tickets', 'Tichete'),
  order: 40,
  mine: 'responsible',
  team: 'team',
  figures: [
    ...WORKING_ORDER.map((category) => ({
      key: category,
      label: CATEGORY_LABELS[category],
      conditions: () => [[{ statusCategory: { equals: category } }]],
    })),
    {
      key: 'overdue',
      label: t('Past due', 'Depășite'),
      alert: true,
      conditions: (moment) => [[working, beforeNow('dueDate', moment)]],
    },
  ],
}
