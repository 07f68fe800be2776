import { request } from '@/components/shared/request'
import { addDays, dayIn, instantAt, timeIn } from '@/lib/timeZone'

/** The same wall-clock time `days` days later in the time zone (the clock change does not shift it). */
const shiftKeepingTime = (instant: string, days: number, timeZone: string) =>
  instantAt(addDays(dayIn(instant, timeZone), days), timeIn(instant, timeZone), timeZone).toISOString()

/** Moves a todo's start, end and due date by whole days, keeping their times of day. */
export async function moveTodo(api: string, id: number, days: number, timeZone: string, failure: string) {
  const todo = await request<{ start?: string | null; end?: string | null; due?: string | null }>(
    `${api}/todos/${id}?depth=0&select[start]=true&select[end]=true&select[due]=true`,
    { failure },
  )
  const patch: Record<string, string> = {}
  for (const field of ['start', 'end', 'due'] as const) {
    const value = todo[field]
    if (value) patch[field] = shiftKeepingTime(value, days, timeZone)
  }
  await request(`${api}/todos/${id}`, { method: 'PATCH', body: patch, failure })
}
