import { sql } from '@payloadcms/db-postgres'
import type { Where } from 'payload'

export type SQL = ReturnType<typeof sql>

/**
 * The fields a translation may address, each with the SQL it stands for: a drizzle column of the
 * adapter's table (`table.team`) or any SQL expression.
 */
export type ColumnMap = Readonly<Record<string, unknown>>

/*
 * Why this exists: totals and reports count rows with one GROUP BY in SQL instead of paging every
 * document through Payload, yet must count exactly the rows the caller may read. The caller's
 * access `Where` (the one the collection's read access returns) is translated here, together with
 * the endpoint's own filters. Only the fields in the given column map and the operators below are
 * understood; anything else throws, so an access rule this code does not know can never turn into
 * a wider query than Payload would run.
 */

type Operand = string | number | boolean

function scalar(what: string, value: unknown): Operand {
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString()
  throw new Error(`${what}: unsupported value in a query: ${JSON.stringify(value)}`)
}

function items(what: string, values: unknown): Operand[] {
  // Payload also accepts "a,b" for in / not_in.
  const list = typeof values === 'string' ? values.split(',') : values
  if (!Array.isArray(list)) throw new Error(`${what}: "in" and "not_in" need a list`)
  return list.map((value) => scalar(what, value))
}

const listOf = (values: Operand[]) =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )

function truth(what: string, value: unknown): boolean {
  if (value === true || value === 'true') return true
  if (value === false || value === 'false') return false
  throw new Error(`${what}: "exists" needs true or false`)
}

type Build = (what: string, column: unknown, operand: unknown) => SQL

/** Each operator with the meaning Payload's postgres adapter gives it. */
const OPERATORS: Record<string, Build> = {
  equals: (what, column, operand) =>
    operand === null ? sql`${column} is null` : sql`${column} = ${scalar(what, operand)}`,
  in: (what, column, operand) => {
    const values = items(what, operand)
    return values.length === 0 ? sql`false` : sql`${column} in (${listOf(values)})`
  },
  // Payload keeps empty relationships in a not_in (`… or column is null`); so does this.
  not_in: (what, column, operand) => {
    const values = items(what, operand)
    return values.length === 0 ? sql`true` : sql`(${column} not in (${listOf(values)}) or ${column} is null)`
  },
  exists: (what, column, operand) => (truth(what, operand) ? sql`${column} is not null` : sql`${column} is null`),
  greater_than: (what, column, operand) => sql`${column} > ${scalar(what, operand)}`,
  greater_than_equal: (what, column, operand) => sql`${column} >= ${scalar(what, operand)}`,
  less_than: (what, column, operand) => sql`${column} < ${scalar(what, operand)}`,
  less_than_equal: (what, column, operand) => sql`${column} <= ${scalar(what, operand)}`,
}

const joined = (parts: SQL[], glue: 'and' | 'or') =>
  parts.length === 0
    ? glue === 'and'
      ? sql`true`
      : sql`false`
    : sql`(${sql.join(parts, glue === 'and' ? sql` and ` : sql` or `)})`

/**
 * A Payload `Where` as an SQL condition over `columns`. `what` names the caller in error messages.
 * Unknown fields, operators or values throw: the caller answers 500 rather than count too much.
 */
export function whereSql(columns: ColumnMap, where: Where, what = 'whereSql'): SQL {
  const parts: SQL[] = []
  for (const [key, condition] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      if (!Array.isArray(condition)) throw new Error(`${what}: "${key}" needs a list of conditions`)
      parts.push(
        joined(
          condition.map((clause: Where) => whereSql(columns, clause, what)),
          key,
        ),
      )
      continue
    }
    const column = Object.hasOwn(columns, key) ? columns[key] : undefined
    if (!column) throw new Error(`${what}: the field "${key}" is not supported here`)
    if (!condition || typeof condition !== 'object') throw new Error(`${what}: the field "${key}" needs an operator`)
    for (const [operator, operand] of Object.entries(condition)) {
      const build = Object.hasOwn(OPERATORS, operator) ? OPERATORS[operator] : undefined
      if (!build) throw new Error(`${what}: the operator "${operator}" is not supported here`)
      parts.push(build(what, column, operand))
    }
  }
  return joined(parts, 'and')
}
