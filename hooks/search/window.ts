import { sql } from '@payloadcms/db-postgres'
import { isolateObjectProperty, type PayloadRequest, type Where } from 'payload'

/*
 * Why a kind's matches are read in two parts. Asked for the newest few matches, PostgreSQL walks
 * the date index from the newest row and stops at the fifth match: instant when matches are spread
 * through the table, but when the reader's share of them is empty (an agent searching a word only
 * other teams' tickets hold) it walks the whole table: 5 s at a million tickets. The trigram index
 * instead costs what the word's matches cost, whoever reads them (0.3–0.9 s for a word in one
 * ticket of eight), too slow for the common case.
 * So: first the newest rows of the table (`searchWindow`), walked in order (bounded: a few ms);
 * only when they hold fewer matches than asked, the older rows with index walks turned off for that
 * one query, so that the trigram index is used. The result is the same page: every older row sorts
 * after the window. Each part runs in its own short transaction holding its plan (`readWith`).
 */

/** Rows in the first part: a walk through them takes a few milliseconds (tests make it small). */
export const searchWindow = { rows: 5_000 }

type Drizzle = { execute: (query: ReturnType<typeof sql>) => Promise<{ rows: Record<string, unknown>[] }> }
interface Adapter {
  drizzle: Drizzle
  sessions?: Record<string, { db: Drizzle }>
  tableNameMap: Map<string, string>
  beginTransaction: () => Promise<number | string | null>
  commitTransaction: (id: number | string) => Promise<void>
  rollbackTransaction: (id: number | string) => Promise<void>
}

export interface Window {
  /** The first part: rows up to the `rows`-th in the sort order. */
  inside: Where
  /** The rest. */
  outside: Where
}

const COLUMN_TYPES = new Set(['date', 'text', 'email', 'number'])
const snake = (name: string) => name.replace(/-/g, '_').replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

/**
 * The window of a kind sorted by one column of its own table (`-createdAt`, `name`), or null when
 * the table holds fewer than `searchWindow.rows` rows (nothing to bound) or the sort is not one column.
 */
export async function windowOf(
  req: PayloadRequest,
  collection: string,
  sort: string | string[],
): Promise<Window | null> {
  if (Array.isArray(sort) || sort.includes('.')) return null
  const descending = sort.startsWith('-')
  const field = descending ? sort.slice(1) : sort
  // A column of the collection's own table: not localized (another table), a plain value.
  const described = req.payload.collections[collection as 'users']?.config.flattenedFields.find((f) => f.name === field)
  if (!described || ('localized' in described && described.localized) || !COLUMN_TYPES.has(described.type)) return null
  const adapter = req.payload.db as unknown as Adapter
  const table = adapter.tableNameMap.get(snake(collection)) ?? snake(collection)
  const column = sql.identifier(snake(field))
  // The `rows`-th value in the sort order, whoever may read that row: an index lookup.
  const { rows } = await adapter.drizzle.execute(
    sql`select ${column} as edge from ${sql.identifier(table)} where ${column} is not null
        order by ${column} ${sql.raw(descending ? 'desc' : 'asc')} offset ${searchWindow.rows - 1} limit 1`,
  )
  if (rows.length === 0) return null
  const value = rows[0].edge
  const edge = value instanceof Date ? value.toISOString() : value
  // A row without a value (none of Payload's timestamps) is left to the second part, not lost.
  const unset = { [field]: { exists: false } }
  return descending
    ? { inside: { [field]: { greater_than_equal: edge } }, outside: { or: [{ [field]: { less_than: edge } }, unset] } }
    : { inside: { [field]: { less_than_equal: edge } }, outside: { or: [{ [field]: { greater_than: edge } }, unset] } }
}

/** How each part is read: the window by walking the sort index; the rest through the trigram indexes. */
export const PLANS = {
  // The walk over the window is bounded; a bitmap of a common word's trigrams is not.
  walk: ['enable_bitmapscan'],
  // Bitmap scans stay allowed: the trigram indexes are only used that way.
  trigrams: ['enable_indexscan', 'enable_indexonlyscan'],
} as const

/**
 * Runs `read` in a short transaction of its own with the plan's other ways turned off for it. The
 * transaction's one connection serves the whole read; nothing else is awaited while it is held.
 */
export async function readWith<T>(
  req: PayloadRequest,
  plan: keyof typeof PLANS,
  read: (req: PayloadRequest) => Promise<T>,
): Promise<T> {
  // Inside a transaction already: a second one would hold a second connection; the plain read.
  if (req.transactionID) return read(req)
  const adapter = req.payload.db as unknown as Adapter
  const id = await adapter.beginTransaction()
  const session = id === null ? undefined : adapter.sessions?.[String(id)]
  if (id === null || !session) return read(req)
  try {
    for (const setting of PLANS[plan]) await session.db.execute(sql.raw(`set local ${setting} = off`))
    // The same request with this transaction as its own (Payload's way of running a part apart).
    const reader = isolateObjectProperty(req, 'transactionID')
    reader.transactionID = id
    const result = await read(reader)
    await adapter.commitTransaction(id)
    return result
  } catch (error) {
    await adapter.rollbackTransaction(id)
    throw error
  }
}
