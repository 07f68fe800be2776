'use client'
import type { ReactNode } from 'react'

import { styles } from './styles'
import type { Text } from './text'

export interface Column<Row> {
  label: string
  cell: (row: Row) => ReactNode
}

interface Props<Row> {
  id: string
  title: string
  total: number
  /** Beside the count: what the total is made of. */
  detail?: string
  rows: Row[]
  /** Rows shown (the dashboard shows a few, the page all the server sent). */
  limit?: number
  empty: string
  columns: Column<Row>[]
  text: Text
}

/** One list of work: a heading with its count, a table whose past-due rows are marked, or a line saying it is empty. */
export function WorkSection<Row extends { id: number; overdue: boolean }>({ id, title, total, detail, rows, limit, empty, columns, text }: Props<Row>) {
  const shown = limit === undefined ? rows : rows.slice(0, limit)
  return (
    <section id={id} style={styles.section}>
      <h3 style={styles.heading}>
        {title} <span style={styles.count}>({detail ? `${total}: ${detail}` : total})</span>
      </h3>
      {shown.length === 0 ? (
        <p style={styles.notice}>{empty}</p>
      ) : (
        <table style={styles.table}>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.label} style={styles.th}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.id} data-overdue={row.overdue ? 'true' : undefined} style={row.overdue ? styles.overdueRow : undefined}>
                {columns.map((column) => (
                  <td key={column.label} style={styles.td}>
                    {column.cell(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {shown.length < total && <p style={styles.notice}>{text.more(shown.length, total)}</p>}
    </section>
  )
}

/** The past-due mark beside a date. */
export const OverdueMark = ({ overdue, text }: { overdue: boolean; text: Text }) =>
  overdue ? <span style={styles.overdueBadge}>{text.overdue}</span> : null
