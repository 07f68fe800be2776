'use client'
import { useFormFields, useFormModified, useTranslation } from '@payloadcms/ui'
import { useMemo } from 'react'

import { idTextOf } from '@/lib/ids'
import { formatMoney, fromCents, toCents, totalCents } from '@/lib/money'
import { formLineCents, formLines, numberOf } from '../lineEntry'
import { useDocs } from './useDocs'
import './lines.css'

type Fields = Record<string, { value?: unknown } | undefined>
const NAMES = ['net', 'discount', 'vat', 'gross'] as const

/**
 * The one totals block of the lines, standing for the stored `totals` group (server-owned, computed
 * by computeTotals): as the lines stand while the form is edited, computed the same way (minor
 * units); the stored figures once saved and unchanged. A product's price stands in for an empty one.
 */
export function LinesTotals() {
  const { i18n } = useTranslation()
  const modified = useFormModified()
  const lines = useFormFields(([fields]) => formLines(fields as Fields))
  const stored = useFormFields(([fields]) => NAMES.map((name) => numberOf((fields as Fields)[`totals.${name}`]?.value)))
  const currency = useFormFields(([fields]) => idTextOf((fields as Fields).currency?.value))
  const products = useDocs(
    'products',
    lines.flatMap((line) => (line.product ? [line.product as string] : [])),
  )
  const rates = useDocs('nomenclators', [
    ...lines.flatMap((line) => (line.vatRate ? [line.vatRate as string] : [])),
    ...(currency ? [currency] : []),
  ])
  const live = useMemo(
    () =>
      totalCents(
        lines.map((line) => {
          const rate = line.vatRate as string | null
          const product = line.product ? products[line.product as string] : null
          return formLineCents(line, Number((rate && rates[rate]?.number) ?? 0), numberOf(product?.listPrice))
        }),
      ),
    [lines, products, rates],
  )
  const saved = !modified && stored.every((value) => value !== null)
  const totals = saved ? Object.fromEntries(NAMES.map((name, i) => [name, toCents(stored[i])])) : live
  const code = (currency && (rates[currency]?.value as string | undefined)) || 'RON'
  const ro = i18n.language === 'ro'
  const rows: [(typeof NAMES)[number], string][] = [
    ['net', ro ? 'Total fără TVA' : 'Total without VAT'],
    ['discount', ro ? 'din care discount acordat' : 'of which discount given'],
    ['vat', ro ? 'TVA' : 'VAT'],
    ['gross', ro ? 'Total cu TVA' : 'Total with VAT'],
  ]
  return (
    <section className="lines-totals" aria-labelledby="lines-totals-title" data-saved={saved}>
      <h3 id="lines-totals-title" className="lines-totals__title">
        {ro ? 'Totaluri' : 'Totals'}
        {!saved && <span className="lines-totals__hint">{ro ? ' (pe măsură ce editați)' : ' (as you edit)'}</span>}
      </h3>
      <dl className="lines-totals__list">
        {rows.map(([name, label]) => (
          <div key={name} className={`lines-totals__row lines-totals__row--${name}`}>
            <dt>{label}</dt>
            <dd id={`lines-total-${name}`}>{formatMoney(fromCents(totals[name]), code)}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
