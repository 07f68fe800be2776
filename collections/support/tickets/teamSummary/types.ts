/** What `GET /api/tickets/team-summary` answers; the support team view reads the same types. */

/** Tickets still being worked on, by state category, and how many of them are past due. */
export interface WorkCounts {
  open: number
  active: number
  waiting: number
  overdue: number
  total: number
}

export interface PersonLoad {
  /** Null for the tickets nobody is responsible for yet. */
  person: { id: number; name: string | null } | null
  counts: WorkCounts
}

export interface TeamLoad {
  /** Null for tickets filed under no team. */
  team: { id: number; name: string | null } | null
  counts: WorkCounts
  people: PersonLoad[]
}

export interface UnassignedTicket {
  id: number
  number: string | null
  title: string
  client: string | null
  type: string | null
  priority: string | null
  team: string | null
  dueDate: string | null
  overdue: boolean
  createdAt: string
}

export interface ActionToValidate {
  id: number
  title: string
  ticket: { id: number; number: string | null; title: string | null } | null
  responsible: { id: number; name: string | null } | null
  doneAt: string | null
  result: string | null
}

export interface Queue<Row> {
  total: number
  rows: Row[]
}

export interface TeamSummaryAnswer {
  timeZone: string
  teams: TeamLoad[]
  /** More open tickets than the summary counts: the counts cover the first ones only. */
  truncated: boolean
  unassigned: Queue<UnassignedTicket>
  awaitingValidation: Queue<ActionToValidate>
  /** Who the caller may pick as responsible: active support people of the caller's team (everyone's for administrators). */
  people: { id: number; name: string }[]
}
