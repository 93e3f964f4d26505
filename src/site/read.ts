import { unstable_cache } from 'next/cache'
import type { Payload, TypedUser } from 'payload'
import { cache } from 'react'

import type { CacheTag } from '@/domain/cache/tags'
import { payloadClient } from '@/lib/payload'

import { versionKey } from './dataVersions'
import type { Viewer } from './viewer'

/** How a read reaches Payload: always through access control, as the viewer (or nobody). */
export type ReadAs = { overrideAccess: false; user: TypedUser | null; draft: boolean }

const ANONYMOUS_READ: ReadAs = { overrideAccess: false, user: null, draft: false }

/** Access for a read that is never cached (search queries: too many distinct keys to keep). */
export const readAs = (viewer: Viewer): ReadAs => (viewer.user ? { overrideAccess: false, user: viewer.user, draft: viewer.draft } : ANONYMOUS_READ)

/**
 * Seconds after which cached data is refreshed in the background even without a purge: lists of
 * upcoming events and registration states depend on the clock, not only on edits.
 */
export const DATA_REFRESH_SECONDS = Number(process.env.PAGE_REFRESH_SECONDS || 60)

/**
 * A read of public data for pages. For anonymous viewers the result is kept in Next's data cache
 * under the given tags (expired by the purge endpoint when an editor publishes, which also raises
 * the tags' versions in the key, see dataVersions), so a page view does not touch the database;
 * signed-in viewers read live with their own access. Arguments must be plain JSON values: they
 * are part of the cache key.
 */
export function publicRead<Args extends unknown[], Result>(
  name: string,
  tags: CacheTag[],
  read: (payload: Payload, as: ReadAs, ...args: Args) => Promise<Result>,
): (viewer: Viewer, ...args: Args) => Promise<Result> {
  const anonymous = unstable_cache(
    // The version only shapes the cache key.
    async (_version: string, ...args: Args) => read(await payloadClient(), ANONYMOUS_READ, ...args),
    ['municipia', name],
    { tags, revalidate: DATA_REFRESH_SECONDS },
  )
  return cache(async (viewer: Viewer, ...args: Args) => {
    if (!viewer.user) return anonymous(versionKey(tags), ...args)
    return read(await payloadClient(), readAs(viewer), ...args)
  })
}
