import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'
import type { ReactNode } from 'react'

type ViewProps = Pick<AdminViewServerProps, 'initPageResult' | 'params' | 'searchParams' | 'user'>

/**
 * Custom admin views are public by default: a view calls this first, so a guest is sent to log in
 * and comes back to `path` afterwards.
 */
export function sendGuestsToLogin({ req }: AdminViewServerProps['initPageResult'], path: `/${string}`) {
  if (req.user) return req.user
  const adminRoute = req.payload.config.routes.admin
  const here = formatAdminURL({ adminRoute, path })
  redirect(
    `${formatAdminURL({ adminRoute, path: req.payload.config.admin.routes.login })}?redirect=${encodeURIComponent(here)}`,
  )
}

/**
 * The admin frame (navigation, header) around one of our own views. The header carries the
 * configuration's actions (the notifications bell) as on Payload's own pages, which pass them as
 * `viewActions`; without them a custom page has no bell.
 */
export function AdminFrame({
  initPageResult,
  params,
  searchParams,
  user,
  children,
}: ViewProps & { children: ReactNode }) {
  const { locale, permissions, req, visibleEntities } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={user}
      viewActions={req.payload.config.admin.components?.actions}
      // A copy: React 19 refuses the frozen object Payload hands over (as Payload's own root view does).
      visibleEntities={{ collections: visibleEntities.collections, globals: visibleEntities.globals }}
    >
      {/* The page's main landmark: screen readers jump to it past the header and navigation. */}
      <main>
        <Gutter>{children}</Gutter>
      </main>
    </DefaultTemplate>
  )
}
