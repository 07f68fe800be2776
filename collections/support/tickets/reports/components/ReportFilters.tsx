'use client'
import { FilterBar, type Option } from '@/components/shared/FilterBar'
import type { Text } from './text'
import type { ReportFilters as Filters } from './types'

interface Props {
  filters: Filters
  teams: Option[]
  types: Option[]
  text: Text
  onChange: (filters: Filters) => void
}

/** The period, team and ticket type; every change reloads the tables. */
export function ReportFilters({ filters, teams, types, text, onChange }: Props) {
  return (
    <FilterBar
      className="reports-filters"
      values={filters}
      onChange={onChange}
      filters={[
        { kind: 'day', key: 'from', id: 'reports-from', label: text.from, required: true },
        { kind: 'day', key: 'to', id: 'reports-to', label: text.to, required: true },
        { kind: 'select', key: 'team', id: 'reports-team', label: text.team, options: teams, all: text.allTeams },
        { kind: 'select', key: 'type', id: 'reports-type', label: text.type, options: types, all: text.allTypes },
      ]}
    />
  )
}
