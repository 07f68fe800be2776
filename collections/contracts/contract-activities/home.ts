import type { HomeSource } from '@/hooks/home/types'
import { beforeToday, onToday } from '@/hooks/home/windows'
import { t } from '@/lib/i18n'
import { STILL_TO_DO } from './myWork'

const toDo = { statusCategory: { in: STILL_TO_DO } }

/**
 * The contract activities the reader is responsible for and has not yet done, those due today and
 * those past due (My work's decisions, myWork.ts); a manager sees the same for their teams.
 */
export const contractActivitiesHome: HomeSource = {
  key: 'contract-activities',
  collection: 'contract-activities',
  label: t('Contract activities', 'Activități din contracte'),
  order: 50,
  mine: 'responsible',
  team: 'team',
  figures: [
    { key: 'to-do', label: t('To do', 'De făcut'), conditions: () => [[toDo]] },
    {
      key: 'due-today',
      label: t('Due today', 'Cu termen azi'),
      conditions: (moment) => [[toDo, ...onToday('dueDate', moment)]],
    },
    {
      key: 'overdue',
      label: t('Past due', 'Depășite'),
      alert: true,
      conditions: (moment) => [[toDo, beforeToday('dueDate', moment)]],
    },
  ],
}
