import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { idOf } from '@/lib/ids'
import { fromCents, lineCents, totalCents } from '@/lib/money'

type Line = Record<string, unknown> & { quantity?: number | null; unitPrice?: number | null }

async function byId(req: PayloadRequest, collection: 'nomenclators' | 'products', ids: unknown[]) {
  const wanted = [...new Set(ids.map(idOf).filter((id): id is number => typeof id === 'number'))]
  if (wanted.length === 0) return new Map<number, Record<string, unknown>>()
  const { docs } = await req.payload.find({
    collection,
    where: { id: { in: wanted } },
    depth: 0,
    limit: wanted.length,
    pagination: false,
    // Prices and VAT rates are facts the totals need, whoever may browse the catalog.
    overrideAccess: true,
    req,
  })
  return new Map(docs.map((doc) => [doc.id as number, doc as unknown as Record<string, unknown>]))
}

/**
 * Computes every line's net, VAT and gross and the offer's totals on the server, in minor units:
 * whatever amounts a client sends are replaced. A line with a product and no price or VAT rate
 * takes the product's; the VAT percent comes from the VAT-rate nomenclator item.
 */
export const computeTotals: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (originalDoc && !('lines' in data)) return data
  const lines = ((data.lines ?? []) as Line[]).map((line) => ({ ...line }))
  const products = await byId(
    req,
    'products',
    lines.map((line) => line.product),
  )
  for (const line of lines) {
    const product = products.get(idOf(line.product) as number)
    if (product) {
      line.unitPrice ??= product.listPrice as number
      line.vatRate ??= idOf(product.vatRate)
      line.unit ??= idOf(product.unit)
      line.description ||= (product.name as string) ?? ''
    }
  }
  const rates = await byId(
    req,
    'nomenclators',
    lines.map((line) => line.vatRate),
  )
  const amounts = lines.map((line) => {
    const vatPercent = Number(rates.get(idOf(line.vatRate) as number)?.number ?? 0)
    const cents = lineCents({
      quantity: Number(line.quantity ?? 0),
      unitPrice: Number(line.unitPrice ?? 0),
      discountPercent: line.discountPercent as number,
      vatPercent,
    })
    Object.assign(line, {
      vatPercent,
      discount: fromCents(cents.discount),
      net: fromCents(cents.net),
      vat: fromCents(cents.vat),
      gross: fromCents(cents.gross),
    })
    return cents
  })
  const totals = totalCents(amounts)
  data.lines = lines
  data.totals = {
    net: fromCents(totals.net),
    discount: fromCents(totals.discount),
    vat: fromCents(totals.vat),
    gross: fromCents(totals.gross),
  }
  return data
}
