'use client'
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'

import { apiBase } from '@/components/shared/request'

/** Beside a saved contract: its printable page and its PDF. */
export function PrintLinks() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  if (!id) return null
  const ro = i18n.language === 'ro'
  return (
    <div className="contract-print-links" style={{ display: 'flex', gap: '12px', marginBottom: 'var(--base)' }}>
      <a id="contract-preview-link" href={`/contracts/${id}/preview`} target="_blank" rel="noreferrer">
        {ro ? 'Previzualizare pentru tipărire' : 'Printable preview'}
      </a>
      <a id="contract-pdf-link" href={`${apiBase(config)}/contracts/${id}/pdf`} target="_blank" rel="noreferrer">
        PDF
      </a>
    </div>
  )
}
