import type { Endpoint } from 'payload'

import { permissionsFor, requireSession } from '@/access/engine'
import { appTimeZone } from '@/lib/settings'
import { dayIn } from '@/lib/timeZone'
import { modulesOf } from '@/hooks/modules/registry'

/**
 * `GET /api/my-work` (R30): one section per source the modules registered (open tickets,
 * ticket actions to carry out, todos for today...), each read with the user's own access. A kind of record the user's roles do
 * not read comes back as `readable: false`, so the dashboard works for every role.
 */
export const myWorkEndpoint: Endpoint = {
  path: '/my-work',
  method: 'get',
  handler: async (req) => {
    requireSession(req)
    // Once, before the lists run side by side and each asks for it.
    await permissionsFor(req)
    const me = Number(req.user!.id)
    const now = new Date()
    const timeZone = await appTimeZone(req)
    const sources = modulesOf(req.payload).myWorkSources
    const sections = await Promise.all(sources.map((source) => source.read(req, me, now, timeZone)))
    const answer = Object.fromEntries(sources.map((source, i) => [source.key, sections[i]]))
    return Response.json({ ...answer, timeZone, today: dayIn(now, timeZone) })
  },
}
