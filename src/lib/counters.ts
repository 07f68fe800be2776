import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { transactionDb } from './rowLock'
import { appTimeZone } from './settings'
import { dayIn } from './timeZone'

/**
 * The next value of a named counter (`offer:2026` → 1, 2, 3...), kept in the `counters` table and
 * taken in the request's transaction: concurrent requests queue on the row, and a request that
 * fails gives its number back with the rollback, so numbers have no gaps and no duplicates.
 */
export async function nextCounterValue(req: PayloadRequest, key: string): Promise<number> {
  const { adapter, db } = await transactionDb(req)
  const table = adapter.tableNameMap?.get('counters') ?? 'counters'
  const { rows } = await db.execute(sql`
    insert into ${sql.identifier(table)} (key, value, updated_at, created_at) values (${key}, 1, now(), now())
    on conflict (key) do update set value = ${sql.identifier(table)}.value + 1, updated_at = now()
    returning value`)
  return Number(rows[0].value)
}

/**
 * `PREFIX-YEAR-0007`: the next number of a kind (offer, contract, project) for the year `at` falls
 * in, counted in the settings' time zone: at 00:30 on 1 January in Bucharest it is already the new
 * year, though not yet in UTC.
 */
export async function yearlyNumber(req: PayloadRequest, kind: string, prefix: string, at = new Date()) {
  const year = dayIn(at, await appTimeZone(req)).slice(0, 4)
  const sequence = await nextCounterValue(req, `${kind}:${prefix}:${year}`)
  return `${prefix}-${year}-${String(sequence).padStart(4, '0')}`
}
