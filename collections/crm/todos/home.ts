import type { HomeSource } from '@/hooks/home/types'
import { t } from '@/lib/i18n'
import { dueOrStartingToday, pastDue, todoStillOpen } from './windows'

const meeting = { type: { equals: 'meeting' } }
const notMeeting = { type: { not_equals: 'meeting' } }

/**
 * Today's todos and meetings and those past due, still open, whose responsible is the reader (My
 * work's decision, windows.ts); a manager also sees the same for the teams they manage.
 */
export const todosHome: HomeSource = {
  key: 'todos',
  collection: 'todos',
  label: t('Todos and meetings', 'Acțiuni și întâlniri'),
  order: 10,
  mine: 'responsible',
  team: 'team',
  figures: [
    {
      key: 'today',
      label: t('Todos today', 'Acțiuni azi'),
      conditions: ({ dayStart, dayEnd }) =>
        dueOrStartingToday(dayStart, dayEnd).map((window) => [todoStillOpen, notMeeting, ...window]),
    },
    {
      key: 'meetings-today',
      label: t('Meetings today', 'Întâlniri azi'),
      conditions: ({ dayStart, dayEnd }) =>
        dueOrStartingToday(dayStart, dayEnd).map((window) => [todoStillOpen, meeting, ...window]),
    },
    {
      key: 'overdue',
      label: t('Past due', 'Depășite'),
      alert: true,
      conditions: ({ now, dayStart }) => pastDue(now, dayStart).map((window) => [todoStillOpen, ...window]),
    },
  ],
}
