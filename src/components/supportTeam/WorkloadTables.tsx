'use client'
import type { TeamLoad, WorkCounts } from '@/collections/support/tickets/teamSummary/types'
import { styles } from '../myWork/styles'
import type { Text } from './text'

const COUNTS: (keyof WorkCounts)[] = ['open', 'active', 'waiting', 'overdue', 'total']

function CountCells({ counts }: { counts: WorkCounts }) {
  return (
    <>
      {COUNTS.map((key) => (
        <td key={key} data-count={key} style={{ ...styles.td, ...styles.number }}>
          {counts[key]}
        </td>
      ))}
    </>
  )
}

/** One table per team: a row per responsible person (and the unassigned tickets), then the team's total. */
export function WorkloadTables({ teams, truncated, text }: { teams: TeamLoad[]; truncated: boolean; text: Text }) {
  return (
    <section id="support-team-workload" style={styles.section}>
      <h2 style={styles.heading}>{text.workload}</h2>
      {truncated && <p style={styles.notice}>{text.truncated}</p>}
      {teams.length === 0 && <p style={styles.notice}>{text.noWork}</p>}
      {teams.map((load) => (
        <div key={load.team?.id ?? 'none'} data-team={load.team?.id ?? 'none'} style={styles.section}>
          <h3 style={styles.heading}>{load.team ? (load.team.name ?? `#${load.team.id}`) : text.noTeam}</h3>
          <table style={styles.table}>
            <thead>
              <tr>
                <th style={styles.th}>{text.person}</th>
                {COUNTS.map((key) => (
                  <th key={key} style={{ ...styles.th, ...styles.number }}>
                    {text[key]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {load.people.map((row) => (
                <tr key={row.person?.id ?? 'nobody'} data-person={row.person?.id ?? 'nobody'} data-overdue={row.counts.overdue > 0 ? 'true' : undefined}>
                  <td style={styles.td}>{row.person ? (row.person.name ?? `#${row.person.id}`) : text.nobody}</td>
                  <CountCells counts={row.counts} />
                </tr>
              ))}
              <tr style={{ fontWeight: 600 }}>
                <td style={styles.td}>{text.teamTotal}</td>
                <CountCells counts={load.counts} />
              </tr>
            </tbody>
          </table>
        </div>
      ))}
    </section>
  )
}
