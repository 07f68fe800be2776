'use client'
import { Button } from '@payloadcms/ui'

import { styles } from './styles'
import type { Text } from './text'
import { type Filters, NO_FILTERS, type Option } from './types'
import { DayInput } from '../dates/DayInput'

interface Props {
  filters: Filters
  owners: Option[]
  teams: Option[]
  text: Text
  onChange: (filters: Filters) => void
}

/** Owner, team and the expected-close period; every change reloads the board. */
export function PipelineFilters({ filters, owners, teams, text, onChange }: Props) {
  const set = (key: keyof Filters) => (event: { target: { value: string } }) => onChange({ ...filters, [key]: event.target.value })
  return (
    <div className="pipeline-filters" style={styles.filters}>
      <label style={styles.field}>
        {text.owner}
        <select id="pipeline-owner" value={filters.owner} onChange={set('owner')} style={styles.input}>
          <option value="">{text.everyone}</option>
          {owners.map((owner) => (
            <option key={owner.id} value={owner.id}>
              {owner.label}
            </option>
          ))}
        </select>
      </label>
      <label style={styles.field}>
        {text.team}
        <select id="pipeline-team" value={filters.team} onChange={set('team')} style={styles.input}>
          <option value="">{text.allTeams}</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.label}
            </option>
          ))}
        </select>
      </label>
      <label style={styles.field}>
        {text.from}
        <DayInput id="pipeline-from" value={filters.from} onChange={(from) => onChange({ ...filters, from })} style={styles.input} />
      </label>
      <label style={styles.field}>
        {text.to}
        <DayInput id="pipeline-to" value={filters.to} onChange={(to) => onChange({ ...filters, to })} style={styles.input} />
      </label>
      <Button buttonStyle="secondary" size="small" margin={false} id="pipeline-reset" onClick={() => onChange(NO_FILTERS)}>
        {text.reset}
      </Button>
    </div>
  )
}
