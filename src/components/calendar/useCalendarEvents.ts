'use client'
import { useCallback, useEffect, useState } from 'react'

import type { CalendarEvent } from '@/hooks/calendar/types'
import { addDays, instantAt } from '@/lib/timeZone'
import { request } from './api'

interface Loaded {
  events: CalendarEvent[]
  truncated: boolean
  error: string | null
  loading: boolean
}

/**
 * The items of the visible days for the chosen person ('' me, a user id, or 'team'), fetched
 * again whenever they change or `reload` is called; an answer that arrives too late is dropped.
 */
export function useCalendarEvents(api: string, days: string[], timeZone: string, viewed: string, failedText: string) {
  const [loaded, setLoaded] = useState<Loaded>({ events: [], truncated: false, error: null, loading: true })
  const [version, setVersion] = useState(0)
  const from = instantAt(days[0], '00:00', timeZone).toISOString()
  const to = instantAt(addDays(days[days.length - 1], 1), '00:00', timeZone).toISOString()

  useEffect(() => {
    let current = true
    setLoaded((previous) => ({ ...previous, loading: true }))
    const query = new URLSearchParams({ from, to, ...(viewed ? { user: viewed } : {}) })
    request<{ events: CalendarEvent[]; truncated: boolean }>(`${api}/calendar/events?${query}`, {}, failedText)
      .then(({ events, truncated }) => current && setLoaded({ events, truncated, error: null, loading: false }))
      .catch((error: Error) => current && setLoaded({ events: [], truncated: false, error: error.message, loading: false }))
    return () => {
      current = false
    }
  }, [api, from, to, viewed, failedText, version])

  const reload = useCallback(() => setVersion((v) => v + 1), [])
  return { ...loaded, reload }
}
