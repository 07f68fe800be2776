import type { Endpoint } from 'payload'

import { permissionsFor, requireSession } from '@/access/engine'
import { forbidden } from '@/lib/errors'
import { appTimeZone } from '@/lib/settings'
import { dayIn } from '@/lib/timeZone'
import { timesheetOf } from './grid'
import { seesTimesheet } from './people'
import { timesheetQuery } from './query'

/**
 * `GET /api/time-entries/timesheet?week=YYYY-Www` (or `from=` a day of the week; this week by
 * default) `&person=ID` (the caller by default): one person's week of time, activities × days,
 * with the totals, computed over what the caller may read. On the collection, not at the root:
 * a root path starting with the collection's slug is taken by its find-by-id route.
 */
export const timesheetEndpoint: Endpoint = {
  path: '/timesheet',
  method: 'get',
  handler: async (req) => {
    requireSession(req)
    const perms = await permissionsFor(req)
    if (!perms || !seesTimesheet(perms)) {
      throw forbidden(req, {
        en: 'Your role neither enters nor reads time entries, so it has no timesheet.',
        ro: 'Rolul dumneavoastră nici nu introduce, nici nu citește pontaje, deci nu are foaie de pontaj.',
      })
    }
    const today = dayIn(new Date(), await appTimeZone(req))
    return Response.json(await timesheetOf(req, perms, timesheetQuery(req, today), today))
  },
}
