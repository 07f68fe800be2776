import type { PayloadRequest } from 'payload'

/** A field's label in the reader's language: bilingual objects, strings, or Payload's label functions (`createdAt`). */
export function labelText(req: PayloadRequest, label: unknown, language: string, fallback: string): string {
  if (typeof label === 'string') return label
  if (typeof label === 'function' && req.i18n) {
    const text: unknown = label({ i18n: req.i18n, t: req.i18n.t })
    return typeof text === 'string' && text ? text : fallback
  }
  if (label && typeof label === 'object') {
    const labels = label as Record<string, string>
    return labels[language] ?? labels.en ?? labels.ro ?? fallback
  }
  return fallback
}
