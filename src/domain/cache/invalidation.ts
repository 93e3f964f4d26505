import { LOCALES, localizedPath } from '../locale/locales'
import { documentPath, hasPublicPage, type Breadcrumb } from '../site/paths'
import { collectionTag, globalTag, type CacheTag } from './tags'

/** What to expire after a change: cache tags, and the public paths (in every locale) of the documents involved. */
export type Invalidation = { tags: CacheTag[]; paths: string[] }

type DocumentVersion = { slug?: string | null; breadcrumbs?: Breadcrumb[] | null } | null | undefined

/**
 * What a change to a document expires: its collection's tag, and its pages before and after the
 * change, so a renamed slug or an unpublished document disappears from its old address too.
 */
export function invalidationForDocument(collection: string, versions: DocumentVersion[]): Invalidation {
  const paths = new Set<string>()
  if (hasPublicPage(collection)) {
    for (const version of versions) {
      const path = version ? documentPath(collection, version) : null
      if (path) for (const locale of LOCALES) paths.add(localizedPath(locale, path))
    }
  }
  return { tags: [collectionTag(collection)], paths: [...paths] }
}

export function invalidationForGlobal(slug: string): Invalidation {
  return { tags: [globalTag(slug)], paths: [] }
}

export function mergeInvalidations(...parts: Invalidation[]): Invalidation {
  return {
    tags: [...new Set(parts.flatMap((part) => part.tags))],
    paths: [...new Set(parts.flatMap((part) => part.paths))],
  }
}

const TAG = /^(collection|global):[a-z0-9-]{1,64}$/
const PATH = /^\/[^\s?#]{0,500}$/

/** Reads a purge request body; anything but lists of well-formed tags and paths is refused. */
export function parseInvalidation(body: unknown): Invalidation | null {
  if (!body || typeof body !== 'object') return null
  const { tags, paths } = body as { tags?: unknown; paths?: unknown }
  if (!Array.isArray(tags) || !Array.isArray(paths) || tags.length > 200 || paths.length > 2000) return null
  if (!tags.every((tag) => typeof tag === 'string' && TAG.test(tag))) return null
  if (!paths.every((path) => typeof path === 'string' && PATH.test(path))) return null
  return { tags: tags as CacheTag[], paths: paths as string[] }
}
