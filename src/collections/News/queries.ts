import type { Where } from 'payload'

import { collectionTag } from '@/domain/cache/tags'
import type { Locale } from '@/domain/locale/locales'
import { publicRead } from '@/site/read'

export const NEWS_PER_PAGE = 10

const NEWS_TAGS = ['news', 'categories', 'media', 'documents', 'events', 'associations'].map(collectionTag)

export type NewsListFilter = { category?: string; page: number }

/** A page of published news, newest first, optionally of one category (by slug). */
export const readNewsList = publicRead('news-list', NEWS_TAGS, async (payload, as, locale: Locale, filter: NewsListFilter) => {
  const categories = await payload.find({ collection: 'categories', locale, sort: 'title', pagination: false, depth: 0, ...as })
  const category = filter.category ? categories.docs.find((candidate) => candidate.slug === filter.category) : undefined
  const where: Where | undefined = category ? { categories: { in: [category.id] } } : undefined
  const news = await payload.find({
    collection: 'news',
    locale,
    where,
    sort: '-publishedAt',
    limit: NEWS_PER_PAGE,
    page: filter.page,
    depth: 1,
    select: { title: true, slug: true, excerpt: true, publishedAt: true, coverImage: true, categories: true, audience: true },
    ...as,
  })
  return { news, categories: categories.docs, category: category ?? null }
})

export const readLatestNews = publicRead('news-latest', NEWS_TAGS, async (payload, as, locale: Locale, limit: number) => {
  const { docs } = await payload.find({
    collection: 'news',
    locale,
    sort: '-publishedAt',
    limit,
    depth: 1,
    select: { title: true, slug: true, excerpt: true, publishedAt: true, coverImage: true },
    ...as,
  })
  return docs
})

export const readNewsArticle = publicRead('news-article', NEWS_TAGS, async (payload, as, locale: Locale, slug: string) => {
  const { docs } = await payload.find({ collection: 'news', locale, where: { slug: { equals: slug } }, limit: 1, depth: 1, ...as })
  return docs[0] ?? null
})

/** The newest public articles for the RSS and Atom feeds (always as an anonymous reader). */
export const readNewsFeed = publicRead('news-feed', NEWS_TAGS, async (payload, as, locale: Locale) => {
  const { docs } = await payload.find({
    collection: 'news',
    locale,
    sort: '-publishedAt',
    limit: 30,
    depth: 1,
    select: { title: true, slug: true, excerpt: true, publishedAt: true, updatedAt: true, coverImage: true, categories: true, association: true, content: true },
    ...as,
  })
  return docs
})
