import { SIZE_BANDS, type SizeBand } from '../municipalities/sizeBand'
import { searchKey } from '../search/searchKey'
import { TOPIC_AREAS, type TopicArea } from '../topics/topicAreas'

export const LIBRARY_PAGE_SIZE = 12
const MAX_TEXT_LENGTH = 100

export interface LibraryCriteria {
  text: string
  /** Accent-free words, as the stored search text is. */
  words: string
  topic: TopicArea | null
  region: string | null
  sizeBand: SizeBand | null
  year: number | null
  page: number
}

export type LibraryField = 'q' | 'topic' | 'region' | 'size' | 'year' | 'page'

type Params = Record<string, string | string[] | undefined>
const single = (params: Params, name: string) => {
  const value = params[name]
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? ''
}

/** The library's filters from the URL; a value it cannot use is named and left out. */
export function readLibraryCriteria(params: Params): { criteria: LibraryCriteria; problems: LibraryField[] } {
  const problems: LibraryField[] = []
  const text = single(params, 'q').slice(0, MAX_TEXT_LENGTH)
  const pick = <T extends string>(field: LibraryField, allowed: readonly T[]): T | null => {
    const value = single(params, field)
    if (value === '') return null
    if ((allowed as readonly string[]).includes(value)) return value as T
    problems.push(field)
    return null
  }
  const number = (field: 'year' | 'page', min: number, max: number): number | null => {
    const value = single(params, field)
    if (value === '') return null
    const parsed = Number(value)
    if (Number.isInteger(parsed) && parsed >= min && parsed <= max) return parsed
    problems.push(field)
    return null
  }
  const regionText = single(params, 'region')
  const regionValid = /^[0-9A-Za-z]{1,20}$/.test(regionText)
  if (regionText !== '' && !regionValid) problems.push('region')
  return {
    criteria: {
      text,
      words: searchKey(text.replace(/[^\p{L}\p{N}\s-]/gu, ' ')),
      topic: pick('topic', TOPIC_AREAS),
      region: regionValid ? regionText : null,
      sizeBand: pick('size', SIZE_BANDS),
      year: number('year', 1990, 2100),
      page: number('page', 1, 1000) ?? 1,
    },
    problems,
  }
}

export function libraryQueryString(criteria: LibraryCriteria, changes: Partial<LibraryCriteria> = {}): string {
  const merged = { ...criteria, ...changes }
  const params = new URLSearchParams()
  if (merged.text) params.set('q', merged.text)
  if (merged.topic) params.set('topic', merged.topic)
  if (merged.region) params.set('region', merged.region)
  if (merged.sizeBand) params.set('size', merged.sizeBand)
  if (merged.year) params.set('year', String(merged.year))
  if (merged.page > 1) params.set('page', String(merged.page))
  const query = params.toString()
  return query ? `?${query}` : ''
}
