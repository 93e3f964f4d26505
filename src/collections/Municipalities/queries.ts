import type { Where } from 'payload'

import { sameId } from '@/access/ids'
import { collectionTag } from '@/domain/cache/tags'
import type { Locale } from '@/domain/locale/locales'
import { isActiveMemberOf } from '@/domain/memberships/activeMembership'
import { searchKey } from '@/domain/search/searchKey'
import { nameCollator, sortByName } from '@/domain/site/collation'
import { publicRead } from '@/site/read'

export const MUNICIPALITIES_PER_PAGE = 24

const MUNICIPALITY_TAGS = ['municipalities', 'regions', 'associations', 'media', 'good-practices'].map(collectionTag)

export type DirectoryFilter = { q?: string; region?: string; district?: string; kind?: string; membership?: string; page: number }

/** The choices of the directory's filters: Czech regions, districts and associations, in the reader's collation. */
export const readDirectoryOptions = publicRead('directory-options', MUNICIPALITY_TAGS, async (payload, as, locale: Locale) => {
  const [regions, districts, associations] = await Promise.all([
    payload.find({ collection: 'regions', locale, where: { kind: { equals: 'cz-region' } }, pagination: false, depth: 0, select: { code: true, name: true }, ...as }),
    payload.findDistinct({ collection: 'municipalities', field: 'district', limit: 1000, depth: 0, ...as }),
    payload.find({ collection: 'associations', locale, pagination: false, depth: 0, select: { name: true, slug: true }, ...as }),
  ])
  const districtNames = districts.values.map((value) => value.district).filter((name): name is string => typeof name === 'string' && name !== '')
  return {
    regions: sortByName(regions.docs, locale, (region) => region.name),
    districts: [...new Set(districtNames)].sort(nameCollator(locale).compare),
    associations: sortByName(associations.docs, locale, (association) => association.name),
  }
})

/**
 * One page of the directory. Every match is read (name and memberships only) and sorted by
 * Czech collation here, because the database sorts by code points ("Č" after "Z").
 */
export const readDirectory = publicRead('directory', MUNICIPALITY_TAGS, async (payload, as, locale: Locale, filter: DirectoryFilter) => {
  const conditions: Where[] = []
  const key = filter.q ? searchKey(filter.q) : ''
  if (key) conditions.push({ searchName: { contains: key } })
  if (filter.district) conditions.push({ district: { equals: filter.district } })
  if (filter.kind) conditions.push({ kind: { equals: filter.kind } })
  if (filter.region) {
    const { docs } = await payload.find({ collection: 'regions', where: { code: { equals: filter.region } }, limit: 1, depth: 0, select: { code: true }, ...as })
    conditions.push({ region: { equals: docs[0]?.id ?? -1 } })
  }
  let association: { id: number | string } | undefined
  if (filter.membership) {
    const { docs } = await payload.find({ collection: 'associations', where: { slug: { equals: filter.membership } }, limit: 1, depth: 0, select: { slug: true }, ...as })
    association = docs[0]
    conditions.push({ 'memberships.association': { equals: association?.id ?? -1 } })
  }
  const matches = await payload.find({
    collection: 'municipalities',
    where: conditions.length > 0 ? { and: conditions } : undefined,
    pagination: false,
    depth: 0,
    // Memberships only when filtering by them: they are a table of their own, read row by row.
    select: association ? { name: true, memberships: true } : { name: true },
    ...as,
  })
  const members = association
    ? matches.docs.filter((municipality) => isActiveMemberOf(municipality.memberships, (ref) => sameId(ref, association.id)))
    : matches.docs
  const sorted = sortByName(members, locale, (municipality) => municipality.name)
  const totalPages = Math.max(1, Math.ceil(sorted.length / MUNICIPALITIES_PER_PAGE))
  const page = Math.min(filter.page, totalPages)
  const ids = sorted.slice((page - 1) * MUNICIPALITIES_PER_PAGE, page * MUNICIPALITIES_PER_PAGE).map((municipality) => municipality.id)
  const { docs } = await payload.find({
    collection: 'municipalities',
    locale,
    where: { id: { in: ids } },
    pagination: false,
    depth: 1,
    select: { name: true, slug: true, kind: true, district: true, region: true, population: true, memberships: true },
    populate: { regions: { name: true, code: true }, associations: { name: true, shortName: true, slug: true } },
    ...as,
  })
  const byId = new Map(docs.map((doc) => [String(doc.id), doc]))
  return {
    municipalities: ids.map((id) => byId.get(String(id))).filter((doc) => doc !== undefined),
    totalDocs: sorted.length,
    totalPages,
    page,
  }
})

export const readMunicipality = publicRead('municipality', MUNICIPALITY_TAGS, async (payload, as, locale: Locale, slug: string) => {
  const { docs } = await payload.find({ collection: 'municipalities', locale, where: { slug: { equals: slug } }, limit: 1, depth: 1, ...as })
  return docs[0] ?? null
})
