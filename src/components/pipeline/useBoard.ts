'use client'
import { useConfig, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useRef, useState } from 'react'

import type { BoardAnswer } from '@/collections/crm/opportunities/boardTypes'
import { apiBase } from '../notifications/shared'
import { textFor } from './text'
import type { Filters } from './types'

/** The server's own message from a Payload error answer. */
async function messageOf(response: Response, fallback: string) {
  const body = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null
  return body?.errors?.[0]?.message ?? fallback
}

/**
 * Loads the board for the filters (again whenever they change, ignoring answers that arrive after a
 * newer request) and moves cards with a plain PATCH of the opportunity, so a move obeys the same
 * access and checks as an edit in the form.
 */
export function useBoard(filters: Filters) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const text = textFor(i18n.language)
  const api = apiBase(config)
  const [board, setBoard] = useState<BoardAnswer | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const latest = useRef<AbortController | null>(null)

  const load = useCallback(async () => {
    latest.current?.abort()
    const controller = new AbortController()
    latest.current = controller
    const query = new URLSearchParams({ locale: i18n.language })
    for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value)
    try {
      const response = await fetch(`${api}/opportunities/board?${query}`, { credentials: 'include', signal: controller.signal })
      if (!response.ok) {
        setError(await messageOf(response, response.statusText))
        return
      }
      setBoard((await response.json()) as BoardAnswer)
      setError(null)
    } catch {
      if (!controller.signal.aborted) setError(text.unreachable)
    }
  }, [api, filters, i18n.language, text.unreachable])

  useEffect(() => {
    void load()
    return () => latest.current?.abort()
  }, [load])

  const move = useCallback(
    async (id: number, change: { stage: number; lostReason?: number }) => {
      setBusy(true)
      try {
        const response = await fetch(`${api}/opportunities/${id}?depth=0`, {
          method: 'PATCH',
          credentials: 'include',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(change),
        })
        if (!response.ok) {
          setError(await messageOf(response, response.statusText))
          return
        }
        await load()
      } catch {
        setError(text.unreachable)
      } finally {
        setBusy(false)
      }
    },
    [api, load, text.unreachable],
  )

  return { board, error, busy, move }
}
