import type { MetadataRoute } from 'next'

import { sitemapEntries } from '@/domain/seo/sitemap'
import { siteUrl } from '@/site/metadata'
import { readSitemapDocuments } from '@/site/sitemapData'
import { ANONYMOUS } from '@/site/viewer'

// Built from the database at request time (and cached under the collections' tags), never at build time.
export const dynamic = 'force-dynamic'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries(siteUrl(), await readSitemapDocuments(ANONYMOUS))
}
