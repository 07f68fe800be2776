import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Endpoint, Payload, PayloadRequest } from 'payload'

/** What the shell shows when the settings name no company. */
export const DEFAULT_COMPANY_NAME = 'OrganizeCRM'

/** `GET /api/settings/logo`: the company logo of the settings, and nothing else. */
export const COMPANY_LOGO_PATH = '/settings/logo'

/** The image types a browser shows as a logo, each recognised by the bytes its files begin with. */
const IMAGES: Record<string, (bytes: Buffer) => boolean> = {
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (b) => b.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])),
  'image/gif': (b) => ['GIF87a', 'GIF89a'].includes(b.subarray(0, 6).toString('latin1')),
  'image/webp': (b) =>
    b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
}

export interface CompanyLogo {
  mimeType: string
  filename: string
  /** Changes whenever the logo does: the image's address carries it, so browsers may keep it. */
  version: string
}

export interface CompanyIdentity {
  name: string
  logo: CompanyLogo | null
}

/** The id of an upload field's value, populated or not. */
function idOf(value: unknown): number | null {
  if (typeof value === 'number') return value
  const id = (value as { id?: unknown } | null | undefined)?.id
  return typeof id === 'number' ? id : null
}

/**
 * The company's name and logo from the settings, for the login page and the header. Read without
 * access checks because the login page has no user: only these two public facts leave here (the
 * logo as its type, stored name and version, which the endpoint below serves). A logo that is not
 * an image a browser shows (media also holds PDFs) counts as none.
 */
export async function companyIdentity(payload: Payload, req?: PayloadRequest): Promise<CompanyIdentity> {
  const settings = await payload.findGlobal({
    slug: 'settings',
    depth: 0,
    overrideAccess: true,
    select: { company: { name: true, logo: true } },
    req,
  })
  const name = settings?.company?.name?.trim() || DEFAULT_COMPANY_NAME
  const id = idOf(settings?.company?.logo)
  if (id === null) return { name, logo: null }
  const media = await payload.findByID({
    collection: 'media',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { filename: true, mimeType: true, updatedAt: true },
    req,
  })
  if (!media?.filename || !media.mimeType || !IMAGES[media.mimeType]) return { name, logo: null }
  return {
    name,
    logo: { mimeType: media.mimeType, filename: media.filename, version: `${id}-${Date.parse(media.updatedAt)}` },
  }
}

/** The logo's address for an `<img>`: versioned, so a new logo shows at once. */
export const companyLogoUrl = (payload: Payload, logo: CompanyLogo) =>
  `${payload.config.routes.api}${COMPANY_LOGO_PATH}?v=${encodeURIComponent(logo.version)}`

const notFound = () => Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })

/**
 * `GET /api/settings/logo`, public (the login page shows it): the bytes of the settings' logo with
 * its type, 404 when there is none, its file is missing or is not the image its type says. It takes
 * no id: it can never hand out another media file. Asked with the current version (`?v=`) it may
 * be kept for good; otherwise browsers check back with its ETag.
 */
export const companyLogoEndpoint: Endpoint = {
  path: COMPANY_LOGO_PATH,
  method: 'get',
  handler: async (req) => {
    const { logo } = await companyIdentity(req.payload, req)
    const staticDir = req.payload.collections.media?.config.upload?.staticDir
    if (!logo || !staticDir) return notFound()
    const etag = `"${logo.version}"`
    const cacheControl =
      req.searchParams.get('v') === logo.version ? 'public, max-age=31536000, immutable' : 'public, no-cache'
    if (req.headers.get('if-none-match') === etag) {
      return new Response(null, { status: 304, headers: { etag, 'cache-control': cacheControl } })
    }
    let bytes: Buffer
    try {
      // The stored name only: never a path out of the upload directory.
      bytes = await readFile(path.join(staticDir, path.basename(logo.filename)))
    } catch {
      return notFound()
    }
    if (!IMAGES[logo.mimeType](bytes)) return notFound()
    return new Response(new Uint8Array(bytes), {
      headers: {
        'content-type': logo.mimeType,
        'content-length': String(bytes.length),
        'cache-control': cacheControl,
        etag,
        'x-content-type-options': 'nosniff',
      },
    })
  },
}
