'use client'
import { styles } from './styles'
import type { Text } from './text'
import type { Option, ReportFilters as Filters } from './types'
import { DayInput } from '../dates/DayInput'

interface Props {
  filters: Filters
  teams: Option[]
  types: Option[]
  text: Text
  onChange: (filters: Filters) => void
}

/** The period, team and ticket type; every change reloads the tables. */
export function ReportFilters({ filters, teams, types, text, onChange }: Props) {
  const set = (key: keyof Filters) => (event: { target: { value: string } }) => onChange({ ...filters, [key]: event.target.value })
  return (
    <div className="reports-filters" style={styles.filters}>
      <label style={styles.field}>
        {text.from}
        <DayInput id="reports-from" required value={filters.from} onChange={(from) => onChange({ ...filters, from })} style={styles.input} />
      </label>
      <label style={styles.field}>
        {text.to}
        <DayInput id="reports-to" required value={filters.to} onChange={(to) => onChange({ ...filters, to })} style={styles.input} />
      </label>
      <label style={styles.field}>
        {text.team}
        <select id="reports-team" value={filters.team} onChange={set('team')} style={styles.input}>
          <option value="">{text.allTeams}</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.label}
            </option>
          ))}
        </select>
      </label>
      <label style={styles.field}>
        {text.type}
        <select id="reports-type" value={filters.type} onChange={set('type')} style={styles.input}>
          <option value="">{text.allTypes}</option>
          {types.map((type) => (
            <option key={type.id} value={type.id}>
              {type.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}
