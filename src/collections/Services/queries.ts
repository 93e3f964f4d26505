import type { Where } from 'payload'

import { collectionTag } from '@/domain/cache/tags'
import type { Locale } from '@/domain/locale/locales'
import { publicRead } from '@/site/read'

const SERVICE_TAGS = ['services', 'people', 'documents', 'associations', 'media'].map(collectionTag)

export type ServiceListFilter = { category?: string; association?: string | number }

export const readServiceList = publicRead('service-list', SERVICE_TAGS, async (payload, as, locale: Locale, filter: ServiceListFilter) => {
  const conditions: Where[] = []
  if (filter.category) conditions.push({ category: { equals: filter.category } })
  if (filter.association !== undefined) conditions.push({ association: { equals: filter.association } })
  const { docs } = await payload.find({
    collection: 'services',
    locale,
    where: conditions.length > 0 ? { and: conditions } : undefined,
    sort: 'title',
    pagination: false,
    depth: 1,
    select: { title: true, slug: true, category: true, summary: true, association: true },
    populate: { associations: { name: true, shortName: true, slug: true } },
    ...as,
  })
  return docs
})

export const readService = publicRead('service', SERVICE_TAGS, async (payload, as, locale: Locale, slug: string) => {
  const { docs } = await payload.find({ collection: 'services', locale, where: { slug: { equals: slug } }, limit: 1, depth: 2, ...as })
  return docs[0] ?? null
})
