'use client'
import { SetStepNav, useConfig, useTranslation } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'

import { styles } from '@/components/shared/styles'
import { AwaitingValidation } from './AwaitingValidation'
import { textFor } from './text'
import { UnassignedTickets } from './UnassignedTickets'
import { useTeamSummary } from './useTeamSummary'
import { WorkloadTables } from './WorkloadTables'

/** The support manager's desk (R30): the team's workload, tickets to assign, actions to validate. */
export function SupportTeamBoard() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const text = textFor(i18n.language)
  const { summary, error, busy, assign, validate, sendBack } = useTeamSummary()
  const href = (collection: string, id: number) =>
    formatAdminURL({ adminRoute: config.routes.admin, path: `/collections/${collection}/${id}` })

  return (
    <div className="support-team" data-loading={summary === null || busy ? 'true' : 'false'}>
      <SetStepNav nav={[{ label: text.title }]} />
      <h1>{text.title}</h1>
      {error && (
        <p className="support-team-error" role="alert" style={styles.error}>
          {error}
        </p>
      )}
      {summary === null ? (
        !error && <p style={styles.notice}>{text.loading}</p>
      ) : (
        <>
          <UnassignedTickets
            queue={summary.unassigned}
            people={summary.people}
            timeZone={summary.timeZone}
            busy={busy}
            text={text}
            href={href}
            onAssign={assign}
          />
          <AwaitingValidation
            queue={summary.awaitingValidation}
            timeZone={summary.timeZone}
            busy={busy}
            text={text}
            href={href}
            onValidate={validate}
            onSendBack={sendBack}
          />
          <WorkloadTables teams={summary.teams} truncated={summary.truncated} text={text} />
        </>
      )}
    </div>
  )
}
