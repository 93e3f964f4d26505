import type { MetadataRoute } from 'next'

import { siteUrl } from '@/site/metadata'

export const dynamic = 'force-dynamic'

/** Crawlers may read the public site; the admin, the API, accounts, forms and search results are not for them. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: '*',
        allow: '/',
        disallow: ['/admin', '/api/', '/account', '/registrations', '/search', '/pl/search', '/en/search', '/preview', '/*/register'],
      },
    ],
    sitemap: `${siteUrl()}/sitemap.xml`,
  }
}
