import { DEFAULT_LOCALE, LOCALES, localizedPath } from '../locale/locales'
import { documentPath, paths, type Breadcrumb, type CollectionWithPage } from '../site/paths'

export type SitemapDocument = { slug?: string | null; breadcrumbs?: Breadcrumb[] | null; updatedAt?: string | null }

export type SitemapEntry = {
  url: string
  lastModified?: string
  alternates: { languages: Record<string, string> }
}

/** The list pages and fixed pages of the site, beside the documents. */
const FIXED_PATHS = [
  paths.home,
  paths.news,
  paths.events,
  paths.seminars,
  paths.services,
  paths.associations,
  paths.municipalities,
  paths.goodPractices,
  paths.accessibility,
]

/**
 * One sitemap entry per page, under its Czech address, with the Polish and English versions as
 * `hreflang` alternates (and x-default), as search engines expect for a multilingual site.
 */
export function sitemapEntries(siteUrl: string, documents: Partial<Record<CollectionWithPage, SitemapDocument[]>>): SitemapEntry[] {
  const entry = (path: string, lastModified?: string | null): SitemapEntry => {
    const languages: Record<string, string> = Object.fromEntries(LOCALES.map((locale) => [locale, siteUrl + localizedPath(locale, path)]))
    languages['x-default'] = siteUrl + localizedPath(DEFAULT_LOCALE, path)
    return { url: siteUrl + localizedPath(DEFAULT_LOCALE, path), ...(lastModified ? { lastModified } : {}), alternates: { languages } }
  }
  const entries = FIXED_PATHS.map((path) => entry(path))
  for (const [collection, docs] of Object.entries(documents) as [CollectionWithPage, SitemapDocument[]][]) {
    for (const doc of docs) {
      const path = documentPath(collection, doc)
      if (path) entries.push(entry(path, doc.updatedAt))
    }
  }
  return entries
}
