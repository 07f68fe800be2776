import type { Endpoint, PayloadRequest } from 'payload'

import { permissionsFor, requireSession } from '@/access/engine'
import { readsWidely } from '@/access/readsWidely'
import { forbidden } from '@/lib/errors'
import { appTimeZone } from '@/lib/settings'
import { dayIn } from '@/lib/timeZone'
import { resourceLoad } from './load'
import { resourceQuery } from './query'

/** Who sees everyone's load: those who read projects beyond their own (project managers, admins). */
export async function seesResources(req: PayloadRequest) {
  return readsWidely(await permissionsFor(req), 'projects')
}

/**
 * `GET /api/project-resources?from=dd.MM.yyyy&weeks=N&team=ID` (or `to=` instead of `weeks`,
 * `person=ID` for one person): people × weeks with their load, allocation, over-allocation and the
 * activities behind each cell, counted over what the caller may read.
 */
export const resourcesEndpoint: Endpoint = {
  path: '/project-resources',
  method: 'get',
  handler: async (req) => {
    requireSession(req)
    if (!(await seesResources(req))) {
      throw forbidden(req, {
        en: 'Only those who read the team\u2019s projects (project managers) see the resources.',
        ro: 'Doar cei care citesc proiectele echipei (managerii de proiect) văd resursele.',
      })
    }
    const query = resourceQuery(req, dayIn(new Date(), await appTimeZone(req)))
    return Response.json(await resourceLoad(req, query))
  },
}
