'use client'
import type { RelationshipFieldClientProps } from 'payload'
import { RelationshipField, useConfig, useForm, useFormFields, useLocale } from '@payloadcms/ui'
import { useEffect, useEffectEvent, useRef } from 'react'

import { apiBase, request } from '@/components/shared/request'
import { idTextOf } from '@/lib/ids'
import { type CatalogProduct, productFill } from '../lineEntry'
import { loadDocs } from './useDocs'
import './lines.css'

type Fields = Record<string, { value?: unknown } | undefined>

/**
 * A line's product (offers, contracts, amendments, offer templates): Payload's relationship field,
 * and when the person picks (or changes) the product, the line's price, unit and VAT rate (and an
 * empty description) fill in from the product, read as the user through the REST API. Only a
 * change made here fills: loading a saved document, reordering or duplicating rows leaves what the
 * person typed alone.
 */
export function ProductPicker(props: RelationshipFieldClientProps) {
  const { path, readOnly } = props
  const linePath = path.slice(0, path.lastIndexOf('.'))
  const product = useFormFields(([fields]) => idTextOf((fields as Fields)[path]?.value))
  // The row's own id: after a reorder this component may stand for another row of the array.
  const rowId = useFormFields(([fields]) => idTextOf((fields as Fields)[`${linePath}.id`]?.value))
  const { dispatchFields, getDataByPath, getField, setModified } = useForm()
  const { config } = useConfig()
  const locale = useLocale()
  // The product this row last settled on: a different one is a pick to fill from.
  const settled = useRef({ rowId, product })

  const readPicked = useEffectEvent((id: string, previousId: string | null, signal: AbortSignal) => {
    const api = apiBase(config)
    const query = locale?.code ? `?depth=0&locale=${encodeURIComponent(locale.code)}` : '?depth=0'
    const previous = previousId
      ? loadDocs(api, 'products', [previousId]).then(
          (docs) => docs[previousId] as CatalogProduct | null,
          () => null,
        )
      : null
    return Promise.all([
      request<CatalogProduct>(`${api}/products/${encodeURIComponent(id)}${query}`, { signal }),
      previous,
    ])
  })

  const fillLine = useEffectEvent((picked: CatalogProduct, previous: CatalogProduct | null) => {
    const description = getDataByPath(`${linePath}.description`) as string | null | undefined
    // A template's line has no price, unit or VAT of its own (the offer takes the product's): only
    // the fields this line has are filled.
    const fill = Object.entries(productFill(picked, { description }, previous)).filter(
      ([name]) => getField(`${linePath}.${name}`) !== undefined,
    )
    for (const [name, value] of fill) dispatchFields({ type: 'UPDATE', path: `${linePath}.${name}`, value })
    if (fill.length > 0) setModified(true)
  })

  useEffect(() => {
    const last = settled.current
    if (readOnly || !product || last.rowId !== rowId) {
      settled.current = { rowId, product }
      return
    }
    if (last.product === product) return
    const controller = new AbortController()
    readPicked(product, last.product, controller.signal)
      .then(([picked, previous]) => {
        if (controller.signal.aborted) return
        settled.current = { rowId, product }
        fillLine(picked, previous)
      })
      .catch(() => {
        // Refused or offline: the person fills the line in by hand (the server still takes the
        // product's price and VAT rate for what stays empty). Aborted: a newer pick took over.
        if (!controller.signal.aborted) settled.current = { rowId, product }
      })
    return () => controller.abort()
  }, [product, readOnly, rowId])

  return <RelationshipField {...props} />
}
