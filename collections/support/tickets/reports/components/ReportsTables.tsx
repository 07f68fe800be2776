'use client'
import { SetStepNav, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { REPORT_TABLES } from '../types'
import { styles } from '@/components/shared/styles'
import { ReportFilters } from './ReportFilters'
import { ReportTableView } from './ReportTableView'
import { textFor } from './text'
import type { ReportFilters as Filters, ReportOptions } from './types'
import { useReport } from './useReport'

/** The tables side by side, as many as the width holds. */
const GRID = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(420px, 1fr))',
  gap: 'var(--base)',
  alignItems: 'start',
} as const

/** The support reports: filters, then every table with its export link. */
export function ReportsTables({ options }: { options: ReportOptions }) {
  const { i18n } = useTranslation()
  const text = textFor(i18n.language)
  const [filters, setFilters] = useState<Filters>({ from: options.from, to: options.to, team: '', type: '' })
  const { report, error, loading, exportUrl } = useReport(filters)

  return (
    <div className="reports" data-loading={loading ? 'true' : 'false'}>
      <SetStepNav nav={[{ label: text.title }]} />
      <h1>{text.title}</h1>
      <ReportFilters filters={filters} teams={options.teams} types={options.types} text={text} onChange={setFilters} />
      <p style={styles.notice}>{text.hint}</p>
      {error && (
        <p className="reports-error" role="alert" style={styles.error}>
          {error}
        </p>
      )}
      {report === null ? (
        !error && <p style={styles.notice}>{text.loading}</p>
      ) : (
        <div className="reports-tables" style={GRID}>
          {REPORT_TABLES.map((name) => (
            <ReportTableView
              key={name}
              name={name}
              table={report.tables[name]}
              exportUrl={exportUrl(name)}
              language={i18n.language}
              text={text}
            />
          ))}
        </div>
      )}
    </div>
  )
}
