import { postgresAdapter } from '@payloadcms/db-postgres'

import type { Env } from './env'

/** PostgreSQL at DATABASE_URL (the launcher starts the embedded one when it is unset). */
export const databaseAdapter = (env: Env, migrationDir: string) =>
  postgresAdapter({
    pool: {
      connectionString: env.DATABASE_URL,
      max: env.DB_POOL_MAX,
      // Nothing waits for ever: no free connection within the timeout answers 503 (databaseBusy.ts),
      // and PostgreSQL itself ends runaway statements and transactions left open.
      connectionTimeoutMillis: env.DB_POOL_TIMEOUT_MS,
      statement_timeout: env.DB_STATEMENT_TIMEOUT_MS,
      idle_in_transaction_session_timeout: env.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    },
    push: env.dbPush,
    migrationDir,
  })
