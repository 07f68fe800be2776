import { stashedPermissions } from '@/access/engine'
import { readsWidely } from '@/access/readsWidely'
import type { NavLink } from '@/hooks/modules/types'
import { t } from '@/lib/i18n'

/** `/admin/portfolio`: the projects the reader may read, with their health (R22, R23). */
export const portfolioView = {
  Component: '/collections/projects/projects/components/PortfolioView#PortfolioView',
  path: '/portfolio',
} as const

export const portfolioNavLink: NavLink = {
  href: '/admin/portfolio',
  id: 'nav-portfolio',
  label: t('Project portfolio', 'Portofoliu de proiecte'),
  order: 44,
  // For those who oversee projects beyond their own; the page itself lists whatever the reader may read.
  show: ({ user }) => readsWidely(stashedPermissions(user), 'projects'),
}
