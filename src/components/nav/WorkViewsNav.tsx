import type { ServerProps } from 'payload'

import { say } from '../../lib/i18n'

/** Links to the views that are not a single collection: the calendar and the pipeline board. */
export function WorkViewsNav({ i18n, permissions }: ServerProps) {
  const language = i18n?.language
  const links = [
    { href: '/admin/calendar', id: 'nav-calendar', label: say(language, { en: 'Calendar', ro: 'Calendar' }), show: Boolean(permissions?.collections?.todos?.read) },
    { href: '/admin/pipeline', id: 'nav-pipeline', label: say(language, { en: 'Pipeline board', ro: 'Pipeline vânzări' }), show: Boolean(permissions?.collections?.opportunities?.read) },
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
