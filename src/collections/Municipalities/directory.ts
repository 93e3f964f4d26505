import type { PaginatedDocs, Payload, Sort, TypedLocale, Where } from 'payload'

import type { Id } from '@/access/ids'
import { DIRECTORY_PAGE_SIZE, kindsOfChamber, type DirectoryCriteria, type DirectoryProblem, type DirectorySort } from '@/domain/directory/criteria'
import { memberOfToken } from '@/domain/memberships/memberOfIds'
import type { Municipality } from '@/payload-types'

/** A directory query with the region and association already resolved to ids. */
export interface DirectoryQuery {
  fragment: string
  region: Id | null
  district: string | null
  kinds: Municipality['kind'][] | null
  memberOf: Id | null
  sort: DirectorySort
  page: number
}

export const DIRECTORY_SELECT = {
  name: true,
  slug: true,
  kind: true,
  district: true,
  region: true,
  population: true,
  memberOfIds: true,
} as const

export type DirectoryEntry = Pick<Municipality, 'id' | keyof typeof DIRECTORY_SELECT>

const SORTS: Record<DirectorySort, Sort> = {
  name: 'sortName',
  '-name': '-sortName',
  // Municipalities of equal (or unknown) population keep the Czech alphabetical order.
  population: ['population', 'sortName'],
  '-population': ['-population', 'sortName'],
}

export function directoryWhere(query: Omit<DirectoryQuery, 'sort' | 'page'>): Where {
  const conditions: Where[] = []
  // Payload's `like` matches every word anywhere in the value: a prefix or an infix, in any order.
  if (query.fragment) conditions.push({ searchName: { like: query.fragment } })
  if (query.region !== null) conditions.push({ region: { equals: query.region } })
  if (query.district) conditions.push({ district: { equals: query.district } })
  if (query.kinds) conditions.push({ kind: { in: query.kinds } })
  if (query.memberOf !== null) conditions.push({ memberOfIds: { contains: memberOfToken(query.memberOf) } })
  return conditions.length === 0 ? {} : { and: conditions }
}

/** One page (24) of the public directory; runs with the visitor's access, which lets anyone read the register. */
export function searchDirectory(payload: Payload, query: DirectoryQuery): Promise<PaginatedDocs<DirectoryEntry>> {
  return payload.find({
    collection: 'municipalities',
    where: directoryWhere(query),
    sort: SORTS[query.sort],
    limit: DIRECTORY_PAGE_SIZE,
    page: query.page,
    depth: 0,
    select: DIRECTORY_SELECT,
    overrideAccess: false,
  })
}

export interface DirectoryFacets {
  regions: { id: Id; code: string; name: string }[]
  districts: string[]
  associations: { id: Id; slug: string; shortName: string; name: string }[]
}

const czech = new Intl.Collator('cs')

/** The choices of the directory's filters: regions, the districts (of the chosen region, by code) and associations with members. */
export async function directoryFacets(payload: Payload, locale: TypedLocale, regionCode: string | null): Promise<DirectoryFacets> {
  const [regions, associations] = await Promise.all([
    payload.find({
      collection: 'regions',
      where: { kind: { in: ['cz-region', 'pl-voivodeship'] } },
      select: { code: true, name: true },
      pagination: false,
      depth: 0,
      locale,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'associations',
      where: { memberCount: { greater_than: 0 } },
      select: { slug: true, shortName: true, name: true },
      pagination: false,
      depth: 0,
      locale,
      overrideAccess: false,
    }),
  ])
  const region = regionCode === null ? undefined : regions.docs.find((candidate) => candidate.code === regionCode)
  const districts = await payload.findDistinct({
    collection: 'municipalities',
    field: 'district',
    where: region === undefined ? undefined : { region: { equals: region.id } },
    overrideAccess: false,
  })
  return {
    regions: regions.docs.map(({ id, code, name }) => ({ id, code, name })).sort((a, b) => czech.compare(a.name, b.name)),
    districts: districts.values
      .map((value) => value.district)
      .filter((district): district is string => typeof district === 'string' && district !== '')
      .sort(czech.compare),
    associations: associations.docs
      .map(({ id, slug, shortName, name }) => ({ id, slug: slug ?? '', shortName, name }))
      .sort((a, b) => czech.compare(a.shortName, b.shortName)),
  }
}

/** Turns the region code and association slug of the URL into ids; a code or slug nobody has is a problem of that field. */
export function resolveDirectoryQuery(
  criteria: DirectoryCriteria,
  facets: Pick<DirectoryFacets, 'regions' | 'associations'>,
): { query: DirectoryQuery; problems: DirectoryProblem[] } {
  const problems: DirectoryProblem[] = []
  const region = criteria.region === null ? null : (facets.regions.find((candidate) => candidate.code === criteria.region)?.id ?? null)
  if (criteria.region !== null && region === null) problems.push({ field: 'region', reason: 'unknown' })
  const memberOf = criteria.member === null ? null : (facets.associations.find((candidate) => candidate.slug === criteria.member)?.id ?? null)
  if (criteria.member !== null && memberOf === null) problems.push({ field: 'member', reason: 'unknown' })
  const kinds = criteria.kind ? [criteria.kind] : null
  const chamberKinds = criteria.chamber ? kindsOfChamber(criteria.chamber) : null
  return {
    query: {
      fragment: criteria.fragment,
      region,
      district: criteria.district,
      // A kind outside the chosen chamber matches nothing, as both filters ask.
      kinds: kinds && chamberKinds ? kinds.filter((kind) => chamberKinds.includes(kind)) : (kinds ?? chamberKinds),
      memberOf,
      sort: criteria.sort,
      page: criteria.page,
    },
    problems,
  }
}
