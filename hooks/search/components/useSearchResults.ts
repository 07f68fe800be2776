'use client'
import { useEffect, useState } from 'react'

import { apiBase, request } from '@/components/shared/request'
import type { SearchAnswer } from '../types'

/** Waits this long after the last key before asking: one request per pause, not per letter. */
const PAUSE_MS = 200
export const MIN_LENGTH = 2

export type SearchState =
  | { status: 'idle' }
  | { status: 'short' }
  | { status: 'loading'; answer: SearchAnswer | null }
  | { status: 'done'; answer: SearchAnswer; query: string }
  | { status: 'failed'; message: string }

/**
 * GET /api/search for what is typed, after a pause; a newer query cancels the one in flight, so an
 * older answer never replaces a newer one.
 */
export function useSearchResults(config: { routes: { api: string } }, typed: string): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' })
  const query = typed.trim()
  const api = apiBase(config)

  useEffect(() => {
    if (query.length === 0) return setState({ status: 'idle' })
    if ([...query].length < MIN_LENGTH) return setState({ status: 'short' })
    setState((before) => ({ status: 'loading', answer: before.status === 'done' ? before.answer : null }))
    const controller = new AbortController()
    const timer = window.setTimeout(async () => {
      try {
        const answer = await request<SearchAnswer>(`${api}/search?q=${encodeURIComponent(query)}`, {
          signal: controller.signal,
        })
        setState({ status: 'done', answer, query })
      } catch (error) {
        if (controller.signal.aborted) return
        setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) })
      }
    }, PAUSE_MS)
    return () => {
      window.clearTimeout(timer)
      controller.abort()
    }
  }, [api, query])

  return state
}
