import { HOURS_STEP, round2 } from '../sheet'

/** Hours as the language writes them: `6,5` in Romanian, `6.5` in English; nothing for none. */
export function formatHours(hours: number, language: string, zero = ''): string {
  if (!hours) return zero
  const text = String(round2(hours))
  return language === 'ro' ? text.replace('.', ',') : text
}

export type TypedHours = { hours: number } | { error: 'notHours' | 'notQuarters' }

/**
 * Typed hours, with a comma or a dot: empty or 0 is none (the entry goes); quarters only. The
 * range (more than 0, at most a day) is the collection's to judge, so its message is the one shown.
 */
export function readHours(text: string): TypedHours {
  const value = text.trim().replace(/\s+/g, '')
  if (value === '') return { hours: 0 }
  if (!/^-?(\d+([.,]\d*)?|[.,]\d+)$/.test(value)) return { error: 'notHours' }
  const hours = Number(value.replace(',', '.'))
  if (!Number.isFinite(hours)) return { error: 'notHours' }
  if (Math.abs(hours / HOURS_STEP - Math.round(hours / HOURS_STEP)) > 1e-9) return { error: 'notQuarters' }
  return { hours: round2(hours) }
}
