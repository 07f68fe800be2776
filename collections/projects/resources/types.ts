/** The resources answer (`GET /api/project-resources`), as the view and the form's field read it. */
export interface ResourceWeek {
  /** Monday, `YYYY-MM-DD`. */
  start: string
  /** Sunday. */
  end: string
  workingDays: number
  /** Working hours of one person that week: working days × the working day's hours (Settings → Time). */
  capacity: number
}

export interface ResourceCell {
  /** Planned hours of the activities the person is responsible for, falling in the week. */
  hours: number
  /** hours ÷ capacity, in %; null when the week has no working time. */
  load: number | null
  /** Sum of the person's member allocations % that week, weighted by the working days they cover. */
  allocation: number
  overLoad: boolean
  overAllocation: boolean
  /** Either of the two above 100 %. */
  over: boolean
  /** The activities behind `hours`. */
  activities: number[]
}

export interface ResourcePerson {
  id: number
  name: string | null
  team: number | null
  /** One per week, in the weeks' order. */
  cells: ResourceCell[]
  /** Over in at least one week. */
  over: boolean
}

export interface ResourceOption {
  id: number
  label: string
}

export interface ResourcesAnswer {
  timeZone: string
  /** First Monday and last Sunday of the grid. */
  from: string
  to: string
  hoursPerDay: number
  weeks: ResourceWeek[]
  people: ResourcePerson[]
  /** The teams the caller may read, for the filter. */
  teams: ResourceOption[]
}

/** Above this a cell is over-allocated. */
export const FULL = 100
