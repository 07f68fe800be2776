import type { HomeSource } from '@/hooks/home/types'
import { beforeToday } from '@/hooks/home/windows'
import { t } from '@/lib/i18n'
import { NOT_ACCEPTED } from './myWork'

const notAccepted = { statusCategory: { in: NOT_ACCEPTED } }

/**
 * The project deliverables the reader is responsible for that are not accepted yet and those past
 * their due day (My work's decisions, myWork.ts); a manager sees the same for their teams.
 */
export const projectDeliverablesHome: HomeSource = {
  key: 'project-deliverables',
  collection: 'project-deliverables',
  label: t('Project deliverables', 'Livrabile din proiecte'),
  order: 61,
  mine: 'responsible',
  team: 'team',
  figures: [
    { key: 'not-accepted', label: t('Not accepted yet', 'Încă neacceptate'), conditions: () => [[notAccepted]] },
    {
      key: 'overdue',
      label: t('Past due', 'Depășite'),
      alert: true,
      conditions: (moment) => [[notAccepted, beforeToday('dueDate', moment)]],
    },
  ],
}
