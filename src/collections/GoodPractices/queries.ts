import type { Id } from '@/access/ids'
import { collectionTag } from '@/domain/cache/tags'
import type { LibraryCriteria } from '@/domain/goodPractices/libraryCriteria'
import type { Locale } from '@/domain/locale/locales'
import { publicRead } from '@/site/read'

import { searchLibrary } from './library'

const GOOD_PRACTICE_TAGS = ['good-practices', 'municipalities', 'documents', 'regions'].map(collectionTag)

/** The library's filter choices: Czech regions and Polish voivodeships, and the years of published practices. */
export const readLibraryFacets = publicRead('good-practice-facets', GOOD_PRACTICE_TAGS, async (payload, as, locale: Locale) => {
  const [regions, years] = await Promise.all([
    payload.find({ collection: 'regions', where: { kind: { in: ['cz-region', 'pl-voivodeship'] } }, select: { code: true, name: true }, pagination: false, depth: 0, locale, ...as }),
    payload.findDistinct({ collection: 'good-practices', field: 'year', where: { _status: { equals: 'published' } }, sort: '-year', ...as }),
  ])
  return {
    regions: regions.docs.map(({ id, code, name }) => ({ id, code, name })),
    years: years.values.map((value) => value.year).filter((year): year is number => typeof year === 'number'),
  }
})

/** One page of the library as the viewer may see it (members also see members-only practices, as teasers to others). */
export const readLibraryPage = publicRead('good-practice-library', GOOD_PRACTICE_TAGS, (payload, as, locale: Locale, criteria: LibraryCriteria, region: Id | null) =>
  searchLibrary(payload, criteria, { region, user: as.user, locale }),
)

/** A practice by slug; editors in preview get the latest draft. */
export const readGoodPractice = publicRead('good-practice', GOOD_PRACTICE_TAGS, async (payload, as, locale: Locale, slug: string) => {
  const { docs } = await payload.find({
    collection: 'good-practices',
    locale,
    where: as.draft ? { slug: { equals: slug } } : { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
    limit: 1,
    depth: 1,
    populate: {
      municipalities: { name: true, slug: true },
      documents: { title: true, url: true, filename: true, filesize: true, mimeType: true },
      'good-practices': { title: true, slug: true, summary: true, topics: true, year: true, audience: true, municipality: true, _status: true },
    },
    ...as,
  })
  return docs[0] ?? null
})

const RELATED_COUNT = 4

/** Published practices on the same topics, newest first, for a practice whose editors chose fewer than four related ones. */
export const readPracticesOnTopics = publicRead(
  'good-practices-on-topics',
  GOOD_PRACTICE_TAGS,
  async (payload, as, locale: Locale, topics: string[], excluded: Id[]) => {
    if (topics.length === 0 || excluded.length > RELATED_COUNT) return []
    const { docs } = await payload.find({
      collection: 'good-practices',
      where: { and: [{ _status: { equals: 'published' } }, { topics: { in: topics } }, { id: { not_in: excluded } }] },
      sort: '-publishedAt',
      limit: RELATED_COUNT + 1 - excluded.length,
      depth: 1,
      select: { title: true, slug: true, summary: true, topics: true, year: true, audience: true, municipality: true },
      populate: { municipalities: { name: true, slug: true } },
      locale,
      ...as,
    })
    return docs
  },
)

/** A municipality's published practices, newest first. */
export const readMunicipalityPractices = publicRead('municipality-practices', GOOD_PRACTICE_TAGS, async (payload, as, locale: Locale, municipality: Id) => {
  const { docs } = await payload.find({
    collection: 'good-practices',
    where: { and: [{ municipality: { equals: municipality } }, { _status: { equals: 'published' } }] },
    sort: '-publishedAt',
    limit: 20,
    depth: 0,
    select: { title: true, slug: true, summary: true, topics: true, year: true, audience: true },
    locale,
    ...as,
  })
  return docs
})
