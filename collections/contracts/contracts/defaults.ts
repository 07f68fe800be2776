import { addDays, addMonths } from 'date-fns'
import type { CollectionBeforeChangeHook } from 'payload'

import { yearlyNumber } from '@/lib/counters'
import { refuse } from '@/lib/errors'
import { idOf } from '@/lib/ids'
import { settingsOf } from '@/lib/settings'

const DAY = 86_400_000

/** A date as an ISO string, or null when it cannot be one: such input is left to the fields' validation (400). */
const isoOrNull = (date: Date) => (Number.isNaN(date.getTime()) ? null : date.toISOString())
const dateOf = (value: unknown) => (value ? new Date(String(value)) : null)

/** The day by which someone must say whether the contract renews: the notice period before its end. */
export const renewalDecisionDateOf = (endDate: string | Date, noticeDays: unknown) =>
  isoOrNull(addDays(new Date(endDate), -Number(noticeDays ?? 0)))

/**
 * A new contract gets its number from the database counter of its prefix and year (`CT-2026-0007`),
 * in the saving transaction, and the settings' currency. On every save the end date follows from
 * the duration when only the duration is given, and the renewal decision date from the end date
 * and the notice period: the day by which someone must say whether it renews. It never ends
 * before it starts.
 */
export const contractDefaults: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation === 'create') {
    const commercial = (await settingsOf(req)).commercial
    const prefix = (commercial?.numberPrefixes?.contract || 'CT').trim()
    data.number = await yearlyNumber(req, 'contract', prefix)
    data.currency ??= idOf(commercial?.defaultCurrency)
  } else {
    delete data.number
  }
  const merged = { ...originalDoc, ...data }
  const start = dateOf(merged.startDate)
  const months = Number(merged.durationMonths ?? 0)
  if (start && months > 0 && !merged.endDate) {
    // The last day inside the period: a 12-month contract from 1 March ends on 28/29 February.
    data.endDate = isoOrNull(new Date(addMonths(start, months).getTime() - DAY))
  }
  const end = data.endDate ?? merged.endDate
  if (start && end && dateOf(end)! < start) {
    throw refuse(req, 400, {
      en: 'The end date is before the start date.',
      ro: 'Data de încheiere este înaintea datei de început.',
    })
  }
  data.renewalDecisionDate = end ? renewalDecisionDateOf(end, merged.noticeDays) : null
  return data
}
