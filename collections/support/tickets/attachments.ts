import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '../../../src/lib/ids'

/**
 * Files the caller has just uploaded and attached are filed under the ticket (theirs or that of the
 * ticket action), so whoever may read the ticket may read them. Only the caller's own files not
 * yet filed elsewhere move: their update access decides.
 */
export const fileAttachmentsUnderTicket =
  (ticketOf: (doc: Record<string, unknown>) => unknown): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    const ids = ((doc.attachments ?? []) as unknown[]).map(idOf).filter((id) => id !== null)
    const ticket = idOf(ticketOf(doc))
    if (ids.length === 0 || ticket === null || !req.user) return doc
    await req.payload.update({
      collection: 'ticket-files',
      where: { id: { in: ids }, ticket: { exists: false } },
      data: { ticket: Number(ticket) },
      user: req.user,
      overrideAccess: false,
      depth: 0,
      req,
    })
    return doc
  }
