import { stashedPermissions } from '@/access/engine'
import { readsWidely } from '@/access/readsWidely'
import type { NavLink } from '@/hooks/modules/types'
import { t } from '@/lib/i18n'

export { resourcesEndpoint } from './endpoint'

/** `/admin/resources`: people × weeks with their load (R22). */
export const resourcesView = {
  Component: '/collections/projects/resources/components/ResourcesView#ResourcesView',
  path: '/resources',
} as const

export const resourcesNavLink: NavLink = {
  href: '/admin/resources',
  id: 'nav-resources',
  label: t('Resources', 'Resurse'),
  order: 45,
  // The same predicate as the page and its endpoint: who reads projects beyond their own.
  show: ({ user }) => readsWidely(stashedPermissions(user), 'projects'),
}
