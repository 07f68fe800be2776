import type { Payload, PayloadRequest } from 'payload'

import { permissionsFor } from '@/access/engine'

/** Server code (the local API, the app's cron, the worker) or an administrator. */
export async function localOrAdministrator({ req }: { req: PayloadRequest }): Promise<boolean> {
  if (req.payloadAPI === 'local') return true
  return Boolean((await permissionsFor(req))?.isAdmin)
}

/**
 * The scheduler's statistics (a global Payload adds once a task has a schedule, readable and
 * writable by anyone signed in): for administrators only, like the queue. Payload adds it after
 * the plugins ran, so it is closed here, at start.
 */
export function closeJobStats(payload: Payload) {
  const stats = payload.config.globals.find((global) => global.slug === 'payload-jobs-stats')
  if (stats) stats.access = { ...stats.access, read: localOrAdministrator, update: localOrAdministrator }
}
