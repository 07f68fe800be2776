'use client'
import { Button } from '@payloadcms/ui'

import { FilterBar, type Option } from '@/components/shared/FilterBar'
import type { Text } from './text'
import { type Filters, NO_FILTERS } from './types'

interface Props {
  filters: Filters
  owners: Option[]
  teams: Option[]
  text: Text
  onChange: (filters: Filters) => void
}

/** Owner, team and the expected-close period; every change reloads the board. */
export function PipelineFilters({ filters, owners, teams, text, onChange }: Props) {
  return (
    <FilterBar
      className="pipeline-filters"
      values={filters}
      onChange={onChange}
      filters={[
        { kind: 'select', key: 'owner', id: 'pipeline-owner', label: text.owner, options: owners, all: text.everyone },
        { kind: 'select', key: 'team', id: 'pipeline-team', label: text.team, options: teams, all: text.allTeams },
        { kind: 'day', key: 'from', id: 'pipeline-from', label: text.from },
        { kind: 'day', key: 'to', id: 'pipeline-to', label: text.to },
      ]}
    >
      <Button
        buttonStyle="secondary"
        size="small"
        margin={false}
        id="pipeline-reset"
        onClick={() => onChange(NO_FILTERS)}
      >
        {text.reset}
      </Button>
    </FilterBar>
  )
}
