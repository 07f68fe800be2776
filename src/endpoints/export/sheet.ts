import { PassThrough, Readable } from 'node:stream'

import ExcelJS from 'exceljs'

export interface SheetColumn {
  key: string
  header: string
  /** Dates are written as Excel dates in this format; numbers as numbers. */
  kind?: 'text' | 'number' | 'date'
  width?: number
}

export type SheetValue = string | number | boolean | Date | null | undefined

/** A safe file name for Content-Disposition (ASCII, no quotes). */
const fileName = (name: string) => `${name.normalize('NFD').replace(/[^\w.-]+/g, '-')}.xlsx`

/**
 * Streams rows into an .xlsx answer with exceljs' `WorkbookWriter`: each row is committed as it is
 * written, so memory stays flat however many rows there are. The header row is frozen and carries
 * filters. `rows` is read lazily (an async generator paging through the database); an error half-way
 * ends the download broken rather than silently short.
 */
export function xlsxResponse(name: string, sheetName: string, columns: SheetColumn[], rows: AsyncIterable<SheetValue[]>): Response {
  const output = new PassThrough()
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false })
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = columns.map((column) => ({
    key: column.key,
    header: column.header,
    width: column.width ?? (column.kind === 'date' ? 18 : column.kind === 'number' ? 14 : 28),
    style: column.kind === 'date' ? { numFmt: 'dd.mm.yyyy hh:mm' } : {},
  }))
  sheet.getRow(1).font = { bold: true }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, columns.length) } }
  const write = async () => {
    for await (const values of rows) sheet.addRow(values).commit()
    sheet.commit()
    await workbook.commit()
  }
  write().catch((error) => output.destroy(error instanceof Error ? error : new Error(String(error))))
  return new Response(Readable.toWeb(output) as ReadableStream, {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="${fileName(name)}"`,
      'cache-control': 'no-store',
    },
  })
}

/** A cell value for a column kind: dates as Date objects (Excel dates), numbers as numbers. */
export function cell(value: unknown, kind: SheetColumn['kind']): SheetValue {
  if (value === null || value === undefined || value === '') return null
  if (kind === 'date') {
    const date = new Date(String(value))
    return Number.isNaN(date.getTime()) ? null : date
  }
  if (kind === 'number') {
    const number = Number(value)
    return Number.isFinite(number) ? number : null
  }
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value
  return String(value)
}
