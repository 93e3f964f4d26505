import type { Where } from 'payload'

import { collectionTag } from '@/domain/cache/tags'
import type { Locale } from '@/domain/locale/locales'
import { publicRead } from '@/site/read'

const SEMINAR_TAGS = ['seminars', 'people', 'media', 'documents', 'associations'].map(collectionTag)

export type SeminarListFilter = { topic?: string }

/** Published seminars, by topic; the page orders them by their next term. */
export const readSeminarList = publicRead('seminar-list', SEMINAR_TAGS, async (payload, as, locale: Locale, filter: SeminarListFilter) => {
  const where: Where | undefined = filter.topic ? { topics: { in: [filter.topic] } } : undefined
  const { docs } = await payload.find({
    collection: 'seminars',
    locale,
    where,
    pagination: false,
    depth: 0,
    select: { title: true, slug: true, topics: true, format: true, summary: true, terms: true, priceMembers: true, priceNonMembers: true },
    ...as,
  })
  return docs
})

export const readSeminar = publicRead('seminar', SEMINAR_TAGS, async (payload, as, locale: Locale, slug: string) => {
  const { docs } = await payload.find({ collection: 'seminars', locale, where: { slug: { equals: slug } }, limit: 1, depth: 2, ...as })
  return docs[0] ?? null
})
