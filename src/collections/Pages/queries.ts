import { collectionTag, globalTag } from '@/domain/cache/tags'
import type { Locale } from '@/domain/locale/locales'
import { pagePath } from '@/domain/site/paths'
import type { Page } from '@/payload-types'
import { publicRead } from '@/site/read'
import { populated } from '@/site/relations'

const PAGE_TAGS = ['pages', 'documents', 'people', 'media'].map(collectionTag)

/**
 * The block page at a path: found by its own slug (the last segment), and only if its parents
 * match the rest of the path, so /a/b and /c/b are told apart.
 */
export const readPageByPath = publicRead('page', PAGE_TAGS, async (payload, as, locale: Locale, path: string) => {
  const slug = path.split('/').at(-1)
  if (!slug) return null
  const { docs } = await payload.find({ collection: 'pages', locale, where: { slug: { equals: slug } }, limit: 10, depth: 2, ...as })
  return docs.find((page) => pagePath(page) === path) ?? null
})

/** The accessibility statement page chosen in the site settings, when there is one the viewer may read. */
export const readAccessibilityStatement = publicRead('accessibility-statement', [...PAGE_TAGS, globalTag('site-settings')], async (payload, as, locale: Locale) => {
  const settings = await payload.findGlobal({ slug: 'site-settings', locale, depth: 0, ...as })
  const id = populated<Page>(settings.accessibilityStatement)?.id ?? settings.accessibilityStatement
  if (id === null || id === undefined) return null
  const { docs } = await payload.find({ collection: 'pages', locale, where: { id: { equals: id } }, limit: 1, depth: 2, ...as })
  return docs[0] ?? null
})
