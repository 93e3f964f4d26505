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
  experimental: {
    // A member's good practice comes with up to three 10 MB attachments through a server action,
    // on a path the locale proxy rewrites.
    serverActions: { bodySizeLimit: '32mb' },
    proxyClientMaxBodySize: '32mb',
  },
  images: {
    // Uploads are already resized to WebP by sharp in Payload; Next must not re-encode them.
    unoptimized: true,
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
