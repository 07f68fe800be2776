import type { AdminViewServerProps } from 'payload'

import { AdminFrame, sendGuestsToLogin } from '../views/AdminFrame'

// PLACEHOLDER: replaced by the real view in this change.
export async function SupportTeamView(props: AdminViewServerProps) {
  sendGuestsToLogin(props.initPageResult, '/support-team')
  return <AdminFrame {...props}>{null}</AdminFrame>
}
