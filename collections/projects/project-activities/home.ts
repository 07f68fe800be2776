import type { HomeSource } from '@/hooks/home/types'
import { beforeToday, onToday } from '@/hooks/home/windows'
import { t } from '@/lib/i18n'
import { STILL_TO_DO } from './myWork'

const toDo = { statusCategory: { in: STILL_TO_DO } }

/**
 * The project activities the reader is responsible for and has not yet done, those ending today
 * and those past their planned end (My work's decisions, myWork.ts); a manager sees the same for
 * their teams.
 */
export const projectActivitiesHome: HomeSource = {
  key: 'project-activities',
  collection: 'project-activities',
  label: t('Project activities', 'Activități din proiecte'),
  order: 60,
  mine: 'responsible',
  team: 'team',
  figures: [
    { key: 'to-do', label: t('To do', 'De făcut'), conditions: () => [[toDo]] },
    {
      key: 'due-today',
      label: t('Ending today', 'Se încheie azi'),
      conditions: (moment) => [[toDo, ...onToday('plannedEnd', moment)]],
    },
    {
      key: 'overdue',
      label: t('Past planned end', 'Cu sfârșitul planificat depășit'),
      alert: true,
      conditions: (moment) => [[toDo, beforeToday('plannedEnd', moment)]],
    },
  ],
}
