import type { PayloadRequest } from 'payload'

import { permissionsFor } from '@/access/engine'

/** Server code (the local API, the app's cron, the worker) or an administrator. */
export async function localOrAdministrator({ req }: { req: PayloadRequest }): Promise<boolean> {
  if (req.payloadAPI === 'local') return true
  return Boolean((await permissionsFor(req))?.isAdmin)
}
