import type { Option } from '@/components/shared/FilterBar'

export type { Option }

/** What the server view loads, with the user's access, for the filters and the lost dialog. */
export interface PipelineOptions {
  owners: Option[]
  teams: Option[]
  lostReasons: Option[]
}

/** The filters as the inputs hold them ('' = not set); the endpoint validates them. */
export interface Filters {
  owner: string
  team: string
  from: string
  to: string
}

export const NO_FILTERS: Filters = { owner: '', team: '', from: '', to: '' }
