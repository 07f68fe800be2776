'use client'
import { useFormFields, useFormModified, useRowLabel, useTranslation } from '@payloadcms/ui'

import { idTextOf } from '@/lib/ids'
import { toCents } from '@/lib/money'
import { type FormLine, formLineCents, lineLabel, numberOf } from '../lineEntry'
import { useDocs } from './useDocs'
import './lines.css'

type Fields = Record<string, { value?: unknown } | undefined>
type StoredLine = FormLine & { net?: number | null; gross?: number | null }

/**
 * A line's row header: "2 × Licență CRM — 4.760,00 RON" and, smaller, its amount without VAT.
 * Live while the form is edited; the server's figures for a saved, unchanged document.
 */
export function LineLabel() {
  const { data, rowNumber = 0 } = useRowLabel<StoredLine>()
  const { i18n } = useTranslation()
  const modified = useFormModified()
  const currencyId = useFormFields(([fields]) => idTextOf((fields as Fields).currency?.value))
  const product = idTextOf(data?.product)
  const vatRate = idTextOf(data?.vatRate)
  const products = useDocs('products', product ? [product] : [])
  const rates = useDocs(
    'nomenclators',
    [vatRate, currencyId].filter((id): id is string => Boolean(id)),
  )
  const stored = !modified && numberOf(data?.gross) !== null
  const amounts = stored
    ? { net: toCents(data.net), gross: toCents(data.gross) }
    : formLineCents(
        data ?? {},
        Number((vatRate && rates[vatRate]?.number) ?? 0),
        numberOf(product && products[product]?.listPrice),
      )
  const ro = i18n.language === 'ro'
  const label = lineLabel({
    quantity: data?.quantity,
    name: data?.description || ((product && products[product]?.name) as string | undefined),
    fallback: `${ro ? 'Linie' : 'Line'} ${String(rowNumber + 1).padStart(2, '0')}`,
    amounts,
    currency: (currencyId && (rates[currencyId]?.value as string | undefined)) || 'RON',
  })
  return (
    <span className="line-label" data-line-label={rowNumber}>
      <span className="line-label__title">{label.title}</span>
      <span aria-hidden="true"> — </span>
      <span className="line-label__gross">{label.gross}</span>
      <span className="line-label__net">
        {ro ? 'fără TVA' : 'without VAT'} {label.net}
      </span>
    </span>
  )
}
