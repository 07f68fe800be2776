import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

type Adapter = {
  drizzle: { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }
  sessions?: Record<string, { db: Adapter['drizzle'] }>
  tableNameMap?: Map<string, string>
}

/** The connection running the request's transaction (or the pool when there is none). */
export async function transactionDb(req: PayloadRequest) {
  const adapter = req.payload.db as unknown as Adapter
  const transactionID = await req.transactionID
  return { adapter, db: (transactionID && adapter.sessions?.[String(transactionID)]?.db) || adapter.drizzle }
}

/**
 * Locks one row for the rest of the request's transaction (SELECT ... FOR UPDATE) and returns the
 * current value of `column`. A concurrent transaction waits here and then sees the committed value.
 */
export async function lockAndRead(req: PayloadRequest, collection: string, id: number | string, column: string) {
  const { adapter, db } = await transactionDb(req)
  const snake = collection.replace(/-/g, '_')
  const table = adapter.tableNameMap?.get(snake) ?? snake
  const { rows } = await db.execute(
    sql`select ${sql.identifier(column)} as value from ${sql.identifier(table)} where id = ${id} for update`,
  )
  return rows[0] ? (rows[0].value as string | null) : undefined
}

/**
 * Serialises transactions that check-then-write the same key (e.g. "no other client has this
 * fiscal code"): the lock is held until the request's transaction ends.
 */
export async function lockKey(req: PayloadRequest, key: string) {
  const { db } = await transactionDb(req)
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`)
}
