import type { Payload } from 'payload'
import type { Pool, PoolClient } from 'pg'

/**
 * Keeps a connection that PostgreSQL ends (idle_in_transaction_session_timeout, a restart, a
 * network cut) from taking the process down. pg emits 'error' on such a client, and on the pool
 * for an idle one; Payload's adapter listens on neither, and an 'error' event nobody listens to is
 * an uncaught exception. Logged here; pg-pool drops the broken client when it is released.
 */
export function guardPool(payload: Payload) {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  if (!pool || (pool as Pool & { organizeGuarded?: boolean }).organizeGuarded) return
  ;(pool as Pool & { organizeGuarded?: boolean }).organizeGuarded = true
  const log = (err: Error) => payload.logger.warn({ err, msg: `Database connection lost: ${err.message}` })
  pool.on('error', log)
  pool.on('connect', (client: PoolClient) => client.on('error', log))
  // Clients opened before Payload's onInit (its first connection, schema push) get one too.
  for (const client of (pool as unknown as { _clients?: PoolClient[] })._clients ?? []) client.on('error', log)
}
