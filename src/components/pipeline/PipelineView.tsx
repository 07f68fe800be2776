import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { pipelineOptions } from './options'
import { PipelineBoard } from './PipelineBoard'
import { textFor } from './text'

/** `/admin/pipeline`: custom admin views are public by default, so this one sends guests to log in. */
export async function PipelineView({ initPageResult, params, searchParams, user }: AdminViewServerProps) {
  const { locale, permissions, req, visibleEntities } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) {
    const here = formatAdminURL({ adminRoute, path: '/pipeline' })
    redirect(`${formatAdminURL({ adminRoute, path: req.payload.config.admin.routes.login })}?redirect=${encodeURIComponent(here)}`)
  }
  const mayRead = Boolean(permissions.collections?.opportunities?.read)
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
      // A copy: React 19 refuses the frozen object Payload hands over (as Payload's own root view does).
      visibleEntities={{ collections: visibleEntities.collections, globals: visibleEntities.globals }}
    >
      <Gutter>
        {mayRead ? <PipelineBoard options={await pipelineOptions(req)} /> : <p className="pipeline-error">{textFor(req.i18n.language).notAllowed}</p>}
      </Gutter>
    </DefaultTemplate>
  )
}
