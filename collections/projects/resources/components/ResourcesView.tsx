import type { AdminViewServerProps } from 'payload'

import { AdminFrame, sendGuestsToLogin } from '@/components/shell/AdminFrame'
import { seesResources } from '../endpoint'
import { ResourcesBoard } from './ResourcesBoard'
import { textFor } from './text'

/**
 * `/admin/resources`: people × weeks with their load across projects (R22). Whoever does not read
 * the team's projects is told so here instead of meeting the endpoint's 403.
 */
export async function ResourcesView(props: AdminViewServerProps) {
  sendGuestsToLogin(props.initPageResult, '/resources')
  const { req } = props.initPageResult
  return (
    <AdminFrame {...props}>
      {(await seesResources(req)) ? (
        <ResourcesBoard />
      ) : (
        <p className="resources-not-allowed" role="alert">
          {textFor(req.i18n.language).notAllowed}
        </p>
      )}
    </AdminFrame>
  )
}
