import { LOCALES, type Locale } from '../locale/locales'
import { searchKey } from './searchKey'

/** A localized text as Payload returns it with `locale: 'all'`. */
export type AllLocales = Partial<Record<Locale, string | null>> | string | null | undefined

/** The text of one locale, falling back to Czech (the content's default language) and then to any other. */
export function inLocale(value: AllLocales, locale: Locale): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  return value[locale] || value.cs || LOCALES.map((other) => value[other]).find(Boolean) || ''
}

/**
 * The one key a document is found by, in every language: the titles and summaries of all its
 * translations, without accents and case, so "plzen" finds "Plzeň" whatever language the
 * visitor reads in.
 */
export function documentSearchKey(...texts: AllLocales[]): string {
  const words = new Set<string>()
  for (const text of texts) {
    const variants = typeof text === 'string' ? [text] : LOCALES.map((locale) => text?.[locale] ?? '')
    for (const variant of variants) for (const word of searchKey(variant).split(' ')) if (word) words.add(word)
  }
  return [...words].join(' ')
}

/** The shortest query worth running; shorter ones match almost everything. */
export const MIN_QUERY_LENGTH = 2

export function normalizeQuery(query: string | undefined): string {
  return searchKey(query ?? '').slice(0, 100)
}

/**
 * Orders results as a reader expects: a title that starts with the query first, then titles that
 * contain it, then matches elsewhere (summary, other language), newest first within each group.
 */
export function rankResults<T>(results: readonly T[], query: string, titleOf: (result: T) => string, dateOf: (result: T) => string | null | undefined): T[] {
  const rank = (result: T): number => {
    const title = searchKey(titleOf(result))
    if (title.startsWith(query)) return 0
    if (title.split(' ').some((word) => word.startsWith(query))) return 1
    if (title.includes(query)) return 2
    return 3
  }
  return [...results]
    .map((result) => ({ result, rank: rank(result), date: dateOf(result) ?? '' }))
    .sort((a, b) => a.rank - b.rank || b.date.localeCompare(a.date))
    .map((entry) => entry.result)
}
