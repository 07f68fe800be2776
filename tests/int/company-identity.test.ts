import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'

import { REST_GET } from '@payloadcms/next/routes'
import type { Payload, ServerProps, TypedUser } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CompanyLogo } from '@/components/shell/CompanyLogo'
import { companyIdentity, DEFAULT_COMPANY_NAME } from '@/globals/companyIdentity'
import config from '../helpers/config'
import { uniqueMark } from '../helpers/crm'
import { PDF } from '../helpers/files'
import { login } from '../helpers/http'
import { testPayload, userByEmail } from '../helpers/payload'

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
)
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')

const GET = REST_GET(config)

/** `GET /api/<path>` as a browser sends it: no session unless a token is given. */
async function get(path: string, headers: Record<string, string> = {}) {
  const request = new Request(`http://localhost:3000/api/${path}`, { headers })
  return GET(request, { params: Promise.resolve({ slug: path.split('?')[0].split('/') }) })
}
const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer())

describe("the company's logo and name from the settings (login page, header)", () => {
  let payload: Payload
  let admin: TypedUser
  let company: Record<string, unknown>
  const made: number[] = []

  const media = async (name: string, type: string, data: Uint8Array) => {
    const doc = (await payload.create({
      collection: 'media',
      data: { alt: name },
      file: {
        data: Buffer.from(data),
        mimetype: type,
        name: `${uniqueMark(name)}.${type.split('/')[1]}`,
        size: data.length,
      },
    })) as unknown as { id: number; filename: string }
    made.push(doc.id)
    return doc
  }
  /** The bytes stored for a media file: what the endpoint must hand out, byte for byte. */
  const stored = (doc: { filename: string }) =>
    readFile(path.join((payload.collections.media.config.upload as { staticDir: string }).staticDir, doc.filename))
  const useCompany = (changes: Record<string, unknown>) =>
    payload.updateGlobal({ slug: 'settings', data: { company: { ...company, ...changes } } as never })

  beforeAll(async () => {
    payload = await testPayload()
    admin = await userByEmail(payload, 'admin@organizecrm.test')
    company = (await payload.findGlobal({ slug: 'settings', depth: 0 })).company as Record<string, unknown>
  })

  afterAll(async () => {
    await useCompany({})
    for (const id of made) await payload.delete({ collection: 'media', id, user: admin })
  })

  it('answers 404 without a logo, even when other media exist', async () => {
    await media('alta-imagine', 'image/png', PNG)
    await useCompany({ logo: null })
    const response = await get('settings/logo')
    expect(response.status).toBe(404)
    expect((await companyIdentity(payload)).logo).toBeNull()
  })

  it('serves the logo to anyone, signed in or not, with its type and cache headers', async () => {
    const logo = await media('sigla', 'image/gif', GIF)
    await useCompany({ logo: logo.id })
    const { logo: identity } = await companyIdentity(payload)
    expect(identity).toMatchObject({ mimeType: 'image/gif' })

    const anonymous = await get('settings/logo')
    expect(anonymous.status).toBe(200)
    expect(anonymous.headers.get('content-type')).toBe('image/gif')
    expect(anonymous.headers.get('cache-control')).toBe('public, no-cache')
    const etag = anonymous.headers.get('etag')
    expect(etag).toBe(`"${identity!.version}"`)
    const gif = await stored(logo)
    expect((await bytesOf(anonymous)).equals(gif)).toBe(true)

    // The address the pages use carries the version: kept for good.
    const versioned = await get(`settings/logo?v=${encodeURIComponent(identity!.version)}`)
    expect(versioned.headers.get('cache-control')).toContain('immutable')
    expect((await bytesOf(versioned)).equals(gif)).toBe(true)

    // Unchanged since the browser's copy: nothing sent again.
    expect((await get('settings/logo', { 'if-none-match': etag! })).status).toBe(304)

    const signedIn = await get('settings/logo', { authorization: `JWT ${await login('sales@organizecrm.test')}` })
    expect(signedIn.status).toBe(200)
    expect((await bytesOf(signedIn)).equals(gif)).toBe(true)
  })

  it('follows a new logo at once, under a new version', async () => {
    const before = (await companyIdentity(payload)).logo!.version
    const logo = await media('sigla-noua', 'image/png', PNG)
    await useCompany({ logo: logo.id })
    const after = (await companyIdentity(payload)).logo!
    expect(after.version).not.toBe(before)
    const response = await get('settings/logo')
    expect(response.headers.get('content-type')).toBe('image/png')
    expect((await bytesOf(response)).equals(await stored(logo))).toBe(true)
  })

  it('cannot be made to serve another media file', async () => {
    const logo = (await companyIdentity(payload)).logo!
    const logoBytes = await readFile(
      path.join((payload.collections.media.config.upload as { staticDir: string }).staticDir, logo.filename),
    )
    const other = await media('confidential', 'image/gif', GIF)
    for (const attempt of [
      `settings/logo?id=${other.id}`,
      `settings/logo?where[id][equals]=${other.id}`,
      `settings/logo/${other.id}`,
      `settings/logo/../../media/file/${other.filename}`,
    ]) {
      const response = await get(attempt)
      if (response.status === 200) expect((await bytesOf(response)).equals(logoBytes), attempt).toBe(true)
      else expect(response.status, attempt).toBe(404)
    }
  })

  it('answers 404 for a logo that is no image, or whose file is gone', async () => {
    const pdf = await media('sigla-pdf', 'application/pdf', PDF)
    await useCompany({ logo: pdf.id })
    expect((await get('settings/logo')).status).toBe(404)
    expect((await companyIdentity(payload)).logo).toBeNull()

    const gone = await media('sigla-disparuta', 'image/png', PNG)
    const staticDir = (payload.collections.media.config.upload as { staticDir: string }).staticDir
    await rm(path.join(staticDir, gone.filename))
    await useCompany({ logo: gone.id })
    expect((await get('settings/logo')).status).toBe(404)
  })

  it("shows the logo with the company's name as its text on the login page", async () => {
    const logo = await media('sigla-login', 'image/png', PNG)
    await useCompany({ logo: logo.id, name: 'Construcții Delta SRL' })
    const { logo: identity } = await companyIdentity(payload)
    const html = renderToStaticMarkup(await CompanyLogo({ payload } as ServerProps))
    expect(html).toContain(`src="/api/settings/logo?v=${encodeURIComponent(identity!.version)}"`)
    expect(html).toContain('alt="Construcții Delta SRL"')
    expect(html).toMatch(/aria-hidden="true">Construcții Delta SRL</)

    // A blank name (the form requires one; written past it here): the application's own name.
    await payload.db.updateGlobal({ slug: 'settings', data: { company: { ...company, name: '  ', logo: null } } })
    const bare = renderToStaticMarkup(await CompanyLogo({ payload } as ServerProps))
    expect(bare).not.toContain('<img')
    expect(bare).toContain(`>${DEFAULT_COMPANY_NAME}<`)
  })
})
