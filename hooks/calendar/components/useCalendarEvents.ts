'use client'
import { useApiResource } from '@/components/shared/useApiResource'
import type { CalendarEvent } from '../types'
import { addDays, instantAt } from '@/lib/timeZone'

const NONE: CalendarEvent[] = []

/**
 * The items of the visible days for the chosen person ('' me, a user id, or 'team'), fetched
 * again whenever they change or `reload` is called. After a failed read the days show empty.
 */
export function useCalendarEvents(api: string, days: string[], timeZone: string, viewed: string, failedText: string) {
  const from = instantAt(days[0], '00:00', timeZone).toISOString()
  const to = instantAt(addDays(days[days.length - 1], 1), '00:00', timeZone).toISOString()
  const query = new URLSearchParams({ from, to, ...(viewed ? { user: viewed } : {}) })
  const { data, error, loading, reload } = useApiResource<{ events: CalendarEvent[]; truncated: boolean }>(
    `${api}/calendar/events?${query}`,
    [],
    {
      failure: failedText,
    },
  )
  const shown = error ? null : data
  return { events: shown?.events ?? NONE, truncated: shown?.truncated ?? false, error, loading, reload }
}
