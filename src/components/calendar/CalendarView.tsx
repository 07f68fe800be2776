import type { AdminViewServerProps } from 'payload'

import { calendarTimeZone } from '../../endpoints/calendar/timeZone'
import { AdminFrame, sendGuestsToLogin } from '../views/AdminFrame'
import { CalendarApp } from './CalendarApp'

/** `/admin/calendar` (R10). */
export async function CalendarView(props: AdminViewServerProps) {
  const user = sendGuestsToLogin(props.initPageResult, '/calendar')
  return (
    <AdminFrame {...props}>
      <CalendarApp userId={user.id} timeZone={await calendarTimeZone(props.initPageResult.req)} />
    </AdminFrame>
  )
}
