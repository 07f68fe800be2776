import type { PayloadRequest } from 'payload'

import { modulesOf } from '@/hooks/modules/registry'
import type { CalendarEvent, Period } from './types'

/** More than anyone can read in one calendar view; past it the answer says it is cut short. */
const LIMIT_PER_COLLECTION = 1000

/**
 * The dated items of these users in the period, read as `req.user` with their access: a record
 * they may not read never shows up, whose ever calendar it is on. Sorted by start. Titles a source
 * writes itself are in `language` (default: the request's).
 */
export async function calendarEvents(
  req: PayloadRequest,
  owners: number[],
  period: Period,
  language: 'en' | 'ro' = req.i18n?.language === 'en' ? 'en' : 'ro',
): Promise<{ events: CalendarEvent[]; truncated: boolean }> {
  if (owners.length === 0) return { events: [], truncated: false }
  const ownerSet = new Set(owners)
  const adminRoute = req.payload.config.routes.admin
  const events: CalendarEvent[] = []
  let truncated = false
  // One collection after another: the reads share the request, whose permissions are read once.
  for (const source of modulesOf(req.payload).calendarSources) {
    const { docs } = await req.payload.find({
      collection: source.collection,
      where: source.where(owners, period),
      select: source.select,
      sort: source.sort,
      depth: 0,
      // One more than the limit tells whether there were more.
      limit: LIMIT_PER_COLLECTION + 1,
      pagination: false,
      user: req.user,
      overrideAccess: false,
      // A collection the user may not read at all adds nothing instead of refusing the calendar.
      disableErrors: true,
      req,
    })
    if (docs.length > LIMIT_PER_COLLECTION) truncated = true
    for (const doc of docs.slice(0, LIMIT_PER_COLLECTION)) {
      events.push({
        id: source.key ? `${source.collection}:${doc.id}:${source.key}` : `${source.collection}:${doc.id}`,
        collection: source.collection,
        recordId: doc.id,
        ...source.toItem(doc as never, ownerSet, language),
        url: `${adminRoute}/collections/${source.collection}/${doc.id}`,
      })
    }
  }
  events.sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id))
  return { events, truncated }
}
