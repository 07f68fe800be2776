import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest, Where } from 'payload'

import { accessResult } from '@/access/engine'
import { stateLabels } from '@/hooks/workflow/stateLabels'
import { say } from '@/lib/i18n'
import { transactionDb } from '@/lib/rowLock'
import { appTimeZone } from '@/lib/settings'
import { addDays, instantAt } from '@/lib/timeZone'
import { type SQL, whereSql } from '@/lib/whereSql'
import { ticketOwnership } from '../ownership'
import type { ReportQuery } from './query'

type Table = Record<string, unknown>
type Adapter = { tables: Record<string, Table>; tableNameMap: Map<string, string> }
export type Rows = Record<string, unknown>[]

/** Everything a table's query needs: where to read, which rows count, in which language and zone. */
export interface ReportContext {
  run: (query: SQL) => Promise<Rows>
  /** The queries join the request's transaction: one connection, so one query at a time. */
  inTransaction: boolean
  tickets: Table
  /** The database name of a collection's table (`users`, `clients`, `ticket_types`). */
  tableOf: (slug: string) => string
  /** Tickets the caller may read, matching the filters, created in the period. */
  created: SQL
  /** The same tickets, but resolved in the period (whenever they were created). */
  resolved: SQL
  query: ReportQuery
  timeZone: string
  language: 'en' | 'ro'
  defaultLocale: string
  say: (text: { en: string; ro: string }) => string
  stateLabels: Map<string, string>
}

/**
 * The fields the ticket conditions may use: those the row scopes name (ticketOwnership: responsible,
 * reporter, team) and the report's own filters. Any other field in an access rule is refused.
 */
const columnsOf = (tickets: Table) => ({
  id: tickets.id,
  responsible: tickets.responsible,
  reporter: tickets.reporter,
  team: tickets.team,
  type: tickets.type,
  createdAt: tickets.createdAt,
  resolvedAt: tickets.resolvedAt,
})

export async function reportContext(req: PayloadRequest, query: ReportQuery): Promise<ReportContext> {
  const language = req.i18n?.language === 'ro' ? 'ro' : 'en'
  // The tables speak one language, the interface's: localized names and labels are read in it.
  req.locale = language
  const { adapter, db } = await transactionDb(req)
  const { tables, tableNameMap } = adapter as unknown as Adapter
  const tableOf = (slug: string) => {
    const name = slug.replace(/-/g, '_')
    return tableNameMap.get(name) ?? name
  }
  const tickets = tables[tableOf('tickets')]
  const config = req.payload.collections.tickets.config
  // Trash or drafts would need the filters Payload adds for them; tickets have neither.
  if (config.trash || config.versions?.drafts) throw new Error('ticket reports: trash or drafts are not handled')

  const timeZone = await appTimeZone(req)
  const start = instantAt(query.from, '00:00', timeZone).toISOString()
  const end = instantAt(addDays(query.to, 1), '00:00', timeZone).toISOString()
  const access = await accessResult(req, 'tickets', ticketOwnership, 'read')
  const filters: Where[] = [
    ...(access === true || access === false ? [] : [access]),
    ...(query.team ? [{ team: { equals: query.team } }] : []),
    ...(query.type ? [{ type: { equals: query.type } }] : []),
  ]
  const columns = columnsOf(tickets)
  const condition = (field: 'createdAt' | 'resolvedAt') =>
    access === false
      ? sql`false`
      : whereSql(
          columns,
          { and: [...filters, { [field]: { greater_than_equal: start, less_than: end } }] },
          'ticket reports',
        )

  return {
    run: async (statement) => (await db.execute(statement)).rows,
    inTransaction: db !== adapter.drizzle,
    tickets,
    tableOf,
    created: condition('createdAt'),
    resolved: condition('resolvedAt'),
    query,
    timeZone,
    language,
    defaultLocale: String(req.payload.config.localization ? req.payload.config.localization.defaultLocale : language),
    say: (text) => say(language, text),
    stateLabels: await stateLabels(req, 'tickets'),
  }
}

/** A ticket type's name in the report's language, else in the default locale. */
export const typeName = (ctx: ReportContext, typeId: unknown) => {
  const locales = sql.identifier(`${ctx.tableOf('ticket-types')}_locales`)
  return sql`(select l.name from ${locales} l where l._parent_id = ${typeId}
    order by (l._locale::text = ${ctx.language}) desc, (l._locale::text = ${ctx.defaultLocale}) desc limit 1)`
}
