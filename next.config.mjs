import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `npm test` type-checks the whole project with `tsc --noEmit` before it builds.
  typescript: { ignoreBuildErrors: true },
  images: {
    // Uploads are already resized to WebP by sharp in Payload; Next must not re-encode them.
    unoptimized: true,
  },
  // Metadata (title, OpenGraph, hreflang) is rendered into <head> for every visitor, not streamed
  // after the body: readers without JavaScript and cached copies of a page get the same head.
  htmlLimitedBots: /.*/,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
