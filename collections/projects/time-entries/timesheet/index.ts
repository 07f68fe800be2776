import type { NavLink } from '@/hooks/modules/types'
import { t } from '@/lib/i18n'

export { timesheetEndpoint } from './endpoint'

/** `/admin/timesheet`: one person's week of time, activities × days, typed in place (R22). */
export const timesheetView = {
  Component: '/collections/projects/time-entries/timesheet/components/TimesheetView#TimesheetView',
  path: '/timesheet',
} as const

export const timesheetNavLink: NavLink = {
  href: '/admin/timesheet',
  id: 'nav-timesheet',
  label: t('Timesheet', 'Foaie de pontaj'),
  order: 43,
  // Those who may create time entries, as Payload's permissions (the collection's own create
  // access) say; the page itself also opens for those who only read them. Not the permissions
  // stashed on the user: the navigation's user is Payload's re-read copy, which does not carry them
  // on every page (a document's page, for one).
  show: ({ collections }) => Boolean((collections['time-entries'] as { create?: boolean } | undefined)?.create),
}
