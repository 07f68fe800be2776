import type { CollectionBeforeDeleteHook } from 'payload'

import { badRequest } from '@/lib/errors'

/** An activity people entered time on is not deleted under them: their hours would be lost. */
export const keepLoggedTime: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({
    collection: 'time-entries',
    where: { activity: { equals: id } },
    overrideAccess: true,
    req,
  })
  if (totalDocs === 0) return
  throw badRequest(req, {
    en: `Time was entered on this activity (${totalDocs} entries): delete or move them first.`,
    ro: `Pe această activitate s-a pontat timp (${totalDocs} pontaje): ștergeți-le sau mutați-le întâi.`,
  })
}
