import { formatAmount, formatMoney } from '@/lib/money'
import { dayIn, daysBetween } from '@/lib/timeZone'

/**
 * How the report writes dates, money and quantities: the Romanian way whatever the reader's
 * language (the offer is a Romanian commercial document): 31.12.2026, 1.234,50 RON.
 */

/** dd.MM.yyyy of the day an instant falls on in the time zone; '' when there is no date. */
export function reportDate(value: unknown, timeZone: string): string {
  const day = dayOf(value, timeZone)
  if (!day) return ''
  const [year, month, date] = day.split('-')
  return `${date}.${month}.${year}`
}

/** Whole days from the issue date to the end of validity, counted on the calendar. */
export function validityDays(issueDate: unknown, validUntil: unknown, timeZone: string): number | null {
  const from = dayOf(issueDate, timeZone)
  const to = dayOf(validUntil, timeZone)
  return from && to ? daysBetween(from, to) : null
}

function dayOf(value: unknown, timeZone: string): string | null {
  if (typeof value !== 'string' && !(value instanceof Date)) return null
  const instant = new Date(value)
  return Number.isNaN(instant.getTime()) ? null : dayIn(instant, timeZone)
}

// ICU may separate with a narrow no-break space, which the PDF font has no glyph for.
const printable = (text: string) => text.replace(/\u202f/g, '\u00a0')

/** An amount in the offer's currency; a code Intl does not know is written after the number. */
export const money = (value: unknown, currency: string) => formatMoney(Number(value ?? 0), currency)

/** An amount without its currency (1.250,00), for a table whose currency is written once above it. */
export const amount = (value: unknown) => formatAmount(Number(value ?? 0))

const quantityFormat = new Intl.NumberFormat('ro-RO', { maximumFractionDigits: 3 })
const percentFormat = new Intl.NumberFormat('ro-RO', { style: 'percent', maximumFractionDigits: 2 })

export const quantity = (value: unknown) => printable(quantityFormat.format(Number(value ?? 0)))

/** The offer stores percentages as written (19 for 19 %); Intl wants the fraction. */
export const percent = (value: unknown) => printable(percentFormat.format(Number(value ?? 0) / 100))
