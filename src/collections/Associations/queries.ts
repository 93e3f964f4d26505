import { collectionTag } from '@/domain/cache/tags'
import type { Locale } from '@/domain/locale/locales'
import { publicRead } from '@/site/read'

const ASSOCIATION_TAGS = ['associations', 'people', 'commissions', 'services', 'regions', 'media', 'municipalities', 'documents'].map(collectionTag)

export const readAssociationList = publicRead('association-list', ASSOCIATION_TAGS, async (payload, as, locale: Locale) => {
  const { docs } = await payload.find({
    collection: 'associations',
    locale,
    pagination: false,
    depth: 1,
    select: { name: true, shortName: true, slug: true, kind: true, country: true, memberCount: true, logo: true, founded: true },
    ...as,
  })
  return docs
})

/** An association with its governing bodies, contact persons, commissions and services. */
export const readAssociation = publicRead('association', ASSOCIATION_TAGS, async (payload, as, locale: Locale, slug: string) => {
  const { docs } = await payload.find({ collection: 'associations', locale, where: { slug: { equals: slug } }, limit: 1, depth: 2, ...as })
  const association = docs[0]
  if (!association) return null
  const [commissions, services] = await Promise.all([
    payload.find({
      collection: 'commissions',
      locale,
      where: { association: { equals: association.id } },
      pagination: false,
      depth: 0,
      select: { name: true, abbreviation: true, slug: true, kind: true },
      ...as,
    }),
    payload.find({
      collection: 'services',
      locale,
      where: { association: { equals: association.id } },
      sort: 'title',
      pagination: false,
      depth: 0,
      select: { title: true, slug: true, category: true, summary: true },
      ...as,
    }),
  ])
  return { association, commissions: commissions.docs, services: services.docs }
})

export const readCommission = publicRead('commission', ASSOCIATION_TAGS, async (payload, as, locale: Locale, slug: string) => {
  const { docs } = await payload.find({ collection: 'commissions', locale, where: { slug: { equals: slug } }, limit: 1, depth: 2, ...as })
  return docs[0] ?? null
})
