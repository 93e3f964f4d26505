import { withPayload } from '@payloadcms/next/withPayload'

import { securityHeaders } from './src/domain/security/headers.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `npm test` type-checks the whole project with `tsc --noEmit` before it builds.
  typescript: { ignoreBuildErrors: true },
  // A proxy's authorisation (up to 10 MB) travels with the registration form's server action.
  experimental: { serverActions: { bodySizeLimit: '12mb' } },
  poweredByHeader: false,
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders({ production: process.env.NODE_ENV === 'production' }) }]
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
