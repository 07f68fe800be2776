import type { Endpoint } from 'payload'

import { hasFunction, requireSession } from '@/access/engine'
import { refuse } from '@/lib/errors'
import { cell, xlsxResponse } from '@/hooks/export/sheet'
import { reportContext } from './context'
import { reportQuery } from './query'
import { reportTable } from './tables'
import { type ReportAnswer, REPORT_TABLES, type ReportTable } from './types'

/** The rows of a table as spreadsheet lines, in column order. */
async function* sheetRows(table: ReportTable) {
  for (const row of table.rows) yield table.columns.map((column) => cell(row[column.key], column.kind))
}

/**
 * `GET /api/tickets/reports?from=YYYY-MM-DD&to=YYYY-MM-DD[&team=<id>][&type=<id>]` (R28): the
 * support reports over the tickets the caller may read, created (or, for resolution figures,
 * resolved) in the period, days counted in the settings' time zone. Each table is one SQL query.
 * `&format=xlsx&table=<name>` downloads one table as .xlsx. Needs the `reports` function of a role.
 */
export const ticketReportsEndpoint: Endpoint = {
  path: '/reports',
  method: 'get',
  handler: async (req) => {
    requireSession(req)
    if (!(await hasFunction(req, 'reports'))) {
      throw refuse(req, 403, {
        en: 'Reports need the "reports" function of a role.',
        ro: 'Rapoartele necesită funcția „Rapoarte” a unui rol.',
      })
    }
    const query = reportQuery(req)
    const ctx = await reportContext(req, query)
    if (query.xlsx) {
      const table = await reportTable(ctx, query.xlsx)
      return xlsxResponse(
        `${table.title}-${query.from}-${query.to}`,
        table.title,
        table.columns.map((c) => ({ key: c.key, header: c.label, kind: c.kind })),
        sheetRows(table),
      )
    }
    // On the pool the tables are counted side by side; inside a transaction, one after another.
    const tables: ReportTable[] = []
    if (ctx.inTransaction) for (const name of REPORT_TABLES) tables.push(await reportTable(ctx, name))
    else tables.push(...(await Promise.all(REPORT_TABLES.map((name) => reportTable(ctx, name)))))
    const answer: ReportAnswer = {
      from: query.from,
      to: query.to,
      timeZone: ctx.timeZone,
      tables: Object.fromEntries(REPORT_TABLES.map((name, index) => [name, tables[index]])) as ReportAnswer['tables'],
    }
    return Response.json(answer, { headers: { 'cache-control': 'no-store' } })
  },
}
