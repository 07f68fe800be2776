import { PassThrough, Readable } from 'node:stream'

import ExcelJS from 'exceljs'

import { DEFAULT_TIME_ZONE, dayIn, isDay, timeIn } from '@/lib/timeZone'

export interface SheetColumn {
  key: string
  header: string
  /** Dates (with their time) and days are written as Excel dates, in local wall time; numbers as numbers. */
  kind?: 'text' | 'number' | 'date' | 'day'
  width?: number
}

const FORMATS = { date: 'dd.mm.yyyy hh:mm', day: 'dd.mm.yyyy' } as const

export type SheetValue = string | number | boolean | Date | null | undefined

/** A safe file name for Content-Disposition (ASCII, no quotes): letters keep their base (ă → a, ț → t). */
const fileName = (name: string) =>
  `${name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\w.-]+/g, '-')}.xlsx`

/**
 * Streams rows into an .xlsx answer with exceljs' `WorkbookWriter`: each row is committed as it is
 * written, so memory stays flat however many rows there are. The header row is frozen and carries
 * filters. `rows` is read lazily (an async generator paging through the database); an error half-way
 * ends the download broken rather than silently short.
 */
export function xlsxResponse(
  name: string,
  sheetName: string,
  columns: SheetColumn[],
  rows: AsyncIterable<SheetValue[]>,
): Response {
  const output = new PassThrough()
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false })
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = columns.map((column) => ({
    key: column.key,
    header: column.header,
    width:
      column.width ?? (column.kind === 'date' ? 18 : column.kind === 'day' ? 12 : column.kind === 'number' ? 14 : 28),
    style: column.kind === 'date' || column.kind === 'day' ? { numFmt: FORMATS[column.kind] } : {},
  }))
  sheet.getRow(1).font = { bold: true }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, columns.length) } }
  const write = async () => {
    for await (const values of rows) sheet.addRow(values.map(inertText)).commit()
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

/**
 * Text that Excel (or LibreOffice) would read as a formula once someone edits the cell starts with
 * a single quote, as OWASP's CSV-injection advice says: `=1+1` is written `'=1+1`. Every text cell
 * of every export goes through here.
 */
export function inertText(value: SheetValue): SheetValue {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

/**
 * An instant as an Excel date. Excel knows no time zones: the cell holds the wall-clock time, so
 * the Date handed to exceljs carries in its UTC fields what the zone's clock showed. A day
 * (`YYYY-MM-DD`) is that day.
 */
function excelDate(value: unknown, kind: 'date' | 'day', timeZone: string): Date | null {
  const text = value instanceof Date ? value.toISOString() : String(value)
  if (isDay(text)) return new Date(`${text}T00:00:00Z`)
  const instant = new Date(text)
  if (Number.isNaN(instant.getTime())) return null
  return new Date(`${dayIn(instant, timeZone)}T${kind === 'day' ? '00:00' : timeIn(instant, timeZone)}:00Z`)
}

/**
 * A cell value for a column kind: dates and days as Excel dates in the time zone's wall time,
 * numbers as numbers.
 */
export function cell(value: unknown, kind: SheetColumn['kind'], timeZone: string = DEFAULT_TIME_ZONE): SheetValue {
  if (value === null || value === undefined || value === '') return null
  if (kind === 'date' || kind === 'day') return excelDate(value, kind, timeZone)
  if (kind === 'number') {
    const number = Number(value)
    return Number.isFinite(number) ? number : null
  }
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value
  return String(value)
}
