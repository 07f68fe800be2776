import { afterEach, describe, expect, it } from 'vitest'

import nextConfig from '../../../next.config'

/** What Next sends with a path, from the configuration's headers() (every matching rule, in order). */
async function headersFor(path: string): Promise<Map<string, string>> {
  const rules = (await nextConfig.headers?.()) ?? []
  const found = new Map<string, string>()
  for (const rule of rules) {
    // The rules of this app match '/:path*': every path. Anything narrower would not cover /api.
    if (rule.source !== '/:path*' && rule.source !== path) continue
    for (const { key, value } of rule.headers) found.set(key.toLowerCase(), value)
  }
  return found
}

const directives = (csp: string) =>
  new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  )

describe('security headers on every page and API answer', () => {
  const serverURL = process.env.SERVER_URL
  afterEach(() => {
    if (serverURL === undefined) delete process.env.SERVER_URL
    else process.env.SERVER_URL = serverURL
  })

  it('sends CSP, nosniff, frame refusal and a referrer policy on pages, the admin and /api, and no X-Powered-By', async () => {
    expect(nextConfig.poweredByHeader).toBe(false)
    for (const path of ['/', '/admin', '/admin/collections/clients', '/api/clients', '/api/graphql']) {
      const headers = await headersFor(path)
      expect(headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(headers.get('x-frame-options'), path).toBe('DENY')
      expect(headers.get('referrer-policy'), path).toMatch(/^(strict-origin-when-cross-origin|same-origin)$/)
      expect(headers.has('x-powered-by'), path).toBe(false)
      const csp = directives(headers.get('content-security-policy') ?? '')
      expect(csp.get('default-src'), path).toEqual(["'self'"])
      expect(csp.get('frame-ancestors'), path).toEqual(["'none'"])
      expect(csp.get('img-src'), path).toEqual(expect.arrayContaining(["'self'", 'data:', 'blob:']))
      // The admin panel's inline styles and Next's inline bootstrap scripts must keep working.
      expect(csp.get('style-src'), path).toContain("'unsafe-inline'")
      expect(csp.get('script-src'), path).toContain("'self'")
      // Nothing from another host.
      for (const [name, values] of csp) {
        for (const value of values) expect(value, `${path} ${name}`).not.toMatch(/^(https?:|\*|[a-z0-9-]+\.[a-z])/i)
      }
    }
  })

  it('adds HSTS only when SERVER_URL is https', async () => {
    process.env.SERVER_URL = 'http://localhost:3000'
    expect((await headersFor('/api/users')).has('strict-transport-security')).toBe(false)
    process.env.SERVER_URL = 'https://crm.example.com'
    expect((await headersFor('/api/users')).get('strict-transport-security')).toMatch(/max-age=\d{7,}/)
  })
})
