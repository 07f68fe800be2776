import type { PayloadRequest } from 'payload'

import { DEFAULT_TIME_ZONE } from '../../lib/timeZone'

/** The time zone the application's days are counted in (settings → time), read as the caller. */
export async function calendarTimeZone(req: PayloadRequest): Promise<string> {
  const settings = await req.payload.findGlobal({
    slug: 'settings',
    select: { time: { timeZone: true } },
    depth: 0,
    user: req.user,
    overrideAccess: false,
    req,
  })
  return settings.time?.timeZone || DEFAULT_TIME_ZONE
}
