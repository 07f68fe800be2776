/** What `GET /api/tickets/reports` answers; shared by the endpoint and the admin view. */

export const REPORT_TABLES = [
  'byState',
  'byType',
  'byResponsible',
  'byClient',
  'weekly',
  'resolution',
  'slaBreaches',
] as const
export type ReportTableName = (typeof REPORT_TABLES)[number]

export const isReportTable = (name: unknown): name is ReportTableName => REPORT_TABLES.includes(name as ReportTableName)

export interface ReportColumn {
  key: string
  label: string
  kind: 'text' | 'number'
}

/**
 * One line of a table, keyed by column. `id` is what the line is about (a state key, a type, user or
 * client id; null on an "unassigned" or total line); `total` marks a total line.
 */
export type ReportRow = Record<string, string | number | boolean | null> & {
  id: string | number | null
  total?: boolean
}

export interface ReportTable {
  title: string
  columns: ReportColumn[]
  rows: ReportRow[]
}

export interface ReportAnswer {
  from: string
  to: string
  timeZone: string
  tables: Record<ReportTableName, ReportTable>
}
