import type { HomeSource } from '@/hooks/home/types'
import { t } from '@/lib/i18n'

/** The reader's unread notifications (each person reads only their own: no team figures). */
export const notificationsHome: HomeSource = {
  key: 'notifications',
  collection: 'notifications',
  label: t('Notifications', 'Notificări'),
  order: 90,
  mine: 'recipient',
  figures: [{ key: 'unread', label: t('Unread', 'Necitite'), conditions: () => [[{ readAt: { exists: false } }]] }],
}
