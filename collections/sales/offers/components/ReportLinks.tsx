'use client'
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'

import { apiBase } from '@/components/shared/request'

/** Beside a saved offer: its printable page and its PDF (R17). */
export function ReportLinks() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  if (!id) return null
  const ro = i18n.language === 'ro'
  return (
    <div className="offer-report-links" style={{ display: 'flex', gap: '12px', marginBottom: 'var(--base)' }}>
      <a id="offer-preview-link" href={`/offers/${id}/preview`} target="_blank" rel="noreferrer">
        {ro ? 'Previzualizare pentru tipărire' : 'Printable preview'}
      </a>
      <a id="offer-pdf-link" href={`${apiBase(config)}/offers/${id}/pdf`} target="_blank" rel="noreferrer">
        PDF
      </a>
    </div>
  )
}
