import type { CollectionBeforeDeleteHook } from 'payload'

import { idOf } from '@/lib/ids'
import { WRITING_PLAN } from '../project-activities/plannedEnd'

/**
 * A project's plan, its deliverables and the time entered on it go with it, in the same transaction: the database would refuse to leave its
 * activities without a project. Whoever may delete the project deletes its plan, as the
 * application's own act (a member may not delete activities one by one). Followers go before the
 * activities they follow, one at a time, so no link is left pointing at a deleted activity.
 */
export const deletePlan: CollectionBeforeDeleteHook = async ({ id, req }) => {
  // The time entered on the plan and the deliverables go first: neither can be left without its parent.
  for (const collection of ['time-entries', 'project-deliverables', 'alert-events', 'project-alerts'] as const) {
    await req.payload.delete({ collection, where: { project: { equals: id } }, depth: 0, overrideAccess: true, req })
  }
  const { docs } = await req.payload.find({
    collection: 'project-activities',
    where: { project: { equals: id } },
    select: { predecessors: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  let left = docs
  const previous = req.context[WRITING_PLAN]
  // The project goes too: its planned end is not worked out again after each activity.
  req.context[WRITING_PLAN] = true
  try {
    while (left.length > 0) {
      const followed = new Set(left.flatMap((doc) => (doc.predecessors ?? []).map((link) => idOf(link.activity))))
      // A plan has no cycles (they are refused); should one be there, delete anyway.
      const leaves = left.filter((doc) => !followed.has(doc.id))
      const next = leaves.length > 0 ? leaves : left
      for (const activity of next) {
        await req.payload.delete({
          collection: 'project-activities',
          id: activity.id,
          depth: 0,
          overrideAccess: true,
          req,
        })
      }
      left = left.filter((doc) => !next.includes(doc))
    }
  } finally {
    req.context[WRITING_PLAN] = previous
  }
}
