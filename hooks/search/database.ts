import { sql } from '@payloadcms/db-postgres'

/*
 * What the global search needs in PostgreSQL beyond the tables Payload describes:
 * - the `unaccent` and `pg_trgm` extensions (both trusted: a database owner may create them);
 * - `immutable_unaccent(text)`, unaccent() with its dictionary fixed, so that PostgreSQL may use it
 *   in an index (unaccent() itself is only STABLE: it reads the dictionary named at run time);
 * - a GIN trigram index on `immutable_unaccent(<column>)` of each searched column, declared in the
 *   Drizzle schema (search/schema.ts), so that the dev push and `migrate:create` make them like any
 *   other index.
 * The extensions and the function are made here: when Payload connects (before the dev push, and
 * before production migrations) and by the migration that first adds the indexes, which calls
 * `createSearchFunctions` before its CREATE INDEX statements.
 */

export const SEARCH_EXTENSIONS = ['unaccent', 'pg_trgm'] as const

/** The name the indexes and the queries use. Changing it means a migration rebuilding the indexes. */
export const UNACCENT_FUNCTION = 'immutable_unaccent'

type Rows = { rows: Record<string, unknown>[] }
/** A Drizzle database or transaction (a migration's `db`, the adapter's `drizzle`). */
export interface SqlRunner {
  execute: (query: ReturnType<typeof sql>) => Promise<Rows | unknown>
}

const rowsOf = (result: unknown) => (result as Rows).rows ?? []

/** The function's body: unaccent with the dictionary of the schema the extension is installed in. */
const functionBody = (schema: string) => {
  const quoted = `"${schema.replace(/"/g, '""')}"`
  return `select ${quoted}.unaccent('${quoted}.unaccent'::regdictionary, $1)`
}

/**
 * Creates the extensions and the IMMUTABLE wrapper when they are missing; does nothing when they
 * are there (so instances starting together do not rewrite the function under each other).
 * Idempotent: the body of a migration's `up`, and what runs at each connection.
 */
export async function createSearchFunctions({ db }: { db: SqlRunner }) {
  for (const extension of SEARCH_EXTENSIONS) {
    await db.execute(sql.raw(`create extension if not exists ${extension}`))
  }
  const installed = rowsOf(
    await db.execute(sql`select n.nspname as schema from pg_extension e
      join pg_namespace n on n.oid = e.extnamespace where e.extname = 'unaccent'`),
  )
  const body = functionBody(String(installed[0]?.schema ?? 'public'))
  const existing = rowsOf(
    await db.execute(sql`select p.prosrc as body from pg_proc p
      where p.proname = ${UNACCENT_FUNCTION} and p.pronamespace = to_regnamespace(current_schema())`),
  )
  if (existing.some((row) => String(row.body).trim() === body)) return
  await db.execute(
    sql.raw(`create or replace function ${UNACCENT_FUNCTION}(text) returns text
      language sql immutable parallel safe strict
      as $search$ ${body} $search$`),
  )
}

/**
 * The body of a migration's `down`: drops the wrapper (and the indexes built on it). The
 * extensions stay: other objects of the database may use them.
 */
export async function dropSearchFunctions({ db }: { db: SqlRunner }) {
  await db.execute(sql.raw(`drop function if exists ${UNACCENT_FUNCTION}(text) cascade`))
}

const unaccented = (value: unknown) => sql`${sql.raw(UNACCENT_FUNCTION)}(${value})`

/**
 * The search condition on one column, from the pattern Payload's `contains` hands over
 * (`%<pattern>%`, query.ts's `patternOf` inside): the column's text without diacritics contains it,
 * case ignored; or, for a pattern marked `wordStart`, one of its words starts with it (the field's
 * start, or after a space), both of which the trigram index serves.
 */
export function unaccentedMatch(column: unknown, value: unknown, wordStart: string) {
  const pattern = String(value)
  const inner = pattern.startsWith('%') && pattern.endsWith('%') ? pattern.slice(1, -1) : pattern
  if (!inner.startsWith(wordStart)) return sql`${unaccented(column)} ilike ${unaccented(pattern)}`
  const start = inner.slice(wordStart.length)
  return sql`(${unaccented(column)} ilike ${unaccented(`${start}%`)} or ${unaccented(column)} ilike ${unaccented(`% ${start}%`)})`
}

/** A column's search index name, within PostgreSQL's 63 characters. */
export const searchIndexName = (table: string, column: string) => {
  const name = `${table}_${column}_search_idx`
  return name.length <= 63 ? name : `${name.slice(0, 50)}_${hash(name)}_idx`
}

const hash = (text: string) => {
  let value = 0
  for (const char of text) value = (value * 31 + char.charCodeAt(0)) >>> 0
  return value.toString(36).slice(0, 8)
}
