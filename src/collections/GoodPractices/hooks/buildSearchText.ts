import type { CollectionBeforeChangeHook } from 'payload'

import { idOf, type Ref } from '@/access/ids'
import { lexicalToPlainText } from '@/domain/richText/plainText'
import { searchKey } from '@/domain/search/searchKey'
import { topicLabels, type TopicArea } from '@/domain/topics/topicAreas'
import type { GoodPractice } from '@/payload-types'

import { keepRequestLocale } from './keepRequestLocale'

const LOCALIZED = ['title', 'summary', 'content', 'results', 'costsAndFunding'] as const
type Localized = (typeof LOCALIZED)[number]
/** What everyone may read of a members-only practice (its teaser). */
const TEASER: readonly Localized[] = ['title', 'summary']

/**
 * The accent-free text the library's full-text search matches: every language of the title,
 * summary and body, the municipality, the contact person and the topics. One field for all
 * languages, so a Polish reader also finds a practice written only in Czech.
 *
 * A members-only practice is listed to everyone as a teaser, and anyone may filter by this
 * field, so for it the text holds only what the teaser shows (title, summary, municipality,
 * topics): a query must not reveal words of a body its reader may not read.
 */
export const buildSearchText: CollectionBeforeChangeHook<GoodPractice> = async ({ data, originalDoc, req }) => {
  const locale = typeof req.locale === 'string' && req.locale !== 'all' ? req.locale : 'cs'
  const readAllLocales = (id: GoodPractice['id']) =>
    req.payload.findByID({
      collection: 'good-practices',
      id,
      locale: 'all',
      draft: true,
      depth: 0,
      select: { title: true, summary: true, content: true, results: true, costsAndFunding: true },
      overrideAccess: true,
      disableErrors: true,
      req,
    })
  const original = originalDoc?.id
  // With locale 'all' every localized field comes as an object keyed by locale.
  const stored = (original === undefined ? null : await keepRequestLocale(req, () => readAllLocales(original))) as unknown as Partial<
    Record<Localized, Record<string, unknown>>
  > | null
  const teaserOnly = (data.audience ?? originalDoc?.audience) === 'members'
  const texts: string[] = []
  for (const field of teaserOnly ? TEASER : LOCALIZED) {
    const byLocale = { ...(stored?.[field] ?? {}), [locale]: data[field] !== undefined ? data[field] : stored?.[field]?.[locale] }
    for (const value of Object.values(byLocale)) texts.push(typeof value === 'string' ? value : lexicalToPlainText(value))
  }
  const municipalityId = idOf((data.municipality ?? originalDoc?.municipality) as Ref)
  if (municipalityId !== undefined) {
    const municipality = await req.payload.findByID({
      collection: 'municipalities',
      id: municipalityId,
      select: { name: true },
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    texts.push(municipality?.name ?? '')
  }
  if (!teaserOnly) texts.push((data.contact ?? originalDoc?.contact)?.name ?? '')
  for (const topic of (data.topics ?? originalDoc?.topics ?? []) as TopicArea[]) texts.push(...(topicLabels[topic] ?? []))
  data.searchText = searchKey(texts.join(' '))
  return data
}
