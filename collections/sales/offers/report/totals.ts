import { fromCents, toCents } from '@/lib/money'
import { amount, money, percent } from './format'
import type { ReportTotals } from './types'

/** What the totals read of a stored line: its VAT rate and its rounded net and VAT. */
export interface TotalsLine {
  vatPercent?: number | null
  net?: number | null
  vat?: number | null
}

/** The totals the server stored with the document (`computeTotals`). */
export interface StoredTotals {
  net?: number | null
  discount?: number | null
  vat?: number | null
  gross?: number | null
}

/**
 * The totals as a quotation prints them, for every document with priced lines (offer, contract).
 * The amounts are the stored ones; the VAT is split by rate from the lines' own rounded amounts, in
 * bani, so the rates add up to the stored VAT exactly as the lines add up to it.
 */
export function reportTotals(lines: TotalsLine[], totals: StoredTotals, currency: string): ReportTotals {
  const byRate = new Map<number, { base: number; vat: number }>()
  for (const line of lines) {
    const rate = Number(line.vatPercent ?? 0)
    const sums = byRate.get(rate) ?? { base: 0, vat: 0 }
    sums.base += toCents(line.net)
    sums.vat += toCents(line.vat)
    byRate.set(rate, sums)
  }
  const discount = toCents(totals.discount)
  return {
    // Every line's net is its quantity × unit price less its discount: together, the lines' worth before it.
    subtotal: money(fromCents(toCents(totals.net) + discount), currency),
    discount: discount === 0 ? null : money(fromCents(-discount), currency),
    net: money(totals.net, currency),
    vatByRate: [...byRate]
      .sort(([a], [b]) => b - a)
      .map(([rate, sums]) => ({
        rate: percent(rate),
        base: amount(fromCents(sums.base)),
        vat: money(fromCents(sums.vat), currency),
      })),
    vat: money(totals.vat, currency),
    gross: money(totals.gross, currency),
  }
}
