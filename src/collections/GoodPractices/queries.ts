import type { Where } from 'payload'

import { collectionTag } from '@/domain/cache/tags'
import type { Locale } from '@/domain/locale/locales'
import { publicRead } from '@/site/read'

export const GOOD_PRACTICES_PER_PAGE = 12

const GOOD_PRACTICE_TAGS = ['good-practices', 'municipalities', 'documents', 'regions'].map(collectionTag)

export type GoodPracticeFilter = { topic?: string; municipality?: string | number; page: number }

/** Published practices the viewer may read (visitors: public ones only), newest first. */
export const readGoodPracticeList = publicRead('good-practice-list', GOOD_PRACTICE_TAGS, async (payload, as, locale: Locale, filter: GoodPracticeFilter) => {
  const conditions: Where[] = [{ _status: { equals: 'published' } }]
  if (filter.topic) conditions.push({ topics: { in: [filter.topic] } })
  if (filter.municipality !== undefined) conditions.push({ municipality: { equals: filter.municipality } })
  return payload.find({
    collection: 'good-practices',
    locale,
    where: { and: conditions },
    sort: '-publishedAt',
    limit: GOOD_PRACTICES_PER_PAGE,
    page: filter.page,
    depth: 1,
    select: { title: true, slug: true, summary: true, topics: true, sizeBand: true, year: true, municipality: true, audience: true },
    populate: { municipalities: { name: true, slug: true } },
    ...as,
  })
})

export const readGoodPractice = publicRead('good-practice', GOOD_PRACTICE_TAGS, async (payload, as, locale: Locale, slug: string) => {
  const { docs } = await payload.find({
    collection: 'good-practices',
    locale,
    where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
    limit: 1,
    depth: 1,
    ...as,
  })
  return docs[0] ?? null
})
