import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `npm test` type-checks the whole project with `tsc --noEmit` before it builds.
  typescript: { ignoreBuildErrors: true },
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
