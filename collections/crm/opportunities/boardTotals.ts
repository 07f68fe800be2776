import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest, Where } from 'payload'

import { type SQL, whereSql } from '@/lib/whereSql'

type Adapter = {
  drizzle: { execute: (query: SQL) => Promise<{ rows: Record<string, unknown>[] }> }
  tables: Record<string, Record<string, unknown>>
  tableNameMap: Map<string, string>
}

/** Amounts are added up as integer minor units (bani, cents): no float drift over many rows. */
export const toCents = (amount: unknown) => Math.round(Number(amount ?? 0) * 100)
export const fromCents = (cents: number) => cents / 100

interface Totals {
  count: number
  total: number
  weightedTotal: number
}
type StageTotals = Totals & { byCurrency: (Totals & { currency: number | null })[] }

/*
 * Why SQL here: counts and totals must cover every matching row, and a board over hundreds of
 * thousands of opportunities would otherwise page all of them through Payload for each view.
 * One GROUP BY answers in a single round trip. It is safe because the rows it reads are limited by
 * the caller's own access `Where`, the one the collection's read access function returns (the same
 * call Payload makes for find), translated by `whereSql` (src/lib/whereSql.ts) over the columns
 * named below only; it refuses any other field or operator (an error, never a wider query). The
 * cards themselves are read through Payload (board.ts).
 */

/**
 * Count, total and weighted total per stage (and per currency inside each stage) of the rows that
 * the access `Where` and the filters let through. Weighted values are the stored ones, each rounded
 * to cents, so a column's total is the sum of what its cards show.
 */
export async function stageTotals(
  req: PayloadRequest,
  access: true | Where,
  filters: Where[],
): Promise<Map<number, StageTotals>> {
  const config = req.payload.collections.opportunities.config
  // A trash or drafts column would need the filters Payload adds for them; the table has neither.
  if (config.trash || config.versions?.drafts) throw new Error('pipeline board: totals do not handle trash or drafts')
  const adapter = req.payload.db as unknown as Adapter
  const table = adapter.tables[adapter.tableNameMap.get('opportunities') ?? 'opportunities']
  // The fields the row scopes and the board's filters use, and nothing else.
  const columns = {
    owner: table.owner,
    team: table.team,
    stage: table.stage,
    expectedCloseDate: table.expectedCloseDate,
  }
  const where = whereSql(columns, { and: [...(access === true ? [] : [access]), ...filters] }, 'pipeline board totals')
  const { rows } = await adapter.drizzle.execute(sql`
    select ${table.stage} as stage, ${table.currency} as currency, count(*)::bigint as count,
      coalesce(sum(round(coalesce(${table.value}, 0) * 100)), 0)::bigint as total,
      coalesce(sum(round(coalesce(${table.weightedValue}, 0) * 100)), 0)::bigint as weighted
    from ${table} where ${where} group by 1, 2`)

  const inCents = new Map<number, StageTotals>()
  for (const row of rows) {
    const stage = Number(row.stage)
    const part = {
      currency: row.currency === null ? null : Number(row.currency),
      count: Number(row.count),
      total: Number(row.total),
      weightedTotal: Number(row.weighted),
    }
    const sum = inCents.get(stage) ?? { count: 0, total: 0, weightedTotal: 0, byCurrency: [] }
    sum.count += part.count
    sum.total += part.total
    sum.weightedTotal += part.weightedTotal
    sum.byCurrency.push(part)
    inCents.set(stage, sum)
  }
  // Sums stay in cents up to here; units only at the edge.
  const inUnits = <T extends Totals>(sum: T): T => ({
    ...sum,
    total: fromCents(sum.total),
    weightedTotal: fromCents(sum.weightedTotal),
  })
  return new Map(
    [...inCents].map(([stage, sum]) => [stage, { ...inUnits(sum), byCurrency: sum.byCurrency.map(inUnits) }]),
  )
}
