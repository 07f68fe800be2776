'use client'
import { useModal } from '@payloadcms/ui'
import { useCallback, useEffect, useRef, useState } from 'react'

import { request } from '../request'

export interface CountRow {
  name: string
  collection: string
  label: string
  count: number
  /** The list's `where` as an address query (where[a][equals]=1...). */
  query: string
}

/**
 * The record page's "at a glance" counts. A record added, edited or deleted in a drawer of the page
 * (a join's "add" button) changes them: when a drawer closes they are counted again through the
 * REST API, with the reader's own access, so they never wait for a reload.
 */
export function LiveCounts({ title, api, rows }: { title: string; api: string; rows: CountRow[] }) {
  const { modalState } = useModal()
  const open = Object.values(modalState ?? {}).filter((modal) => modal?.isOpen).length
  const before = useRef(open)
  const [counts, setCounts] = useState(() => Object.fromEntries(rows.map((row) => [row.name, row.count])))

  const recount = useCallback(async () => {
    const fresh = await Promise.all(
      rows.map(async (row) => {
        const body = await request<{ totalDocs?: number } | null>(`${api}/${row.collection}/count?${row.query}`).catch(
          () => null,
        )
        return [row.name, typeof body?.totalDocs === 'number' ? body.totalDocs : row.count] as const
      }),
    )
    setCounts(Object.fromEntries(fresh))
  }, [api, rows])

  useEffect(() => {
    if (open < before.current) void recount()
    before.current = open
  }, [open, recount])

  return (
    <div className="related-counts" style={{ marginBottom: 'var(--base)' }}>
      <div className="field-label">{title}</div>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {rows.map((row) => (
          <li
            key={row.name}
            data-join={row.name}
            data-count={counts[row.name]}
            style={{ display: 'flex', justifyContent: 'space-between', padding: '2px 0' }}
          >
            <a href={`/admin/collections/${row.collection}?${row.query}`}>{row.label}</a>
            <strong>{counts[row.name]}</strong>
          </li>
        ))}
      </ul>
    </div>
  )
}
