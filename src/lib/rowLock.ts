import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

type Adapter = {
  drizzle: { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }
  sessions?: Record<string, { db: Adapter['drizzle'] }>
  tableNameMap?: Map<string, string>
}

/**
 * Locks one row for the rest of the request's transaction (SELECT ... FOR UPDATE) and returns the
 * current value of `column`. A concurrent transaction waits here and then sees the committed value.
 */
export async function lockAndRead(req: PayloadRequest, collection: string, id: number | string, column: string) {
  const adapter = req.payload.db as unknown as Adapter
  const transactionID = await req.transactionID
  const db = (transactionID && adapter.sessions?.[String(transactionID)]?.db) || adapter.drizzle
  const snake = collection.replace(/-/g, '_')
  const table = adapter.tableNameMap?.get(snake) ?? snake
  const { rows } = await db.execute(
    sql`select ${sql.identifier(column)} as value from ${sql.identifier(table)} where id = ${id} for update`,
  )
  return rows[0] ? (rows[0].value as string | null) : undefined
}
