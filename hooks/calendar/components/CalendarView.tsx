import type { AdminViewServerProps } from 'payload'

import { appTimeZone } from '@/lib/settings'
import { AdminFrame, sendGuestsToLogin } from '@/components/shell/AdminFrame'
import { CalendarApp } from './CalendarApp'

/** `/admin/calendar` (R10). */
export async function CalendarView(props: AdminViewServerProps) {
  const user = sendGuestsToLogin(props.initPageResult, '/calendar')
  return (
    <AdminFrame {...props}>
      <CalendarApp userId={user.id} timeZone={await appTimeZone(props.initPageResult.req)} />
    </AdminFrame>
  )
}
