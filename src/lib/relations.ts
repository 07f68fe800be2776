import type { PayloadRequest, TypedLocale } from 'payload'

/** The request's content locale for labels; `all` (every locale at once) is not a label. */
export function contentLocale(req: PayloadRequest): TypedLocale | undefined {
  const localization = req.payload.config.localization
  if (!localization) return undefined
  return req.locale && req.locale !== 'all' ? (req.locale as TypedLocale) : (localization.defaultLocale as TypedLocale)
}

/**
 * A field of a populated relationship; null when the relation is empty or the user may not read
 * the related record (Payload then leaves the bare id).
 */
export function fieldOf<T = string>(value: unknown, field: string): T | null {
  if (!value || typeof value !== 'object') return null
  return ((value as Record<string, unknown>)[field] as T | undefined) ?? null
}

/** The id of a relationship value, populated or not, as a number. */
export function numericId(value: unknown): number | null {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return typeof id === 'number' ? id : typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : null
}
