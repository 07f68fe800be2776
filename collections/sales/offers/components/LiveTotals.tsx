'use client'
import { useConfig, useFormFields, useTranslation } from '@payloadcms/ui'
import { useEffect, useMemo, useState } from 'react'

import { apiBase, isUnreachable, request } from '@/components/shared/request'
import { idTextOf } from '@/lib/ids'
import { fromCents, lineCents, totalCents } from '@/lib/money'

type Fields = Record<string, { value?: unknown }>
type Line = {
  product: string | null
  quantity: number
  unitPrice: number | null
  discountPercent: number
  vatRate: string | null
}

/** The lines as the form holds them now (array rows are flattened as `lines.<n>.<field>`). */
function linesOf(fields: Fields): Line[] {
  const count = Number(fields.lines?.value ?? 0)
  return Array.from({ length: count }, (_, n) => {
    const at = (name: string) => fields[`lines.${n}.${name}`]?.value
    return {
      product: idTextOf(at('product')),
      quantity: Number(at('quantity') ?? 0),
      unitPrice: at('unitPrice') == null || at('unitPrice') === '' ? null : Number(at('unitPrice')),
      discountPercent: Number(at('discountPercent') ?? 0),
      vatRate: idTextOf(at('vatRate')),
    }
  })
}

/** Reads `{ id → doc }` for the ids the lines point at, once per set of ids. */
function useDocs(collection: string, ids: string[]) {
  const { config } = useConfig()
  const [docs, setDocs] = useState<Record<string, Record<string, unknown>>>({})
  const wanted = [...new Set(ids)].sort().join(',')
  useEffect(() => {
    if (!wanted) return
    const query = wanted
      .split(',')
      .map((id, i) => `where[id][in][${i}]=${id}`)
      .join('&')
    request<{ docs: Record<string, unknown>[] }>(`${apiBase(config)}/${collection}?depth=0&limit=100&${query}`)
      .then((body) => setDocs(Object.fromEntries(body.docs.map((doc) => [String(doc.id), doc]))))
      .catch((error) => {
        // A refused read leaves nothing to price with; offline, the last figures stay.
        if (!isUnreachable(error)) setDocs({})
      })
  }, [collection, config, wanted])
  return docs
}

/**
 * Totals as the lines stand in the form, before saving; the server computes the same way (in
 * minor units) and its figures are the ones saved. A product's price and VAT rate fill in empty ones.
 */
export function LiveTotals() {
  const { i18n } = useTranslation()
  const lines = useFormFields(([fields]) => linesOf(fields as Fields))
  const currency = useFormFields(([fields]) => idTextOf((fields as Fields).currency?.value))
  const products = useDocs(
    'products',
    lines.flatMap((line) => (line.product ? [line.product] : [])),
  )
  const rates = useDocs('nomenclators', [
    ...lines.flatMap((line) => (line.vatRate ? [line.vatRate] : [])),
    ...Object.values(products).flatMap((p) => (idTextOf(p.vatRate) ? [idTextOf(p.vatRate)!] : [])),
  ])
  const currencies = useDocs('nomenclators', currency ? [currency] : [])
  const totals = useMemo(() => {
    const amounts = lines.map((line) => {
      const product = line.product ? products[line.product] : undefined
      const rate = line.vatRate ?? idTextOf(product?.vatRate)
      return lineCents({
        quantity: line.quantity,
        unitPrice: line.unitPrice ?? Number(product?.listPrice ?? 0),
        discountPercent: line.discountPercent,
        vatPercent: Number((rate && rates[rate]?.number) ?? 0),
      })
    })
    return totalCents(amounts)
  }, [lines, products, rates])
  const code = (currency && (currencies[currency]?.value as string)) || 'RON'
  const money = (cents: number) =>
    new Intl.NumberFormat('ro-RO', { style: 'currency', currency: code }).format(fromCents(cents))
  const ro = i18n.language === 'ro'
  const rows: [string, string, number][] = [
    ['net', ro ? 'Total fără TVA' : 'Net', totals.net],
    ['discount', ro ? 'din care discount' : 'of which discount', totals.discount],
    ['vat', ro ? 'TVA' : 'VAT', totals.vat],
    ['gross', ro ? 'Total cu TVA' : 'Gross', totals.gross],
  ]
  return (
    <div
      className="live-totals"
      style={{ margin: 'var(--base) 0', padding: 'calc(var(--base) / 2)', background: 'var(--theme-elevation-50)' }}
    >
      <div className="field-label">{ro ? 'Totaluri (calculate pe măsură ce editați)' : 'Totals (as you edit)'}</div>
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content max-content', gap: '2px 24px', margin: 0 }}>
        {rows.map(([name, label, cents]) => (
          <div key={name} style={{ display: 'contents' }} data-total={name}>
            <dt>{label}</dt>
            <dd
              style={{ margin: 0, textAlign: 'right', fontWeight: name === 'gross' ? 600 : undefined }}
              id={`live-total-${name}`}
            >
              {money(cents)}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  )
}
