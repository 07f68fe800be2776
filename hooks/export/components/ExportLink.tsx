'use client'
import { useConfig, useListQuery, useTranslation } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { stringify } from 'qs-esm'

import { apiBase } from '@/components/shared/request'

/**
 * Downloads the records of the list as filtered now (its `where` and search) as an Excel file from
 * `GET /api/<collection>/export`. The server decides what the caller may read.
 */
export function ExportLink() {
  const { config } = useConfig()
  const { query } = useListQuery()
  const { i18n } = useTranslation()
  const pathname = usePathname()
  const slug = pathname.split('/collections/')[1]?.split('/')[0]
  if (!slug) return null
  const searchable = config.collections.find((c) => c.slug === slug)?.admin?.listSearchableFields ?? []
  const search = typeof query?.search === 'string' ? query.search.trim() : ''
  const filters = [
    query?.where,
    search && searchable.length > 0 ? { or: searchable.map((field) => ({ [field]: { like: search } })) } : null,
  ].filter(Boolean)
  const href = `${apiBase(config)}/${slug}/export${filters.length ? `?${stringify({ where: { and: filters } })}` : ''}`
  return (
    <div style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: 'calc(var(--base) / 2)' }}>
      <a id="export-xlsx" className="btn btn--style-secondary btn--size-small" href={href} download>
        {i18n.language === 'ro' ? 'Export Excel' : 'Export to Excel'}
      </a>
    </div>
  )
}
