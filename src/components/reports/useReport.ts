'use client'
import { useConfig, useTranslation } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'

import type { ReportAnswer, ReportTableName } from '@/collections/support/tickets/reports/types'
import { apiBase } from '../notifications/shared'
import { textFor } from './text'
import type { ReportFilters } from './types'

/** The report's query string for the filters (empty filters left out). */
const queryOf = (filters: ReportFilters) => new URLSearchParams(Object.entries(filters).filter(([, value]) => value !== ''))

/** The server's own message from a Payload error answer. */
async function messageOf(response: Response, fallback: string) {
  const body = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null
  return body?.errors?.[0]?.message ?? fallback
}

/**
 * Loads the report for the filters (again whenever they change, ignoring answers that arrive after
 * a newer request), and gives each table's download address with the same filters.
 */
export function useReport(filters: ReportFilters) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const unreachable = textFor(i18n.language).unreachable
  const url = `${apiBase(config)}/tickets/reports`
  const [report, setReport] = useState<ReportAnswer | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [loading, setLoading] = useState(true)
  const latest = useRef<AbortController | null>(null)

  useEffect(() => {
    latest.current?.abort()
    const controller = new AbortController()
    latest.current = controller
    setLoading(true)
    fetch(`${url}?${queryOf(filters)}`, { credentials: 'include', signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) setError(await messageOf(response, response.statusText))
        else {
          setReport((await response.json()) as ReportAnswer)
          setError(null)
        }
      })
      .catch(() => {
        if (!controller.signal.aborted) setError(unreachable)
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false)
      })
    return () => controller.abort()
    // i18n.language: a language switch reloads the labels.
  }, [url, filters, unreachable, i18n.language])

  const exportUrl = (table: ReportTableName) => `${url}?${queryOf(filters)}&format=xlsx&table=${table}`
  return { report, error, loading, exportUrl }
}
