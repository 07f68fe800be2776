import type { AdminViewServerProps } from 'payload'

import { permissionsFor } from '@/access/engine'
import { overseesTickets } from '@/access/overseesTickets'
import { AdminFrame, sendGuestsToLogin } from '@/components/shell/AdminFrame'
import { SupportTeamBoard } from './SupportTeamBoard'
import { textFor } from './text'

/**
 * `/admin/support-team`: the support manager's view of the team (R30). Whoever does not steer
 * the team's tickets is told so here instead of meeting the endpoint's 403.
 */
export async function SupportTeamView(props: AdminViewServerProps) {
  sendGuestsToLogin(props.initPageResult, '/support-team')
  const { req } = props.initPageResult
  return (
    <AdminFrame {...props}>
      {overseesTickets(await permissionsFor(req)) ? (
        <SupportTeamBoard />
      ) : (
        <p className="support-team-not-allowed" role="alert">
          {textFor(req.i18n.language).notAllowed}
        </p>
      )}
    </AdminFrame>
  )
}
