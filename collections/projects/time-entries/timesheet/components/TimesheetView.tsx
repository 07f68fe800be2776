import type { AdminViewServerProps } from 'payload'

import { permissionsFor } from '@/access/engine'
import { AdminFrame, sendGuestsToLogin } from '@/components/shell/AdminFrame'
import { seesTimesheet } from '../people'
import { TimesheetBoard } from './TimesheetBoard'
import { textFor } from './text'

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ''

/**
 * `/admin/timesheet` (`?from=YYYY-MM-DD&person=ID` to open another week or person): one person's
 * week of time, typed in place. Whoever neither enters nor reads time is told so here instead of
 * meeting the endpoint's 403.
 */
export async function TimesheetView(props: AdminViewServerProps) {
  sendGuestsToLogin(props.initPageResult, '/timesheet')
  const { req } = props.initPageResult
  return (
    <AdminFrame {...props}>
      {seesTimesheet(await permissionsFor(req)) ? (
        <TimesheetBoard from={first(props.searchParams?.from)} person={first(props.searchParams?.person)} />
      ) : (
        <p className="timesheet-not-allowed" role="alert">
          {textFor(req.i18n.language).notAllowed}
        </p>
      )}
    </AdminFrame>
  )
}
