import { RequestError } from './requestError'

type ErrorBody = { errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] } | null | undefined

/**
 * What the server said went wrong, in its own words, or null when it said nothing readable. Takes a
 * Payload error answer (field messages included, so a refused save names the field) or an error
 * thrown by `request()`, so every screen shows a refusal the same way.
 */
export function messageOf(source: unknown): string | null {
  if (source instanceof RequestError) return source.reason
  if (!source || typeof source !== 'object') return null
  const messages = ((source as ErrorBody)?.errors ?? []).flatMap((error) => [
    error?.message,
    ...(error?.data?.errors ?? []).map((e) => e?.message),
  ])
  return messages.filter(Boolean).join(' ') || null
}
