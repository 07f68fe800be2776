import { formatAmount } from '@/lib/money'

const formats = new Map<string, Intl.DateTimeFormat>()

function format(timeZone: string, withTime: boolean) {
  const key = `${timeZone}|${withTime}`
  let found = formats.get(key)
  if (!found) {
    found = new Intl.DateTimeFormat('ro-RO', {
      timeZone,
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
    })
    formats.set(key, found)
  }
  return found
}

/**
 * A moment as the admin shows dates (dd.MM.yyyy HH:mm), on the wall clock of the settings' time
 * zone so everyone reads the same due time; `dayOnly` for all-day items.
 */
export function when(iso: string | null, timeZone: string, dayOnly = false): string {
  if (!iso) return '—'
  return format(timeZone, !dayOnly).format(new Date(iso)).replace(',', '')
}

/** An amount as the admin shows it (1.234,50), or a dash. */
export const amount = (value: number | null) => (value === null ? '—' : formatAmount(value))
