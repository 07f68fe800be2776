/**
 * Money in integer minor units (bani, cents): amounts are turned into cents once, computed and
 * rounded there (half away from zero, as Romanian invoicing does), and turned back at the edge.
 */
export const toCents = (amount: unknown) => Math.round(Number(amount ?? 0) * 100)
export const fromCents = (cents: number) => cents / 100

/** Rounds half away from zero (Math.round rounds -0.5 up). */
const roundHalfAway = (value: number) => Math.sign(value) * Math.round(Math.abs(value))

export interface LineInput {
  quantity: number
  unitPrice: number
  discountPercent?: number | null
  vatPercent?: number | null
}

export interface LineAmounts {
  /** Before the discount. */
  base: number
  discount: number
  net: number
  vat: number
  gross: number
}

/**
 * One offer line, in cents: quantity × unit price, minus the discount, plus VAT on what remains.
 * Quantities may have up to three decimals (hours, metres); they are scaled to integers first.
 */
export function lineCents({ quantity, unitPrice, discountPercent, vatPercent }: LineInput): LineAmounts {
  const quantityMilli = Math.round(quantity * 1000)
  const base = roundHalfAway((toCents(unitPrice) * quantityMilli) / 1000)
  const discount = roundHalfAway((base * Number(discountPercent ?? 0)) / 100)
  const net = base - discount
  const vat = roundHalfAway((net * Number(vatPercent ?? 0)) / 100)
  return { base, discount, net, vat, gross: net + vat }
}

/** The document's totals: the sums of its lines' rounded amounts, so lines always add up. */
export function totalCents(lines: LineAmounts[]) {
  return lines.reduce(
    (sum, line) => ({
      net: sum.net + line.net,
      discount: sum.discount + line.discount,
      vat: sum.vat + line.vat,
      gross: sum.gross + line.gross,
    }),
    { net: 0, discount: 0, vat: 0, gross: 0 },
  )
}

const moneyFormats = new Map<string, (amount: number) => string>()
const plainAmount = new Intl.NumberFormat('ro-RO', { minimumFractionDigits: 2, maximumFractionDigits: 2 })

// ICU may group with a narrow no-break space (which the PDF font has no glyph for); one kind of
// space reads (and tests) the same everywhere.
const oneSpace = (text: string) => text.replace(/\u202f/g, '\u00a0')

/** An amount without its currency, the Romanian way (1.234,56), for a column whose currency is written once. */
export const formatAmount = (amount: number): string => oneSpace(plainAmount.format(amount))

/**
 * An amount the Romanian way whatever the interface language (1.234,56 RON), as the offer report
 * writes it; a code Intl does not know is written after the number.
 */
export function formatMoney(amount: number, currency = 'RON'): string {
  let format = moneyFormats.get(currency)
  if (!format) {
    try {
      const intl = new Intl.NumberFormat('ro-RO', { style: 'currency', currency })
      format = (value) => intl.format(value)
    } catch {
      format = (value) => `${plainAmount.format(value)}\u00a0${currency}`
    }
    moneyFormats.set(currency, format)
  }
  return oneSpace(format(amount))
}
