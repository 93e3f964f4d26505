import { withPayload } from '@payloadcms/next/withPayload'

import { securityHeaders } from './src/domain/security/headers.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `npm test` type-checks the whole project with `tsc --noEmit` before it builds.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // A proxy's authorisation (up to 10 MB) travels with the registration form's server action.
    serverActions: { bodySizeLimit: '12mb' },
    // src/proxy.ts also runs for /api (request ids), and Next buffers the bodies it passes through
    // up to this size (10 MB by default): room for Payload's upload limit of 25 MB plus the form.
    proxyClientMaxBodySize: '30mb',
  },
  poweredByHeader: false,
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders({ production: process.env.NODE_ENV === 'production' }) }]
  },
  images: {
    // Uploads are already resized to WebP by sharp in Payload; Next must not re-encode them.
    unoptimized: true,
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
