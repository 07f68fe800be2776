import type { AdminViewServerProps } from 'payload'

import { AdminFrame, sendGuestsToLogin } from '../AdminFrame'
import { MyWorkPanel } from './MyWorkPanel'
import { MyWorkStepNav } from './MyWorkStepNav'

/** `/admin/my-work`: everything the signed-in user has to do (R30). */
export async function MyWorkView(props: AdminViewServerProps) {
  sendGuestsToLogin(props.initPageResult, '/my-work')
  return (
    <AdminFrame {...props}>
      <MyWorkStepNav />
      <MyWorkPanel />
    </AdminFrame>
  )
}
