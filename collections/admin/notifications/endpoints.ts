import { type Endpoint, UnauthorizedError } from 'payload'

import { NOTIFICATIONS_SLUG } from '@/hooks/notify/shared'

/**
 * `POST /api/notifications/mark-all-read`: marks the caller's unread notifications read and
 * answers `{ updated: n }`. 401 without a session.
 */
export const markAllRead: Endpoint = {
  path: '/mark-all-read',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new UnauthorizedError(req.t)
    const { docs, errors } = await req.payload.update({
      collection: NOTIFICATIONS_SLUG,
      where: { and: [{ recipient: { equals: req.user.id } }, { readAt: { exists: false } }] },
      data: { readAt: new Date().toISOString() },
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    if (errors.length > 0) {
      req.payload.logger.error({ msg: 'mark-all-read: some notifications were not updated', errors })
    }
    return Response.json({ updated: docs.length })
  },
}
