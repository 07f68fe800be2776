'use client'
import { toast, useConfig, useTranslation } from '@payloadcms/ui'
import { useCallback } from 'react'

import type { TeamSummaryAnswer } from '../types'
import { apiBase, request } from '@/components/shared/request'
import { useApiAction } from '@/components/shared/useApiAction'
import { useApiResource } from '@/components/shared/useApiResource'
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
  const summary = useApiResource<TeamSummaryAnswer>(
    `${api}/tickets/team-summary?locale=${encodeURIComponent(i18n.language)}`,
    [],
    {
      unreachable: text.unreachable,
    },
  )
  const action = useApiAction(text.unreachable, summary.data)
  const { run } = action
  const { reload } = summary

  /** POSTs a step; true when the server accepted it. */
  const post = useCallback(
    (path: string, body: unknown, done: string) =>
      run(
        async () => {
          await request(`${api}/${path}`, { method: 'POST', body, headers: { 'accept-language': i18n.language } })
          toast.success(done)
          await reload()
        },
        (message) => toast.error(message),
      ),
    [api, i18n.language, reload, run],
  )

  const assign = useCallback(
    (ticket: number, responsible: number) => post(`tickets/${ticket}/assign`, { responsible }, text.assigned),
    [post, text.assigned],
  )
  const validate = useCallback(
    (action: number) => post(`ticket-actions/${action}/transition`, { transition: 'validate' }, text.validated),
    [post, text.validated],
  )
  const sendBack = useCallback(
    (action: number, comment: string) =>
      post(`ticket-actions/${action}/transition`, { transition: 'reopen', comment }, text.sentBack),
    [post, text.sentBack],
  )

  return { summary: summary.data, error: action.error ?? summary.error, busy: action.busy, assign, validate, sendBack }
}
