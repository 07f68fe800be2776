'use client'
import type { ReportRow, ReportTable, ReportTableName } from '../types'
import { type Column, DataTable } from '@/components/shared/DataTable'
import { styles } from '@/components/shared/styles'
import { figure, type Text } from './text'

interface Props {
  name: ReportTableName
  table: ReportTable
  exportUrl: string
  language: string
  text: Text
}

const EXPORT_LINK = { fontSize: '0.85rem', whiteSpace: 'nowrap' } as const

/** One table of the report, with its download link (the same filters, as .xlsx). */
export function ReportTableView({ name, table, exportUrl, language, text }: Props) {
  const columns = table.columns.map((column): Column<ReportRow> => ({
    key: column.key,
    label: column.label,
    numeric: column.kind === 'number',
    cell: (row) => figure(row[column.key], language),
  }))
  return (
    <section className="report-section" style={styles.panel}>
      <div style={styles.panelHeading}>
        <h2 style={styles.panelTitle}>{table.title}</h2>
        <a id={`report-export-${name}`} href={exportUrl} download style={EXPORT_LINK}>
          {text.export}
        </a>
      </div>
      <DataTable
        id={`report-${name}`}
        dense
        columns={columns}
        rows={table.rows}
        empty={text.empty}
        rowKey={(row, index) => `${row.id ?? 'none'}-${index}`}
        rowProps={(row) => (row.total ? { className: 'report-total', style: styles.totalRow } : {})}
      />
    </section>
  )
}
