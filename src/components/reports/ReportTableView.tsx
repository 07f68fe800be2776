'use client'
import type { ReportTable, ReportTableName } from '@/collections/support/tickets/reports/types'
import { styles } from './styles'
import { figure, type Text } from './text'

interface Props {
  name: ReportTableName
  table: ReportTable
  exportUrl: string
  language: string
  text: Text
}

/** One table of the report, with its download link (the same filters, as .xlsx). */
export function ReportTableView({ name, table, exportUrl, language, text }: Props) {
  return (
    <section className="report-section" style={styles.section}>
      <div style={styles.heading}>
        <h2 style={styles.title}>{table.title}</h2>
        <a id={`report-export-${name}`} href={exportUrl} download style={styles.link}>
          {text.export}
        </a>
      </div>
      <table id={`report-${name}`} style={styles.table}>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column.key} scope="col" style={column.kind === 'number' ? styles.number : styles.cell}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.length === 0 ? (
            <tr>
              <td colSpan={table.columns.length} style={styles.cell}>
                {text.empty}
              </td>
            </tr>
          ) : (
            table.rows.map((row, index) => (
              <tr key={`${row.id ?? 'none'}-${index}`} className={row.total ? 'report-total' : undefined} style={row.total ? styles.total : undefined}>
                {table.columns.map((column) => (
                  <td key={column.key} style={column.kind === 'number' ? styles.number : styles.cell}>
                    {figure(row[column.key], language)}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </section>
  )
}
