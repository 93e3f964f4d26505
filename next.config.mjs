import { withPayload } from '@payloadcms/next/withPayload'

import { securityHeaders } from './src/domain/security/headers.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `npm test` type-checks the whole project with `tsc --noEmit` before it builds.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders({ production: process.env.NODE_ENV === 'production' }) }]
  },
  experimental: {
    // Server actions carry files: a member's good practice up to three 10 MB attachments, a
    // registration a proxy's authorisation (up to 10 MB); both on paths the locale proxy rewrites.
    serverActions: { bodySizeLimit: '32mb' },
    // src/proxy.ts also runs for /api (request ids), and Next buffers the bodies it passes through
    // (10 MB by default): room for Payload's upload limit of 25 MB and the largest form.
    proxyClientMaxBodySize: '32mb',
  },
  images: {
    // Uploads are already resized to WebP by sharp in Payload; Next must not re-encode them.
    unoptimized: true,
  },
  // Metadata (title, OpenGraph, hreflang) is rendered into <head> for every visitor, not streamed
  // after the body: readers without JavaScript and cached copies of a page get the same head.
  htmlLimitedBots: /.*/,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
