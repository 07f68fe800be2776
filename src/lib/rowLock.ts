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
 * How strongly `lockAndRead` locks. `update` (FOR UPDATE) also makes every transaction that inserts
 * a row referencing this one (its foreign-key check takes a key-share lock) wait. `no key update`
 * (FOR NO KEY UPDATE) serialises the lockers alone and lets such inserts through: the choice for a
 * parent whose children are saved meanwhile by transactions that lock their own rows first (the
 * workflow's steps), which would otherwise wait for the parent while holding what the locker needs.
 */
export type LockStrength = 'update' | 'no key update'
const LOCK_CLAUSE: Record<LockStrength, ReturnType<typeof sql.raw>> = {
  update: sql.raw('for update'),
  'no key update': sql.raw('for no key update'),
}

/**
 * Locks one row for the rest of the request's transaction (SELECT ... FOR UPDATE, or as `strength`
 * says) and returns the current value of `column`. A concurrent transaction waits here and then
 * sees the committed value.
 */
export async function lockAndRead(
  req: PayloadRequest,
  collection: string,
  id: number | string,
  column: string,
  strength: LockStrength = 'update',
) {
  const { adapter, db } = await transactionDb(req)
  const snake = collection.replace(/-/g, '_')
  const table = adapter.tableNameMap?.get(snake) ?? snake
  const { rows } = await db.execute(
    sql`select ${sql.identifier(column)} as value from ${sql.identifier(table)} where id = ${id} ${LOCK_CLAUSE[strength]}`,
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
