'use client'
import { useTranslation } from '@payloadcms/ui'
import type { DateFieldClient, DefaultCellComponentProps } from 'payload'

import { formatStoredDate } from '@/lib/dates'
import { useAppTimeZone } from './useAppTimeZone'

/** A date in a list or a client-page table: day first, date-times in the settings' time zone. */
export function ZonedDateCell({ cellData, field }: DefaultCellComponentProps<DateFieldClient>) {
  const { i18n } = useTranslation()
  const timeZone = useAppTimeZone()
  const appearance = (field.admin?.date as { pickerAppearance?: string } | undefined)?.pickerAppearance
  const iso =
    cellData instanceof Date
      ? cellData.toISOString()
      : typeof cellData === 'number'
        ? new Date(cellData).toISOString()
        : cellData
  return (
    <span>{formatStoredDate(iso, { withTime: appearance === 'dayAndTime', timeZone, language: i18n.language })}</span>
  )
}
