import { messageOf } from './messages'
import { RequestError } from './requestError'

export { RequestError, isUnreachable } from './requestError'

/**
 * The API address relative to the page (`/api`): the browser calls the origin it is on, so a
 * public address that differs from the configured one (a proxy, a missing setting) cannot
 * send our requests to another host or make the session cookie look cross-site.
 */
export const apiBase = (config: { routes: { api: string } }) => config.routes.api

export interface RequestInit {
  method?: string
  /** Sent as JSON. */
  body?: unknown
  headers?: Record<string, string>
  signal?: AbortSignal
  /** What failed, in the user's words: leads the error's message, before the server's reason. */
  failure?: string
}

/**
 * A JSON request in the signed-in session (`url` built on `apiBase(config)`). Resolves to the
 * answer's body; a refusal or a missing answer throws a `RequestError` whose message is readable
 * as it is. An abort is rethrown as the browser raised it, so callers can tell it apart.
 */
export async function request<T>(url: string, init: RequestInit = {}): Promise<T> {
  const { failure, body, headers, ...rest } = init
  const response = await fetch(url, {
    ...rest,
    method: init.method ?? 'GET',
    credentials: 'include',
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  }).catch((error: unknown) => {
    if (init.signal?.aborted) throw error
    throw new RequestError(failure ?? 'The server could not be reached.', 0, null)
  })
  const answer = await response.json().catch(() => null)
  if (!response.ok) {
    const reason = messageOf(answer)
    const message = failure ? [failure, reason].filter(Boolean).join(' ') : (reason ?? response.statusText)
    throw new RequestError(message, response.status, reason)
  }
  return answer as T
}
