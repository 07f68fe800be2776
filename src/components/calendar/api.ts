import { addDays, dayIn, instantAt, timeIn } from '@/lib/timeZone'

type ErrorBody = { errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] } | null

/** What Payload said went wrong, field messages included, or null when it said nothing readable. */
function messageOf(body: ErrorBody): string | null {
  const messages = (body?.errors ?? []).flatMap((error) => [error.message, ...(error.data?.errors ?? []).map((e) => e.message)])
  return messages.filter(Boolean).join(' ') || null
}

/** A JSON request in the signed-in session; a refusal throws an Error saying what failed and the API's reason. */
export async function request<T>(url: string, init: { method?: string; body?: unknown } = {}, failure: string): Promise<T> {
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    credentials: 'include',
    headers: init.body === undefined ? undefined : { 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  }).catch(() => {
    throw new Error(failure)
  })
  const body = await response.json().catch(() => null)
  if (!response.ok) throw new Error([failure, messageOf(body)].filter(Boolean).join(' '))
  return body as T
}

/** The same wall-clock time `days` days later in the time zone (the clock change does not shift it). */
const shiftKeepingTime = (instant: string, days: number, timeZone: string) =>
  instantAt(addDays(dayIn(instant, timeZone), days), timeIn(instant, timeZone), timeZone).toISOString()

/** Moves a todo's start, end and due date by whole days, keeping their times of day. */
export async function moveTodo(api: string, id: number, days: number, timeZone: string, failure: string) {
  const todo = await request<{ start?: string | null; end?: string | null; due?: string | null }>(
    `${api}/todos/${id}?depth=0&select[start]=true&select[end]=true&select[due]=true`,
    {},
    failure,
  )
  const patch: Record<string, string> = {}
  for (const field of ['start', 'end', 'due'] as const) {
    const value = todo[field]
    if (value) patch[field] = shiftKeepingTime(value, days, timeZone)
  }
  await request(`${api}/todos/${id}`, { method: 'PATCH', body: patch }, failure)
}
