/** What `GET /api/opportunities/board` answers; the admin board reads the same types. */

export interface BoardCard {
  id: number
  title: string
  client: { id: number; name: string | null } | null
  owner: { id: number; name: string | null } | null
  value: number | null
  weightedValue: number | null
  /** Currency code (RON, EUR...), null when none is set or the caller cannot read it. */
  currency: string | null
  expectedCloseDate: string | null
}

export interface BoardTotals {
  count: number
  total: number
  weightedTotal: number
}

export interface BoardColumn extends BoardTotals {
  id: number
  value: string
  label: string
  probability: number
  /** What a card dropped here becomes: lost asks for a lost reason. */
  outcome: 'open' | 'won' | 'lost'
  /** The column's currency when all its opportunities share one, else null (see byCurrency). */
  currency: string | null
  byCurrency: (BoardTotals & { currency: string | null })[]
  cards: BoardCard[]
}

export interface BoardAnswer {
  stages: BoardColumn[]
  /** Some column holds more opportunities than the cards sent. */
  truncated: boolean
}
