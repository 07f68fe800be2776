import type { Option } from '@/components/shared/FilterBar'

export type { Option }

/** What the server component hands the reports client: the filters' choices and the default period. */
export interface ReportOptions {
  teams: Option[]
  types: Option[]
  /** The last 90 days, today included, as days of the settings' time zone. */
  from: string
  to: string
}

export interface ReportFilters {
  from: string
  to: string
  team: string
  type: string
}
