import { revalidatePath, revalidateTag } from 'next/cache'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  Endpoint,
  GlobalAfterChangeHook,
  Plugin,
} from 'payload'

import { invalidationForDocument, invalidationForGlobal, parseInvalidation } from '@/domain/cache/invalidation'
import { isPurgeAuthorised } from '@/domain/cache/purgeToken'
import { PUBLIC_COLLECTIONS } from '@/domain/cache/tags'
import { splitLocale } from '@/domain/locale/locales'
import { raiseVersions } from '@/site/dataVersions'

import { schedulePurge } from './schedulePurge'

type Versioned = { slug?: string | null; breadcrumbs?: { url?: string | null }[] | null; _status?: string | null }

/** A draft save changes nothing the public sees, unless it unpublishes the document. */
const touchesPublicView = (doc: Versioned, previousDoc: Versioned | undefined): boolean =>
  doc._status !== 'draft' || previousDoc?._status === 'published'

const expireOnChange =
  (collection: string): CollectionAfterChangeHook =>
  ({ doc, previousDoc, req }) => {
    if (touchesPublicView(doc as Versioned, previousDoc as Versioned | undefined)) {
      schedulePurge(req, invalidationForDocument(collection, [previousDoc as Versioned, doc as Versioned]))
    }
    return doc
  }

const expireOnDelete =
  (collection: string): CollectionAfterDeleteHook =>
  ({ doc, req }) => {
    schedulePurge(req, invalidationForDocument(collection, [doc as Versioned]))
    return doc
  }

const expireGlobal =
  (slug: string): GlobalAfterChangeHook =>
  ({ doc, req }) => {
    schedulePurge(req, invalidationForGlobal(slug))
    return doc
  }

/**
 * Expires Next's data cache in this instance. Called by the hooks of whichever process wrote
 * (this one, another instance, the seed or import command) and forwarded by the front cache.
 */
const purgeEndpoint: Endpoint = {
  path: '/cache/purge',
  method: 'post',
  handler: async (req) => {
    if (!isPurgeAuthorised(req.headers.get('authorization'), process.env.PAYLOAD_SECRET ?? '')) {
      return Response.json({ error: 'Not authorised to purge the cache.' }, { status: 401 })
    }
    const invalidation = parseInvalidation(await req.json?.().catch(() => null))
    if (!invalidation) return Response.json({ error: 'Expected {"tags": [...], "paths": [...]}.' }, { status: 400 })
    raiseVersions(invalidation.tags)
    for (const tag of invalidation.tags) revalidateTag(tag, { expire: 0 })
    for (const path of invalidation.paths) {
      const { locale, path: bare } = splitLocale(path)
      // Pages are rendered under their internal /[locale] route, which is what Next tags them with.
      revalidatePath(`/${locale}${bare === '/' ? '' : bare}`)
    }
    return Response.json({ expired: { tags: invalidation.tags.length, paths: invalidation.paths.length } })
  },
}

/**
 * Publishing, unpublishing and deleting expire the cached pages built from the changed data, in
 * this instance and in every front cache (see README, "Caching and freshness").
 */
export const freshnessPlugin = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    (PUBLIC_COLLECTIONS as readonly string[]).includes(collection.slug)
      ? {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: [...(collection.hooks?.afterChange ?? []), expireOnChange(collection.slug)],
            afterDelete: [...(collection.hooks?.afterDelete ?? []), expireOnDelete(collection.slug)],
          },
        }
      : collection,
  ),
  globals: (config.globals ?? []).map((global) => ({
    ...global,
    hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), expireGlobal(global.slug)] },
  })),
  endpoints: [...(config.endpoints ?? []), purgeEndpoint],
})
