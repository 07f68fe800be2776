import { sql } from '@payloadcms/db-postgres'

import { type ReportContext, typeName } from './context'
import type { ReportRow } from './types'

const number = (value: unknown) => (value === null || value === undefined ? null : Number(value))

/**
 * Per ISO week of the period (every week, empty ones too): tickets created that week and tickets
 * resolved that week, weeks counted on the settings' wall clock.
 */
export async function weekly(ctx: ReportContext): Promise<ReportRow[]> {
  const t = ctx.tickets
  const week = (column: unknown) => sql`date_trunc('week', ${column} at time zone ${ctx.timeZone})`
  const rows = await ctx.run(sql`
    with weeks as (
      select generate_series(date_trunc('week', ${ctx.query.from}::timestamp), ${ctx.query.to}::timestamp, interval '1 week') as start
    ),
    created as (select ${week(t.createdAt)} as start, count(*)::int as n from ${t} where ${ctx.created} group by 1),
    resolved as (select ${week(t.resolvedAt)} as start, count(*)::int as n from ${t} where ${ctx.resolved} group by 1)
    select to_char(w.start, 'IYYY-"W"IW') as week, to_char(w.start, 'YYYY-MM-DD') as monday,
      coalesce(c.n, 0) as created, coalesce(r.n, 0) as resolved
    from weeks w left join created c on c.start = w.start left join resolved r on r.start = w.start
    order by w.start`)
  return rows.map((row) => ({
    id: String(row.week),
    week: String(row.week),
    weekStart: String(row.monday),
    created: Number(row.created),
    resolved: Number(row.resolved),
  }))
}

/**
 * Hours from creation to resolution of the tickets resolved in the period: average and 90th
 * percentile (continuous), per type and over all of them.
 */
export async function resolution(ctx: ReportContext): Promise<ReportRow[]> {
  const t = ctx.tickets
  const hours = sql`extract(epoch from (${t.resolvedAt} - ${t.createdAt})) / 3600`
  const rows = await ctx.run(sql`
    select grouping(${t.type}) = 1 as total, ${t.type} as id, ${typeName(ctx, t.type)} as name, count(*)::int as count,
      round(avg(${hours})::numeric, 2) as average,
      round((percentile_cont(0.9) within group (order by ${hours}))::numeric, 2) as p90
    from ${t} where ${ctx.resolved}
    group by grouping sets ((${t.type}), ())
    order by 1, 4 desc, 3`)
  const all = ctx.say({ en: 'All types', ro: 'Toate tipurile' })
  // With no resolved ticket the total line still comes, with no figures.
  return rows.map((row) => ({
    id: row.total ? null : Number(row.id),
    ...(row.total ? { total: true } : {}),
    type: row.total ? all : String(row.name ?? row.id),
    resolved: Number(row.count),
    averageHours: number(row.average),
    p90Hours: number(row.p90),
  }))
}

/**
 * Service-level breaches among the tickets created in the period: resolved after their due date,
 * or still open (not done, not cancelled) with the due date passed. Per type with any breach, and
 * the total (always present). A ticket that is both (resolved late, then reopened) counts once.
 */
export async function slaBreaches(ctx: ReportContext): Promise<ReportRow[]> {
  const t = ctx.tickets
  const late = sql`${t.resolvedAt} > ${t.dueDate}`
  const overdue = sql`${t.statusCategory}::text not in ('done', 'cancelled') and ${t.dueDate} < now()`
  const rows = await ctx.run(sql`
    select grouping(${t.type}) = 1 as total, ${t.type} as id, ${typeName(ctx, t.type)} as name,
      count(*)::int as tickets,
      (count(*) filter (where ${late}))::int as late,
      (count(*) filter (where ${overdue}))::int as overdue,
      (count(*) filter (where (${late}) or (${overdue})))::int as breaches
    from ${t} where ${ctx.created} and ${t.dueDate} is not null
    group by grouping sets ((${t.type}), ())
    having grouping(${t.type}) = 1 or count(*) filter (where (${late}) or (${overdue})) > 0
    order by 1, 7 desc, 3`)
  const total = ctx.say({ en: 'Total', ro: 'Total' })
  return rows.map((row) => ({
    id: row.total ? null : Number(row.id),
    ...(row.total ? { total: true } : {}),
    type: row.total ? total : String(row.name ?? row.id),
    withDueDate: Number(row.tickets),
    resolvedLate: Number(row.late),
    openOverdue: Number(row.overdue),
    breaches: Number(row.breaches),
  }))
}
