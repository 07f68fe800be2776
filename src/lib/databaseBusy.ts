import type { AfterErrorHook } from 'payload'

import { say, t } from './i18n'

/**
 * Errors that say "the database cannot serve this request right now", not "the request is wrong":
 * no pooled connection within DB_POOL_TIMEOUT_MS (pg-pool), a statement cut by statement_timeout
 * (57014), a connection ended by idle_in_transaction_session_timeout (25P03) or lost.
 * Drizzle and Payload wrap them (`cause`, "cannot begin transaction: …"), so the chain is walked.
 */
const BUSY_MESSAGES = [
  'timeout exceeded when trying to connect',
  'Connection terminated',
  'not queryable',
  'idle-in-transaction timeout',
]
const BUSY_CODES = new Set(['57014', '25P03', '57P01', 'ECONNREFUSED', 'ECONNRESET'])

export function isDatabaseBusy(error: unknown): boolean {
  for (
    let e = error, depth = 0;
    e && typeof e === 'object' && depth < 5;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    const { code, message } = e as { code?: unknown; message?: unknown }
    if (typeof code === 'string' && BUSY_CODES.has(code)) return true
    if (typeof message === 'string' && BUSY_MESSAGES.some((m) => message.includes(m))) return true
  }
  return false
}

const BUSY = t(
  'The server is too busy to answer right now. Please try again in a moment.',
  'Serverul este prea ocupat pentru a răspunde acum. Încercați din nou peste câteva momente.',
)

/**
 * Root `afterError` hook: a busy or unreachable database answers 503 with a readable message
 * (instead of 500 "Something went wrong."), so clients and load balancers know to retry.
 */
export const databaseBusyAfterError: AfterErrorHook = ({ error, graphqlResult, req }) => {
  if (!isDatabaseBusy(error)) return
  const message = say(req?.i18n?.language, BUSY)
  if (graphqlResult) return { graphqlResult: { ...graphqlResult, message } }
  return { status: 503, response: { errors: [{ name: 'DatabaseBusy', message }] } }
}
