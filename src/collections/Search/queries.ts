import type { Locale } from '@/domain/locale/locales'
import { MIN_QUERY_LENGTH, rankResults } from '@/domain/search/siteSearch'
import { sortByName } from '@/domain/site/collation'
import { paths } from '@/domain/site/paths'
import { payloadClient } from '@/lib/payload'
import { readAs } from '@/site/read'
import type { Viewer } from '@/site/viewer'

export type SearchHit = { group: string; title: string; summary: string; path: string; date: string | null }

const MAX_DOCUMENTS = 60
const MAX_MUNICIPALITIES = 30

/**
 * Searches published documents (through the search index) and the municipality register in one
 * go; access control applies to both, so visitors never see members-only entries. `key` is the
 * normalized query (see normalizeQuery). Not cached: every query is different.
 */
export async function searchSite(viewer: Viewer, locale: Locale, key: string): Promise<{ hits: SearchHit[]; total: number }> {
  if (key.length < MIN_QUERY_LENGTH) return { hits: [], total: 0 }
  const payload = await payloadClient()
  const as = readAs(viewer)
  const [documents, municipalities] = await Promise.all([
    payload.find({ collection: 'search', where: { searchKey: { like: key } }, limit: MAX_DOCUMENTS, depth: 0, ...as }),
    payload.find({
      collection: 'municipalities',
      where: { searchName: { like: key } },
      limit: MAX_MUNICIPALITIES,
      depth: 1,
      select: { name: true, slug: true, district: true, kind: true },
      ...as,
    }),
  ])
  const documentHits: SearchHit[] = documents.docs.flatMap((entry) => {
    if (!entry.path) return []
    const display = (entry.display as Record<string, { title?: string; summary?: string }> | null)?.[locale]
    return [{ group: entry.doc.relationTo, title: display?.title || entry.title || '', summary: display?.summary ?? '', path: entry.path, date: entry.date ?? null }]
  })
  const municipalityHits: SearchHit[] = sortByName(municipalities.docs, locale, (municipality) => municipality.name).map((municipality) => ({
    group: 'municipalities',
    title: municipality.name,
    summary: municipality.district ?? '',
    path: paths.municipality(municipality.slug ?? ''),
    date: null,
  }))
  const hits = [...rankResults(documentHits, key, (hit) => hit.title, (hit) => hit.date), ...rankResults(municipalityHits, key, (hit) => hit.title, () => null)]
  return { hits, total: documents.totalDocs + municipalities.totalDocs }
}
