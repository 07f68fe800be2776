import type { CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import { idOf, recordIdOf } from '@/lib/ids'
import { lockAndRead } from '@/lib/rowLock'

/**
 * Locks the rows of these projects (lowest id first) until the request's transaction ends, through
 * the transaction's own connection. A save that writes a project's derived figures (its planned
 * end, its spent hours) takes it before anything else, before its own rows reference the project:
 * saves of one plan then run one after the other. Without it each save holds the key-share lock its
 * new row takes on the project and then waits for the other's to write the project (PostgreSQL
 * 40P01, a 500), or sums the plan without the other's uncommitted rows and overwrites its figure.
 *
 * FOR NO KEY UPDATE, not FOR UPDATE: a step of an activity's flow locks the activity first and then
 * writes its version, which references the project (a key-share lock). FOR UPDATE would make it wait
 * for a time entry holding the project and waiting for that activity: a deadlock of its own.
 * Values that are no record id lock nothing (the fields' validation answers them).
 */
export async function lockProjects(req: PayloadRequest, ids: unknown[]) {
  const valid = ids.map(recordIdOf).filter((id): id is number => id !== null)
  for (const id of [...new Set(valid)].sort((a, b) => a - b)) {
    await lockAndRead(req, 'projects', id, 'id', 'no key update')
  }
}

/**
 * A first delete hook for a record filed under a project (an activity, a time entry): the project is
 * locked before the record's deletion writes the project's derived figures again.
 */
export const lockProjectBeforeDelete =
  (collection: 'project-activities' | 'time-entries'): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const record = await req.payload.findByID({
      collection,
      id,
      depth: 0,
      disableErrors: true,
      select: { project: true },
      // Where the record is filed; whether the caller may delete it was decided before this hook.
      overrideAccess: true,
      req,
    })
    await lockProjects(req, [idOf(record?.project)])
  }
