/** The timesheet answer (`GET /api/time-entries/timesheet`), as the page reads it. */
export interface TimesheetDay {
  /** `YYYY-MM-DD`, Monday first. */
  day: string
  /** Saturday or Sunday. */
  weekend: boolean
  /** The public holiday's name (Settings → Time), null on other days. */
  holiday: string | null
  /** A working day of the company's calendar (not a weekend day off, not a holiday). */
  working: boolean
  /** Today in the application's time zone. */
  today: boolean
}

export interface TimesheetCell {
  /** The sum of the person's entries on the activity that day; 0 when none. */
  hours: number
  /**
   * Those entries' ids: none, the one the cell edits, or several (then the cell only shows their
   * sum; they are changed on the project's Time tab).
   */
  entries: number[]
}

export interface TimesheetRow {
  activity: {
    id: number
    /** Null when the caller may not read the activity (only their entry on it). */
    title: string | null
    status: string | null
    statusCategory: string | null
  }
  project: { id: number; number: string | null; name: string | null } | null
  /** `PR-2037-0001 Name › Activity title`. */
  label: string
  /** The person is responsible for it or assigned to it (else it is here for its entries that week). */
  assigned: boolean
  /** One per day of the week, Monday first. */
  cells: TimesheetCell[]
  total: number
}

export interface TimesheetPerson {
  id: number
  name: string | null
}

export interface TimesheetAnswer {
  person: TimesheetPerson
  /** The caller. */
  me: number
  /** ISO week `YYYY-Www`. */
  week: string
  /** Monday and Sunday. */
  from: string
  to: string
  /** The Mondays of the weeks before and after. */
  previous: string
  next: string
  today: string
  timeZone: string
  days: TimesheetDay[]
  rows: TimesheetRow[]
  totals: { days: number[]; week: number }
  /** Whether the caller enters time for this person (their own, or as the team's manager). */
  editable: boolean
  /** Whom the caller may pick (themselves first); only themselves for those who read their own time only. */
  people: TimesheetPerson[]
}
