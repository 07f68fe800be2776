import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { PayloadRequest } from 'payload'

import type { ReportLogo } from './types'

/** The image types a PDF can draw, each with the bytes its files begin with. */
const DRAWABLE: Record<string, number[]> = {
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
}

// A logo bigger than this is not a logo: it is left out rather than weigh down every PDF.
const MAX_BYTES = 4 * 1024 * 1024

interface MediaSource {
  filename?: string | null
  mimeType?: string | null
  url?: string | null
  filesize?: number | null
}

const mediaId = (value: unknown) =>
  typeof value === 'number'
    ? value
    : value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'number'
      ? (value as { id: number }).id
      : null

/**
 * The company logo from the settings (`company.logo`, an upload to `media`), read with the
 * reader's access: its URL for the page and its bytes for the PDF, from the upload directory and
 * nowhere else. A logo the reader may not read, that is not PNG or JPEG, or whose file is missing
 * or is not what its type says, is left out without a word: the document prints without it.
 */
export async function companyLogo(req: PayloadRequest, logo: unknown): Promise<ReportLogo | null> {
  const id = mediaId(logo)
  if (id === null) return null
  const media = (await req.payload.findByID({
    collection: 'media',
    id,
    depth: 0,
    disableErrors: true,
    user: req.user,
    overrideAccess: false,
    req,
  })) as MediaSource | null
  const signature = DRAWABLE[media?.mimeType ?? '']
  const staticDir = req.payload.collections.media?.config.upload?.staticDir
  if (!media?.filename || !media.url || !signature || !staticDir) return null
  if ((media.filesize ?? 0) > MAX_BYTES) return null
  try {
    // The stored name only: never a path out of the upload directory.
    const bytes = await readFile(path.join(staticDir, path.basename(media.filename)))
    if (bytes.length > MAX_BYTES || !signature.every((byte, index) => bytes[index] === byte)) return null
    return { url: media.url, dataUrl: `data:${media.mimeType};base64,${bytes.toString('base64')}` }
  } catch {
    return null
  }
}
