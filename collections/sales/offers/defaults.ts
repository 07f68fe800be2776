import { addDays } from 'date-fns'
import type { CollectionBeforeChangeHook } from 'payload'

import { yearlyNumber } from '@/lib/counters'
import { idOf } from '@/lib/ids'
import { settingsOf } from '@/lib/settings'

/** What a revision carries into its new draft (set by the revise endpoint, never by a client). */
export const REVISION = 'organizecrm:offer:revision'
export interface RevisionContext {
  number: string
  revision: number
  previous: number
}

/**
 * A new offer gets its number from the database counter of its prefix and year (`OF-2026-0007`;
 * a revision keeps its root and adds `-R2`), today as issue date, the settings' currency, and a
 * validity term from its template or the settings.
 */
export const offerDefaults: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') {
    delete data.number
    delete data.revision
    delete data.previousRevision
    return data
  }
  const commercial = (await settingsOf(req)).commercial
  const revision = req.context[REVISION] as RevisionContext | undefined
  const issueDate = data.issueDate ? new Date(data.issueDate) : new Date()
  data.issueDate = issueDate.toISOString()
  if (revision) {
    Object.assign(data, { number: revision.number, revision: revision.revision, previousRevision: revision.previous })
  } else {
    const prefix = (commercial?.numberPrefixes?.offer || 'OF').trim()
    Object.assign(data, {
      number: await yearlyNumber(req, 'offer', prefix, issueDate),
      revision: 1,
      previousRevision: null,
    })
  }
  data.currency ??= idOf(commercial?.defaultCurrency)
  if (!data.validUntil) {
    const template = idOf(data.template)
    const fromTemplate = template
      ? ((
          await req.payload.findByID({
            collection: 'offer-templates',
            id: template,
            depth: 0,
            disableErrors: true,
            overrideAccess: true,
            req,
          })
        )?.validityDays ?? null)
      : null
    data.validUntil = addDays(issueDate, Number(fromTemplate ?? commercial?.offerValidityDays ?? 30)).toISOString()
  }
  return data
}
