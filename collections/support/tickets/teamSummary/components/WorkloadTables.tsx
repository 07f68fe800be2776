'use client'
import type { TeamLoad, WorkCounts } from '../types'
import { type Column, type DataAttributes, DataTable } from '@/components/shared/DataTable'
import { styles } from '@/components/shared/styles'
import type { Text } from './text'

const COUNTS: (keyof WorkCounts)[] = ['open', 'active', 'waiting', 'overdue', 'total']

/** A person's line, or the team's total line (no marks, in bold). */
interface Line {
  key: string
  name: string
  counts: WorkCounts
  marks?: DataAttributes
}

/** One table per team: a row per responsible person (and the unassigned tickets), then the team's total. */
export function WorkloadTables({ teams, truncated, text }: { teams: TeamLoad[]; truncated: boolean; text: Text }) {
  const columns: Column<Line>[] = [
    { label: text.person, key: 'person', cell: (line) => line.name },
    ...COUNTS.map((key): Column<Line> => ({
      label: text[key],
      key,
      numeric: true,
      cellData: { 'data-count': key },
      cell: (line) => line.counts[key],
    })),
  ]
  const linesOf = (load: TeamLoad): Line[] => [
    ...load.people.map((row) => ({
      key: String(row.person?.id ?? 'nobody'),
      name: row.person ? (row.person.name ?? `#${row.person.id}`) : text.nobody,
      counts: row.counts,
      marks: { 'data-person': row.person?.id ?? 'nobody', 'data-overdue': row.counts.overdue > 0 ? 'true' : undefined },
    })),
    { key: 'team-total', name: text.teamTotal, counts: load.counts },
  ]
  return (
    <section id="support-team-workload" style={styles.section}>
      <h2 style={styles.sectionHeading}>{text.workload}</h2>
      {truncated && <p style={styles.notice}>{text.truncated}</p>}
      {teams.length === 0 && <p style={styles.notice}>{text.noWork}</p>}
      {teams.map((load) => (
        <div key={load.team?.id ?? 'none'} data-team={load.team?.id ?? 'none'} style={styles.section}>
          <h3 style={styles.sectionHeading}>{load.team ? (load.team.name ?? `#${load.team.id}`) : text.noTeam}</h3>
          <DataTable
            columns={columns}
            rows={linesOf(load)}
            rowKey={(line) => line.key}
            rowProps={(line) => line.marks ?? { style: styles.totalRow }}
          />
        </div>
      ))}
    </section>
  )
}
