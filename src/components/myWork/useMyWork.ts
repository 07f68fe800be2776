'use client'
import { useConfig, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { MyWorkAnswer } from '@/hooks/myWork/types'
import { apiBase } from '../notifications/shared'
import { textFor } from './text'

/** The server's own message from a Payload error answer. */
export async function messageOf(response: Response, fallback: string) {
  const body = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null
  return body?.errors?.[0]?.message ?? fallback
}

/** Loads `GET /api/my-work` once, with labels in the interface language. */
export function useMyWork() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const api = apiBase(config)
  const unreachable = textFor(i18n.language).unreachable
  const [answer, setAnswer] = useState<MyWorkAnswer | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const controller = new AbortController()
    void (async () => {
      try {
        const response = await fetch(`${api}/my-work?locale=${encodeURIComponent(i18n.language)}`, { credentials: 'include', signal: controller.signal })
        if (!response.ok) {
          setError(await messageOf(response, response.statusText))
          return
        }
        setAnswer((await response.json()) as MyWorkAnswer)
        setError(null)
      } catch {
        if (!controller.signal.aborted) setError(unreachable)
      }
    })()
    return () => controller.abort()
  }, [api, i18n.language, unreachable])

  return { answer, error }
}
