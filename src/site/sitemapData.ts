import { collectionTag } from '@/domain/cache/tags'
import type { SitemapDocument } from '@/domain/seo/sitemap'
import { COLLECTIONS_WITH_PAGES, type CollectionWithPage } from '@/domain/site/paths'

import { publicRead } from './read'

/** Every public document with a page, as an anonymous visitor may see it (drafts and members-only excluded by access). */
export const readSitemapDocuments = publicRead('sitemap', COLLECTIONS_WITH_PAGES.map(collectionTag), async (payload, as) => {
  const entries = await Promise.all(
    COLLECTIONS_WITH_PAGES.map(async (collection) => {
      const { docs } = await payload.find({
        collection,
        pagination: false,
        depth: 0,
        select: collection === 'pages' ? { slug: true, breadcrumbs: true, updatedAt: true } : { slug: true, updatedAt: true },
        ...as,
      })
      return [collection, docs as SitemapDocument[]] as const
    }),
  )
  return Object.fromEntries(entries) as Record<CollectionWithPage, SitemapDocument[]>
})
