import type { ServerProps } from 'payload'

import { navLinksFor } from '@/hooks/modules/nav'
import { say } from '@/lib/i18n'

/** Links to the views that are not a single collection, as the modules declared them (hooks/modules). */
export async function WorkViewsNav({ i18n, payload, permissions, user }: ServerProps) {
  const links = await navLinksFor({ payload, user, permissions })
  if (links.length === 0) return null
  return (
    <div className="work-views-nav">
      {links.map((link) => (
        <a key={link.href} id={link.id} className="nav__link" href={link.href}>
          <span className="nav__link-label">{say(i18n?.language, link.label)}</span>
        </a>
      ))}
    </div>
  )
}
