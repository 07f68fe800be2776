import fs from 'node:fs'
import path from 'node:path'

import { REST_POST } from '@payloadcms/next/routes'
import { beforeAll, describe, expect, it } from 'vitest'

import config from '../../helpers/config'
import { login } from '../../helpers/http'
import { testPayload } from '../../helpers/payload'

const post = REST_POST(config)

/** Uploads a ticket file as the admin panel does (multipart, `_payload` holding the fields). */
async function upload(token: string, name: string, fields: Record<string, unknown>) {
  const form = new FormData()
  form.append('file', new Blob([new TextEncoder().encode(`eroare la export ${name}\n`)], { type: 'text/plain' }), name)
  form.append('_payload', JSON.stringify(fields))
  const request = new Request('http://localhost:3000/api/ticket-files', {
    method: 'POST',
    headers: { authorization: `JWT ${token}`, 'accept-language': 'en' },
    body: form,
  })
  const response = await post(request, { params: Promise.resolve({ slug: ['ticket-files'] }) })
  return { status: response.status, body: await response.json().catch(() => null) }
}

/** A save that fails keeps nothing of its upload: no file on disk, so a retry keeps the file's name. */
describe('uploads of a failed save', () => {
  let agent: string
  let dir: string

  beforeAll(async () => {
    const payload = await testPayload()
    agent = await login('support-agent@organizecrm.test')
    dir = payload.collections['ticket-files'].config.upload.staticDir as string
  })

  it('leaves no file behind, and the retried upload keeps its name', async () => {
    const name = `eroare-export-${Date.now().toString(36)}.txt`
    // A description PostgreSQL cannot store (a NUL character): refused by the database, after the
    // file was written.
    const failed = await upload(agent, name, { description: 'a\u0000b' })
    expect(failed.status).toBeGreaterThanOrEqual(400)
    expect(fs.existsSync(path.join(dir, name))).toBe(false)
    const retried = await upload(agent, name, {})
    expect(retried.status).toBe(201)
    expect(retried.body.doc.filename).toBe(name)
    expect(fs.existsSync(path.join(dir, name))).toBe(true)
  })
})
