import { sql } from '@payloadcms/db-postgres'

import { type ReportContext, typeName } from './context'
import type { ReportRow } from './types'

/*
 * Tickets created in the period, counted by one attribute. Names come from a join on the counted
 * tickets only, so a person, type or client appears only beside tickets the caller may read.
 */

const count = (value: unknown) => Number(value ?? 0)

/** By workflow state, in the flow's order (states of other flows after, by their key). */
export async function byState(ctx: ReportContext): Promise<ReportRow[]> {
  const t = ctx.tickets
  const rows = await ctx.run(
    sql`select ${t.status} as key, count(*)::int as count from ${t} where ${ctx.created} group by 1`,
  )
  const order = [...ctx.stateLabels.keys()]
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length)
  return rows
    .map((row) => ({ key: row.key === null ? '' : String(row.key), count: count(row.count) }))
    .sort((a, b) => rank(a.key) - rank(b.key) || a.key.localeCompare(b.key))
    .map(({ key, count }) => ({ id: key || null, state: ctx.stateLabels.get(key) ?? (key || '—'), count }))
}

export async function byType(ctx: ReportContext): Promise<ReportRow[]> {
  const t = ctx.tickets
  const rows = await ctx.run(sql`
    select ${t.type} as id, ${typeName(ctx, t.type)} as name, count(*)::int as count
    from ${t} where ${ctx.created} group by 1 order by 3 desc, 2`)
  return rows.map((row) => ({ id: Number(row.id), type: String(row.name ?? row.id), count: count(row.count) }))
}

export async function byResponsible(ctx: ReportContext): Promise<ReportRow[]> {
  const t = ctx.tickets
  const users = sql.identifier(ctx.tableOf('users'))
  const rows = await ctx.run(sql`
    select ${t.responsible} as id, u.name as name, count(*)::int as count
    from ${t} left join ${users} u on u.id = ${t.responsible}
    where ${ctx.created} group by 1, 2 order by 3 desc, 2 nulls last`)
  const unassigned = ctx.say({ en: 'Unassigned', ro: 'Nealocat' })
  return rows.map((row) => ({
    id: row.id === null ? null : Number(row.id),
    responsible: row.id === null ? unassigned : String(row.name ?? row.id),
    count: count(row.count),
  }))
}

/** The clients with the most tickets (tickets without a client are not a client). */
export const TOP_CLIENTS = 50

export async function byClient(ctx: ReportContext): Promise<ReportRow[]> {
  const t = ctx.tickets
  const clients = sql.identifier(ctx.tableOf('clients'))
  const rows = await ctx.run(sql`
    select ${t.client} as id, c.name as name, count(*)::int as count
    from ${t} join ${clients} c on c.id = ${t.client}
    where ${ctx.created} group by 1, 2 order by 3 desc, 2, 1 limit ${TOP_CLIENTS}`)
  return rows.map((row) => ({ id: Number(row.id), client: String(row.name), count: count(row.count) }))
}
