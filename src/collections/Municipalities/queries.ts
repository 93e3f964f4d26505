import type { TypedLocale } from 'payload'

import { collectionTag } from '@/domain/cache/tags'
import type { Locale } from '@/domain/locale/locales'
import { publicRead } from '@/site/read'

import { directoryFacets, searchDirectory, type DirectoryQuery } from './directory'

const MUNICIPALITY_TAGS = ['municipalities', 'memberships', 'regions', 'associations', 'media', 'good-practices', 'events'].map(collectionTag)

// The register is public: the directory reads as nobody whoever looks, so one cached answer serves all.

/** The choices of the directory's filters (see directoryFacets). */
export const readDirectoryFacets = publicRead('directory-facets', MUNICIPALITY_TAGS, (payload, _as, locale: TypedLocale, regionCode: string | null) =>
  directoryFacets(payload, locale, regionCode),
)

/** One page of the directory (see searchDirectory). */
export const readDirectoryPage = publicRead('directory-page', MUNICIPALITY_TAGS, (payload, _as, query: DirectoryQuery) => searchDirectory(payload, query))

/** A municipality's profile with its memberships and the upcoming events of its region (from `hour`, see currentHour). */
export const readMunicipality = publicRead('municipality', MUNICIPALITY_TAGS, async (payload, as, locale: Locale, slug: string, hour: string) => {
  const { docs } = await payload.find({
    collection: 'municipalities',
    locale,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    select: { name: true, slug: true, ruianCode: true, kind: true, district: true, region: true, postalCodes: true, partsCount: true, population: true, website: true, contact: true, coatOfArms: true },
    populate: { regions: { name: true, code: true } },
    ...as,
  })
  const municipality = docs[0]
  if (!municipality) return null
  const regionId = typeof municipality.region === 'object' && municipality.region ? municipality.region.id : municipality.region
  const [memberships, events] = await Promise.all([
    payload.find({
      collection: 'memberships',
      where: { municipality: { equals: municipality.id } },
      depth: 1,
      select: { association: true, status: true, since: true, until: true },
      populate: { associations: { name: true, shortName: true, slug: true } },
      pagination: false,
      locale,
      ...as,
    }),
    regionId
      ? payload.find({
          collection: 'events',
          where: { and: [{ regions: { in: [regionId] } }, { or: [{ endsAt: { greater_than_equal: hour } }, { startsAt: { greater_than_equal: hour } }] }, { _status: { equals: 'published' } }] },
          sort: 'startsAt',
          limit: 5,
          depth: 0,
          select: { title: true, slug: true, startsAt: true, timeZone: true },
          locale,
          ...as,
        })
      : null,
  ])
  return { municipality, memberships: memberships.docs, events: events?.docs ?? [] }
})
