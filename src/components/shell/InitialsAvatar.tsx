'use client'
import { useAuth, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'

import { initials } from './initials'

const SIZE = 25

/**
 * The account avatar in the admin header: the user's initials on a dark disc (light in the dark
 * theme), instead of Payload's default Gravatar image, which our Content-Security-Policy blocks
 * and which would send a hash of the email to gravatar.com. Shown with a ring on the account page.
 */
export function InitialsAvatar() {
  const { user } = useAuth<{ name?: string | null; email?: string | null }>()
  const { config } = useConfig()
  const pathname = usePathname()
  const onAccountPage =
    pathname === formatAdminURL({ adminRoute: config.routes.admin, path: config.admin.routes.account })
  const letters = initials(user)
  const name = user?.name?.trim() || user?.email || ''
  return (
    <span
      className="initials-avatar"
      role="img"
      aria-label={name}
      title={name}
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        width: SIZE,
        height: SIZE,
        borderRadius: '50%',
        // elevation-800 on elevation-0: dark on light in the light theme, reversed in the dark one; over 10:1 either way.
        background: 'var(--theme-elevation-800)',
        color: 'var(--theme-elevation-0)',
        boxShadow: onAccountPage ? '0 0 0 2px var(--theme-elevation-0), 0 0 0 4px var(--theme-success-500)' : undefined,
        fontSize: letters.length > 1 ? 10 : 12,
        fontWeight: 600,
        lineHeight: 1,
        letterSpacing: '0.02em',
        userSelect: 'none',
      }}
    >
      <span aria-hidden="true">{letters}</span>
    </span>
  )
}
