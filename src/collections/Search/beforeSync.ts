import type { BeforeSync } from '@payloadcms/plugin-search/types'
import type { CollectionSlug } from 'payload'

import { LOCALES } from '@/domain/locale/locales'
import { documentSearchKey, inLocale, type AllLocales } from '@/domain/search/siteSearch'
import { documentPath, hasPublicPage } from '@/domain/site/paths'

/** What each indexed collection calls its title, summary and date. */
const FIELDS: Record<string, { title: string; summary?: string; date?: string }> = {
  news: { title: 'title', summary: 'excerpt', date: 'publishedAt' },
  events: { title: 'title', summary: 'summary', date: 'startsAt' },
  seminars: { title: 'title', summary: 'summary', date: 'publishedAt' },
  services: { title: 'title', summary: 'summary', date: 'publishedAt' },
  'good-practices': { title: 'title', summary: 'summary', date: 'publishedAt' },
  pages: { title: 'title', date: 'publishedAt' },
  associations: { title: 'name' },
}

export const SEARCHED_COLLECTIONS = Object.keys(FIELDS)

type Display = Record<string, { title: string; summary: string }>

/**
 * Fills a search entry with the document in all languages: one accent-free key to match in any
 * language, the title and summary per language to show, the audience to filter by and the path
 * to link to.
 */
export const beforeSync: BeforeSync = async ({ collectionSlug, originalDoc, payload, req, searchDoc }) => {
  const fields = FIELDS[collectionSlug]
  if (!fields) return searchDoc
  const all = await payload.findByID({
    collection: collectionSlug as CollectionSlug,
    id: originalDoc.id as number | string,
    locale: 'all',
    depth: 0,
    req,
    overrideAccess: true,
  })
  const record = all as unknown as Record<string, unknown>
  const title = record[fields.title] as AllLocales
  const summary = fields.summary ? (record[fields.summary] as AllLocales) : undefined
  const display: Display = Object.fromEntries(LOCALES.map((locale) => [locale, { title: inLocale(title, locale), summary: inLocale(summary, locale) }]))
  const path = hasPublicPage(collectionSlug) ? documentPath(collectionSlug, originalDoc as { slug?: string | null }) : null
  return {
    ...searchDoc,
    title: inLocale(title, 'cs'),
    searchKey: documentSearchKey(title, summary),
    display,
    path,
    audience: record.audience === 'members' ? 'members' : 'public',
    date: fields.date ? ((record[fields.date] as string | null | undefined) ?? null) : null,
  }
}
