import { idOf, idTextOf } from '@/lib/ids'
import { formatMoney, fromCents, type LineAmounts, lineCents } from '@/lib/money'

/**
 * What the lines' form does with its values, without React: what picking a product fills in, a
 * line's amounts as the form holds it and the text summarising a line. Offers, contracts and
 * amendments share it (their lines come from `linesAndTotals`).
 */

/** The product fields a line takes over (`GET /api/products/:id?depth=0`). */
export interface CatalogProduct {
  id: number | string
  name?: string | null
  listPrice?: number | null
  unit?: unknown
  vatRate?: unknown
}

/** A line as the form holds it: numbers may be '' or null while being typed. */
export interface FormLine {
  product?: unknown
  description?: string | null
  quantity?: unknown
  unit?: unknown
  unitPrice?: unknown
  discountPercent?: unknown
  vatRate?: unknown
}

export interface LineFill {
  unitPrice?: number
  unit?: number | string
  vatRate?: number | string
  description?: string
}

/**
 * The values a newly picked product writes into its line: its price, unit and VAT rate (what the
 * product has; nothing is erased), and its name as the description unless the person wrote their
 * own (the previous product's name counts as not their own).
 */
export function productFill(product: CatalogProduct, line: FormLine, previous?: CatalogProduct | null): LineFill {
  const fill: LineFill = {}
  if (typeof product.listPrice === 'number') fill.unitPrice = product.listPrice
  const unit = idOf(product.unit)
  if (unit !== null) fill.unit = unit
  const vatRate = idOf(product.vatRate)
  if (vatRate !== null) fill.vatRate = vatRate
  const written = (line.description ?? '').trim()
  if (product.name && (!written || written === (previous?.name ?? '').trim())) fill.description = product.name
  return fill
}

/** A number the form holds ('' or null while being typed) as a number, or null. */
export const numberOf = (value: unknown): number | null =>
  value === null || value === undefined || value === '' || Number.isNaN(Number(value)) ? null : Number(value)

/**
 * A line's amounts in minor units as the form stands, computed as the server will (lineCents);
 * `vatPercent` is the VAT rate's percent, `listPrice` stands in for an empty price (as on the server).
 */
export function formLineCents(line: FormLine, vatPercent: number, listPrice?: number | null): LineAmounts {
  return lineCents({
    quantity: numberOf(line.quantity) ?? 0,
    unitPrice: numberOf(line.unitPrice) ?? listPrice ?? 0,
    discountPercent: numberOf(line.discountPercent) ?? 0,
    vatPercent,
  })
}

/** The lines of a form's flattened state (`lines.<n>.<field>`), as `FormLine`s. */
export function formLines(fields: Record<string, { value?: unknown } | undefined>, path = 'lines'): FormLine[] {
  const count = Number(fields[path]?.value ?? 0)
  return Array.from({ length: count }, (_, n) => {
    const at = (name: string) => fields[`${path}.${n}.${name}`]?.value
    return {
      product: idTextOf(at('product')),
      description: (at('description') as string | null | undefined) ?? null,
      quantity: at('quantity'),
      unit: idTextOf(at('unit')),
      unitPrice: at('unitPrice'),
      discountPercent: at('discountPercent'),
      vatRate: idTextOf(at('vatRate')),
    }
  })
}

const quantityFormat = new Intl.NumberFormat('ro-RO', { maximumFractionDigits: 3 })

export interface LineLabel {
  /** "2 × Licență CRM" */
  title: string
  /** "4.760,00 RON": the line with VAT. */
  gross: string
  /** "4.000,00 RON": the line without VAT. */
  net: string
  /** The whole summary: "2 × Licență CRM — 4.760,00 RON". */
  text: string
}

/**
 * The summary of a line in its row's header: quantity × what it is (its description, else its
 * product's name, else "Line 01") and its amount with VAT, the Romanian way.
 */
export function lineLabel(input: {
  quantity: unknown
  name?: string | null
  fallback: string
  amounts: Pick<LineAmounts, 'net' | 'gross'>
  currency?: string | null
}): LineLabel {
  const currency = input.currency || 'RON'
  const name = (input.name ?? '').trim() || input.fallback
  const title = `${quantityFormat.format(numberOf(input.quantity) ?? 0)} × ${name}`
  const gross = formatMoney(fromCents(input.amounts.gross), currency)
  const net = formatMoney(fromCents(input.amounts.net), currency)
  return { title, gross, net, text: `${title} — ${gross}` }
}
