import type { PayloadRequest } from 'payload'

import type { Setting } from '@/payload-types'
import { DEFAULT_TIME_ZONE } from './timeZone'

const CACHE = 'organizecrm:settings'

/**
 * The application settings, read once per request (kept in `req.context`, never across requests)
 * by the hooks, effects and jobs that apply them: defaults, thresholds, time zone. Every signed-in
 * user may read them; this read is the application's own.
 */
export async function settingsOf(req: PayloadRequest): Promise<Partial<Setting>> {
  const cached = req.context[CACHE] as Partial<Setting> | undefined
  if (cached) return cached
  const settings = (await req.payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true, req })) ?? {}
  req.context[CACHE] = settings
  return settings
}

/** The time zone the application's days are counted in (settings → time). */
export const appTimeZone = async (req: PayloadRequest) => (await settingsOf(req)).time?.timeZone || DEFAULT_TIME_ZONE
