import type { CollectionBeforeDeleteHook } from 'payload'

import { idOf } from '@/lib/ids'
import { WRITING_PLAN } from './plannedEnd'

/**
 * An activity others follow can be deleted on its own: its followers lose the link (and keep their
 * dates) in the same transaction. Their older versions keep a link the database empties (the column
 * is nullable for that; the field still requires a value when someone saves a link).
 */
export const unlinkFollowers: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { docs } = await req.payload.find({
    collection: 'project-activities',
    where: { 'predecessors.activity': { equals: id } },
    select: { predecessors: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const previous = req.context[WRITING_PLAN]
  // The followers' dates stay as they are: no replanning for a link taken away.
  req.context[WRITING_PLAN] = true
  try {
    for (const follower of docs) {
      await req.payload.update({
        collection: 'project-activities',
        id: follower.id,
        data: {
          predecessors: (follower.predecessors ?? []).filter((link) => String(idOf(link.activity)) !== String(id)),
        },
        depth: 0,
        overrideAccess: true,
        req,
      })
    }
  } finally {
    req.context[WRITING_PLAN] = previous
  }
}
