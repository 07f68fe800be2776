import fs from 'node:fs/promises'
import path from 'node:path'

import type { CollectionAfterErrorHook, CollectionBeforeChangeHook, CollectionConfig, PayloadRequest } from 'payload'

const WRITTEN = 'organizecrm:uploads:written'

type Written = { collection: string; dir: string; filename: string; files: string[] }

const writtenIn = (req: PayloadRequest) => (req.context[WRITTEN] ??= []) as Written[]

/**
 * Payload writes an upload to disk before it inserts the row, and when the save then fails (a
 * database constraint, a later hook) it rolls the row back but leaves the file: the next upload of
 * the same name is renamed (`eroare-export-1.txt`). Notes the files this save is about to write
 * (last beforeChange hook: the final name is known), so a failed save can remove them.
 */
const noteWrittenFiles: CollectionBeforeChangeHook = ({ collection, data, req }) => {
  const filename = typeof data.filename === 'string' ? data.filename : null
  const dir = collection.upload && typeof collection.upload === 'object' ? collection.upload.staticDir : undefined
  if (!req.file || !filename || !dir) return data
  const sizes = Object.values((data.sizes ?? {}) as Record<string, { filename?: string | null }>)
    .map((size) => size?.filename)
    .filter((name): name is string => typeof name === 'string')
  writtenIn(req).push({ collection: collection.slug, dir: path.resolve(dir), filename, files: [filename, ...sizes] })
  return data
}

/** After a failed save: the files it wrote, unless a stored record holds that name. */
const removeFilesOfFailedSave: CollectionAfterErrorHook = async ({ req }) => {
  const written = writtenIn(req).splice(0)
  for (const entry of written) {
    // The failed operation has rolled its transaction back: this read sees only what was committed.
    const kept = await req.payload.count({
      collection: entry.collection as 'users',
      where: { filename: { equals: entry.filename } },
      overrideAccess: true,
      req,
    })
    if (kept.totalDocs > 0) continue
    await Promise.all(
      entry.files.map((name) =>
        fs.rm(path.join(entry.dir, path.basename(name)), { force: true }).catch(() => undefined),
      ),
    )
  }
}

/** An upload collection whose failed saves leave no file on disk. */
export function withUploadCleanup(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeChange: [...(hooks.beforeChange ?? []), noteWrittenFiles],
      afterError: [...(hooks.afterError ?? []), removeFilesOfFailedSave],
    },
  }
}
