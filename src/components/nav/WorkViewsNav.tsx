import type { ServerProps } from 'payload'

import { hasFunctionIn, stashedPermissions } from '@/access/engine'
import { say } from '@/lib/i18n'

/** Links to the views that are not a single collection: my work, calendar, boards, team views and reports. */
export function WorkViewsNav({ i18n, permissions, user }: ServerProps) {
  const language = i18n?.language
  const perms = stashedPermissions(user)
  const can = permissions?.collections ?? {}
  const links = [
    { href: '/admin/my-work', id: 'nav-my-work', label: say(language, { en: 'My work', ro: 'Activitatea mea' }), show: Boolean(can.todos?.read || can.tickets?.read) },
    { href: '/admin/calendar', id: 'nav-calendar', label: say(language, { en: 'Calendar', ro: 'Calendar' }), show: Boolean(can.todos?.read) },
    { href: '/admin/pipeline', id: 'nav-pipeline', label: say(language, { en: 'Pipeline board', ro: 'Pipeline vânzări' }), show: Boolean(can.opportunities?.read) },
    {
      href: '/admin/support-team',
      id: 'nav-support-team',
      label: say(language, { en: 'Support team', ro: 'Echipa de suport' }),
      // The team view is for those who steer tickets: they may update tickets of others, not only their own.
      show: Boolean(perms && (perms.isAdmin || ['team', 'all'].includes(perms.grants.tickets?.update ?? 'none'))),
    },
    { href: '/admin/reports', id: 'nav-reports', label: say(language, { en: 'Reports', ro: 'Rapoarte' }), show: hasFunctionIn(perms, 'reports') },
  ].filter((link) => link.show)
  if (links.length === 0) return null
  return (
    <div className="work-views-nav">
      {links.map((link) => (
        <a key={link.href} id={link.id} className="nav__link" href={link.href}>
          <span className="nav__link-label">{link.label}</span>
        </a>
      ))}
    </div>
  )
}
