import type { Payload } from 'payload'

import { romanianHolidays } from '@/lib/holidays'
import { DEFAULT_TIME_ZONE } from '@/lib/timeZone'
import { itemId } from '@/seed/load'
import { asSystem } from '@/seed/records'

/** Settings written once, when the settings have never been saved; afterwards they are the administrator's. */
export const SETTINGS_DEFAULTS = {
  currency: 'RON',
  vatRate: 'standard',
  offerValidityDays: 30,
  numberPrefixes: { offer: 'OF', contract: 'CT', ticket: 'TK', project: 'PR' },
  timeZone: DEFAULT_TIME_ZONE,
}

/** Romania's public holidays this year and the next, stored as day-only dates are (12:00 UTC). */
const holidaysFromThisYear = () => {
  const year = new Date().getUTCFullYear()
  return [...romanianHolidays(year), ...romanianHolidays(year + 1)].map(({ day, name }) => ({
    day: `${day}T12:00:00.000Z`,
    name,
  }))
}

/** Written once, on a fresh install: afterwards the settings are the administrator's, even emptied. */
export async function applySettingsDefaults(payload: Payload) {
  // The adapter answers `{}` for a global never saved: a stored one has its row id.
  const stored = (await payload.db.findGlobal({ slug: 'settings', where: {} })) as { id?: unknown } | null
  if (stored?.id !== undefined) return false
  await payload.updateGlobal({
    slug: 'settings',
    data: {
      commercial: {
        defaultCurrency: await itemId(payload, 'currencies', SETTINGS_DEFAULTS.currency),
        defaultVatRate: await itemId(payload, 'vat-rates', SETTINGS_DEFAULTS.vatRate),
        offerValidityDays: SETTINGS_DEFAULTS.offerValidityDays,
        numberPrefixes: SETTINGS_DEFAULTS.numberPrefixes,
      },
      time: { timeZone: SETTINGS_DEFAULTS.timeZone, holidays: holidaysFromThisYear() },
    },
    ...asSystem,
  })
  return true
}
