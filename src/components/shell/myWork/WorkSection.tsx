'use client'
import { type Column, DataTable } from '../../shared/DataTable'
import { styles } from '../../shared/styles'
import type { Text } from './text'

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
export function WorkSection<Row extends { id: number; overdue: boolean }>({
  id,
  title,
  total,
  detail,
  rows,
  limit,
  empty,
  columns,
  text,
}: Props<Row>) {
  const shown = limit === undefined ? rows : rows.slice(0, limit)
  return (
    <section id={id} style={styles.section}>
      <h3 style={styles.sectionHeading}>
        {title} <span style={styles.muted}>({detail ? `${total}: ${detail}` : total})</span>
      </h3>
      {shown.length === 0 ? (
        <p style={styles.notice}>{empty}</p>
      ) : (
        <DataTable
          columns={columns}
          rows={shown}
          rowKey={(row) => row.id}
          rowProps={(row) => ({
            'data-overdue': row.overdue ? 'true' : undefined,
            style: row.overdue ? styles.overdueRow : undefined,
          })}
        />
      )}
      {shown.length < total && <p style={styles.notice}>{text.more(shown.length, total)}</p>}
    </section>
  )
}

/** The past-due mark beside a date. */
export const OverdueMark = ({ overdue, text }: { overdue: boolean; text: Text }) =>
  overdue ? <span style={styles.overdueBadge}>{text.overdue}</span> : null
