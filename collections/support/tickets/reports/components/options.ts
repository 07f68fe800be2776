import type { PayloadRequest, TypedLocale } from 'payload'

import { appTimeZone } from '@/lib/settings'
import { addDays, dayIn } from '@/lib/timeZone'
import type { Option, ReportOptions } from './types'

/** How many days the view shows first, today included. */
export const DEFAULT_DAYS = 90

/**
 * The teams and ticket types the signed-in user may read, for the filters (labels in the interface
 * language; a list the user may not read comes back empty), and the default period.
 */
export async function reportOptions(req: PayloadRequest): Promise<ReportOptions> {
  const locale = req.i18n.language as TypedLocale
  const asUser = {
    user: req.user,
    overrideAccess: false,
    disableErrors: true,
    req,
    depth: 0,
    pagination: false,
    locale,
  } as const
  const [teams, types, timeZone] = await Promise.all([
    req.payload.find({ collection: 'teams', select: { name: true }, sort: 'name', ...asUser }),
    req.payload.find({ collection: 'ticket-types', select: { name: true }, sort: 'name', ...asUser }),
    appTimeZone(req),
  ])
  const options = (docs: { id: number; name?: string | null }[]): Option[] =>
    docs.map((doc) => ({ id: doc.id, label: doc.name ?? String(doc.id) }))
  const today = dayIn(new Date(), timeZone)
  return { teams: options(teams.docs), types: options(types.docs), from: addDays(today, 1 - DEFAULT_DAYS), to: today }
}
