import { stat } from 'node:fs/promises'
import path from 'node:path'
import type { CollectionConfig, PayloadRequest } from 'payload'

import { say, t } from './i18n'

/**
 * Payload answers a file whose record exists but whose bytes are gone from the disk with a bare
 * 500 "Something went wrong.". That is a missing resource: this upload handler, run before
 * Payload's own file serving, answers 404 in the caller's language and lets every present file through.
 */
function missingFileAs404(staticDir: string) {
  const root = path.resolve(staticDir)
  return async (req: PayloadRequest, { params }: { params: { filename: string } }): Promise<Response | void> => {
    const file = path.resolve(root, params.filename)
    // Payload itself refuses names that leave the directory; nothing to say about those here.
    if (!file.startsWith(root + path.sep)) return
    try {
      await stat(file)
      return
    } catch (error) {
      if ((error as { code?: string }).code !== 'ENOENT') return
      const message = say(
        req.i18n?.language,
        t('The file is missing from the server storage.', 'Fișierul lipsește din spațiul de stocare al serverului.'),
      )
      return Response.json({ errors: [{ message }] }, { status: 404 })
    }
  }
}

/** Adds the missing-file answer to an upload collection that keeps its files on the local disk. */
export function withMissingFileAs404(collection: CollectionConfig): CollectionConfig {
  const upload = collection.upload
  if (!upload || typeof upload !== 'object' || !upload.staticDir) return collection
  // Payload's type wants a Promise of a Response or of nothing, not of either; at run time a handler
  // that returns nothing lets the next one (and then Payload's own file serving) answer.
  const handler = missingFileAs404(upload.staticDir) as unknown as NonNullable<typeof upload.handlers>[number]
  return { ...collection, upload: { ...upload, handlers: [...(upload.handlers ?? []), handler] } }
}
