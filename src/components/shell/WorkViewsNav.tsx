import type { ServerProps } from 'payload'

import { modulesOf } from '@/hooks/modules/registry'
import { say } from '@/lib/i18n'

/** Links to the views that are not a single collection, as the modules declared them (hooks/modules). */
export function WorkViewsNav({ i18n, payload, permissions, user }: ServerProps) {
  const registry = modulesOf(payload)
  const reader = { user, registry, collections: permissions?.collections ?? {} }
  const links = [...registry.navLinks].sort((a, b) => a.order - b.order).filter((link) => link.show(reader))
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
