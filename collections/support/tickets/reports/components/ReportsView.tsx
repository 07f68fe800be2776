import type { AdminViewServerProps } from 'payload'

import { hasFunction } from '@/access/engine'
import { AdminFrame, sendGuestsToLogin } from '@/components/shell/AdminFrame'
import { reportOptions } from './options'
import { ReportsTables } from './ReportsTables'
import { textFor } from './text'

/** `/admin/reports`: the support reports (R28), for users whose role has the reports function. */
export async function ReportsView(props: AdminViewServerProps) {
  sendGuestsToLogin(props.initPageResult, '/reports')
  const { req } = props.initPageResult
  // The same check as the endpoint's, so the page never offers tables that would answer 403.
  const allowed = await hasFunction(req, 'reports')
  return (
    <AdminFrame {...props}>
      <div id="reports-view">
        {allowed ? (
          <ReportsTables options={await reportOptions(req)} />
        ) : (
          <p className="reports-not-allowed" role="alert">
            {textFor(req.i18n.language).notAllowed}
          </p>
        )}
      </div>
    </AdminFrame>
  )
}
