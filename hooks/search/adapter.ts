import { AsyncLocalStorage } from 'node:async_hooks'

import { index } from '@payloadcms/db-postgres/drizzle/pg-core'
import { sql } from '@payloadcms/db-postgres'
import type { DatabaseAdapterObj, Payload } from 'payload'

import {
  createSearchFunctions,
  SEARCH_EXTENSIONS,
  searchIndexName,
  type SqlRunner,
  UNACCENT_FUNCTION,
  unaccentedMatch,
} from './database'
import type { SearchSource } from './types'
import { searchedFields } from './fields'
import { WORD_START } from './query'

/*
 * How the search reaches the database adapter (@payloadcms/db-postgres 3.90.1), at the three
 * points Payload's adapter offers:
 * - `extensions`: the adapter creates them each time it connects, before the dev push;
 * - `createExtensions`: also creates the IMMUTABLE wrapper, so the push can build indexes on it;
 * - `afterSchemaInit`: each searched column gets its GIN trigram index in the Drizzle schema;
 * - `operators.contains`: inside `ignoringAccents(...)` only, Payload's `contains` compares the
 *   column and the pattern without diacritics (`immutable_unaccent(col) ilike immutable_unaccent(p)`,
 *   database.ts), the expression the indexes hold. Everywhere else `contains` keeps Payload's
 *   meaning. Payload still builds the rest of the query: the caller's access rules, joins, sort.
 * - `operators.like`: always, on text columns. Payload's `like` is what the lists' search box sends
 *   (each word in the field, case ignored); people type "constructii" for "Construcții" there too.
 *   On a searched column the same index serves it.
 */

type Operator = (column: unknown, value: unknown) => unknown
type Table = Record<string, unknown>
interface SchemaHookArgs {
  schema: { tables: Record<string, Table>; relations: unknown; enums: unknown }
  extendTable: (args: { table: Table; extraConfig?: (self: Record<string, unknown>) => object }) => void
}
interface PostgresAdapterLike {
  name: string
  payload: Payload
  drizzle: SqlRunner
  extensions: Record<string, boolean>
  createExtensions: () => Promise<void>
  afterSchemaInit: ((args: SchemaHookArgs) => unknown)[]
  operators: Record<string, Operator>
  tableNameMap: Map<string, string>
}

const accentsIgnored = new AsyncLocalStorage<true>()

/** Runs `work` with Payload's `contains` ignoring diacritics and case (the search's own queries). */
export const ignoringAccents = <T>(work: () => Promise<T>): Promise<T> => accentsIgnored.run(true, work)

/** A varchar or text column: unaccent() takes text; an enum or a number keeps Payload's own comparison. */
const isText = (column: unknown) =>
  ['PgVarchar', 'PgText'].includes((column as { columnType?: string })?.columnType ?? '')

const snake = (slug: string) => slug.replace(/-/g, '_')

/** The searched columns of each table, as the schema hook and the tests need them. */
export function searchedColumns(payload: Payload, sources: SearchSource[]) {
  const db = payload.db as unknown as PostgresAdapterLike
  return sources.flatMap((source) => {
    const tableName = db.tableNameMap.get(snake(source.collection)) ?? snake(source.collection)
    return searchedFields(payload, source).map((field) => ({
      collection: source.collection,
      tableName,
      field: field.field,
      index: searchIndexName(tableName, field.column),
    }))
  })
}

/** Adds a GIN trigram index on `immutable_unaccent(column)` of every searched column. */
const indexSearchedColumns =
  (adapter: PostgresAdapterLike, sources: () => SearchSource[]) =>
  ({ schema, extendTable }: SchemaHookArgs) => {
    const byTable = new Map<string, { field: string; index: string }[]>()
    for (const column of searchedColumns(adapter.payload, sources())) {
      byTable.set(column.tableName, [...(byTable.get(column.tableName) ?? []), column])
    }
    for (const [tableName, columns] of byTable) {
      const table = schema.tables[tableName]
      if (!table) throw new Error(`global search: no table "${tableName}" in the database schema`)
      extendTable({
        table,
        extraConfig: (self) =>
          Object.fromEntries(
            columns.map(({ field, index: name }) => [
              name,
              index(name).using('gin', sql`${sql.raw(UNACCENT_FUNCTION)}(${self[field]}) gin_trgm_ops`),
            ]),
          ),
      })
    }
    return schema
  }

/**
 * The database adapter made ready for the global search: extensions, the unaccent wrapper, the
 * trigram indexes and the accent-blind `contains`. `sources` is read when the schema is built,
 * after every module registered its own.
 */
export function withSearchSupport(db: DatabaseAdapterObj, sources: () => SearchSource[]): DatabaseAdapterObj {
  return {
    ...db,
    init: (args) => {
      const adapter = db.init(args) as unknown as PostgresAdapterLike
      if (adapter.name !== 'postgres') return adapter as never
      for (const extension of SEARCH_EXTENSIONS) adapter.extensions[extension] = true
      const createExtensions = adapter.createExtensions
      adapter.createExtensions = async function (this: PostgresAdapterLike) {
        await createExtensions.call(this)
        try {
          await createSearchFunctions({ db: this.drizzle })
        } catch (error) {
          // As Payload does for extensions it cannot create: said, and the schema push then names what is missing.
          this.payload.logger.error({ err: error, msg: 'global search: could not create its SQL function' })
        }
      }
      adapter.afterSchemaInit = [...adapter.afterSchemaInit, indexSearchedColumns(adapter, sources) as never]
      const { contains, like } = adapter.operators
      adapter.operators = {
        ...adapter.operators,
        contains: (column, value) =>
          accentsIgnored.getStore() ? unaccentedMatch(column, value, WORD_START) : contains(column, value),
        like: (column, value) => (isText(column) ? unaccentedMatch(column, value, WORD_START) : like(column, value)),
      }
      return adapter as never
    },
  }
}
