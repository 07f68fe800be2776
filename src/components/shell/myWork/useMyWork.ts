'use client'
import { useConfig, useTranslation } from '@payloadcms/ui'

import { apiBase } from '../../shared/request'
import { useApiResource } from '../../shared/useApiResource'
import type { MyWorkAnswer } from './types'
import { textFor } from './text'

/** Loads `GET /api/my-work`, with labels in the interface language. */
export function useMyWork() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const url = `${apiBase(config)}/my-work?locale=${encodeURIComponent(i18n.language)}`
  const { data, error } = useApiResource<MyWorkAnswer>(url, [], { unreachable: textFor(i18n.language).unreachable })
  return { answer: data, error }
}
