'use client'
import { useConfig, useTranslation } from '@payloadcms/ui'

import type { ReportAnswer, ReportTableName } from '../types'
import { apiBase } from '@/components/shared/request'
import { useApiResource } from '@/components/shared/useApiResource'
import { textFor } from './text'
import type { ReportFilters } from './types'

/** The report's query string for the filters (empty filters left out). */
const queryOf = (filters: ReportFilters) =>
  new URLSearchParams(Object.entries(filters).filter(([, value]) => value !== ''))

/** Loads the report for the filters, and gives each table's download address with the same filters. */
export function useReport(filters: ReportFilters) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const url = `${apiBase(config)}/tickets/reports`
  // i18n.language: a language switch reloads the labels.
  const { data, error, loading } = useApiResource<ReportAnswer>(`${url}?${queryOf(filters)}`, [i18n.language], {
    unreachable: textFor(i18n.language).unreachable,
  })
  const exportUrl = (table: ReportTableName) => `${url}?${queryOf(filters)}&format=xlsx&table=${table}`
  return { report: data, error, loading, exportUrl }
}
