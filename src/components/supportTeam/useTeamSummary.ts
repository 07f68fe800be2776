'use client'
import { toast, useConfig, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useRef, useState } from 'react'

import type { TeamSummaryAnswer } from '@/collections/support/tickets/teamSummary/types'
import { messageOf } from '../myWork/useMyWork'
import { apiBase } from '../notifications/shared'
import { textFor } from './text'

/**
 * Loads the team summary and runs the manager's steps through the server's own endpoints (assign,
 * workflow transitions), so they obey the same rights and checks as everywhere else. A refusal is
 * shown as the server words it; after a step the summary is read again.
 */
export function useTeamSummary() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const text = textFor(i18n.language)
  const api = apiBase(config)
  const [summary, setSummary] = useState<TeamSummaryAnswer | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const latest = useRef<AbortController | null>(null)

  const load = useCallback(async () => {
    latest.current?.abort()
    const controller = new AbortController()
    latest.current = controller
    try {
      const response = await fetch(`${api}/tickets/team-summary?locale=${encodeURIComponent(i18n.language)}`, { credentials: 'include', signal: controller.signal })
      if (!response.ok) {
        setError(await messageOf(response, response.statusText))
        return
      }
      setSummary((await response.json()) as TeamSummaryAnswer)
    } catch {
      if (!controller.signal.aborted) setError(text.unreachable)
    }
  }, [api, i18n.language, text.unreachable])

  useEffect(() => {
    void load()
    return () => latest.current?.abort()
  }, [load])

  /** POSTs a step; true when the server accepted it. */
  const post = useCallback(
    async (path: string, body: unknown, done: string) => {
      setBusy(true)
      try {
        const response = await fetch(`${api}/${path}`, {
          method: 'POST',
          credentials: 'include',
          headers: { 'content-type': 'application/json', 'accept-language': i18n.language },
          body: JSON.stringify(body),
        })
        if (!response.ok) {
          const message = await messageOf(response, response.statusText)
          setError(message)
          toast.error(message)
          return false
        }
        setError(null)
        toast.success(done)
        await load()
        return true
      } catch {
        setError(text.unreachable)
        return false
      } finally {
        setBusy(false)
      }
    },
    [api, i18n.language, load, text.unreachable],
  )

  const assign = useCallback((ticket: number, responsible: number) => post(`tickets/${ticket}/assign`, { responsible }, text.assigned), [post, text.assigned])
  const validate = useCallback((action: number) => post(`ticket-actions/${action}/transition`, { transition: 'validate' }, text.validated), [post, text.validated])
  const sendBack = useCallback(
    (action: number, comment: string) => post(`ticket-actions/${action}/transition`, { transition: 'reopen', comment }, text.sentBack),
    [post, text.sentBack],
  )

  return { summary, error, busy, assign, validate, sendBack }
}
