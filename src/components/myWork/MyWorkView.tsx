import type { AdminViewServerProps } from 'payload'

import { AdminFrame, sendGuestsToLogin } from '../views/AdminFrame'

// PLACEHOLDER: replaced by the real view in this change.
export async function MyWorkView(props: AdminViewServerProps) {
  sendGuestsToLogin(props.initPageResult, '/my-work')
  return <AdminFrame {...props}>{null}</AdminFrame>
}
