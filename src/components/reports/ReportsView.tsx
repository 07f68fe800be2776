import type { AdminViewServerProps } from 'payload'

import { AdminFrame, sendGuestsToLogin } from '../views/AdminFrame'

// PLACEHOLDER: replaced by the real view in this change.
export async function ReportsView(props: AdminViewServerProps) {
  sendGuestsToLogin(props.initPageResult, '/reports')
  return <AdminFrame {...props}>{null}</AdminFrame>
}
