'use client'
import { SetStepNav, useConfig, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { FilterBar } from '@/components/shared/FilterBar'
import { apiBase } from '@/components/shared/request'
import { styles } from '@/components/shared/styles'
import { useApiResource } from '@/components/shared/useApiResource'
import { dayIn } from '@/lib/timeZone'
import type { ResourcesAnswer } from '../types'
import { LoadGrid } from './LoadGrid'
import { textFor } from './text'

// The empty choice is the default of 12 weeks.
const WEEK_CHOICES = [4, 8, 26, 52]

/** The filters (first week, how many, team) above the people × weeks grid; every change reloads it. */
export function ResourcesBoard() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const text = textFor(i18n.language)
  const [filters, setFilters] = useState(() => ({
    from: dayIn(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone),
    weeks: '',
    team: '',
  }))
  const query = new URLSearchParams({ weeks: filters.weeks || '12', locale: i18n.language })
  if (filters.from) query.set('from', filters.from)
  if (filters.team) query.set('team', filters.team)
  const { data, error, loading } = useApiResource<ResourcesAnswer>(
    `${apiBase(config)}/project-resources?${query}`,
    [],
    { unreachable: text.unreachable },
  )

  return (
    <div className="resources" data-loading={loading ? 'true' : 'false'}>
      <SetStepNav nav={[{ label: text.title }]} />
      <h1>{text.title}</h1>
      <p style={styles.notice}>{text.intro}</p>
      <FilterBar
        className="resources-filters"
        values={filters}
        onChange={setFilters}
        filters={[
          { kind: 'day', key: 'from', id: 'resources-from', label: text.from },
          {
            kind: 'select',
            key: 'weeks',
            id: 'resources-weeks',
            label: text.weeks,
            options: WEEK_CHOICES.map((n) => ({ id: n, label: String(n) })),
            all: '12',
          },
          {
            kind: 'select',
            key: 'team',
            id: 'resources-team',
            label: text.team,
            options: data?.teams ?? [],
            all: text.allTeams,
          },
        ]}
      />
      {error && (
        <p className="resources-error" role="alert" style={styles.error}>
          {error}
        </p>
      )}
      {data === null ? (
        !error && <p style={styles.notice}>{text.loading}</p>
      ) : (
        <LoadGrid answer={data} text={text} adminRoute={config.routes.admin} language={i18n.language} />
      )}
    </div>
  )
}
