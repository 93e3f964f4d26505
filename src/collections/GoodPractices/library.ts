import type { PaginatedDocs, Payload, TypedLocale, Where } from 'payload'

import type { Id } from '@/access/ids'
import { LIBRARY_PAGE_SIZE, type LibraryCriteria } from '@/domain/goodPractices/libraryCriteria'
import type { GoodPractice } from '@/payload-types'

type Reader = Parameters<Payload['find']>[0]['user']

export const LIBRARY_SELECT = {
  title: true,
  slug: true,
  summary: true,
  municipality: true,
  topics: true,
  sizeBand: true,
  year: true,
  audience: true,
  publishedAt: true,
} as const

export type LibraryEntry = Pick<GoodPractice, 'id' | keyof typeof LIBRARY_SELECT>

export function libraryWhere(criteria: Omit<LibraryCriteria, 'region' | 'page' | 'text'>, region: Id | null): Where {
  const conditions: Where[] = [{ _status: { equals: 'published' } }]
  if (criteria.words) conditions.push({ searchText: { like: criteria.words } })
  if (criteria.topic) conditions.push({ topics: { in: [criteria.topic] } })
  if (region !== null) conditions.push({ region: { equals: region } })
  if (criteria.sizeBand) conditions.push({ sizeBand: { equals: criteria.sizeBand } })
  if (criteria.year) conditions.push({ year: { equals: criteria.year } })
  return { and: conditions }
}

/**
 * One page of published good practices matching the filters and the full-text words, newest
 * first, as the reader may see them (members-only practices only for members).
 */
export function searchLibrary(
  payload: Payload,
  criteria: LibraryCriteria,
  { region, user, locale }: { region: Id | null; user: Reader; locale: TypedLocale },
): Promise<PaginatedDocs<LibraryEntry>> {
  return payload.find({
    collection: 'good-practices',
    where: libraryWhere(criteria, region),
    sort: ['-publishedAt', '-createdAt'],
    limit: LIBRARY_PAGE_SIZE,
    page: criteria.page,
    depth: 1,
    select: LIBRARY_SELECT,
    populate: { municipalities: { name: true, slug: true } },
    locale,
    overrideAccess: false,
    user,
  })
}
