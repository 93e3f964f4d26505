import { revalidateTag } from 'next/cache'

/** Cache tag of the public partnership data (partner regions, the map and the list). */
export const PUBLIC_PARTNERSHIPS_TAG = 'public-partnerships'

/**
 * Drops the cached public partnership data after a change. Outside a Next.js request (seed,
 * scripts, tests, the jobs runner) there is no page cache to drop, and Next says so by throwing.
 */
export function purgePublicPartnerships(): void {
  try {
    revalidateTag(PUBLIC_PARTNERSHIPS_TAG, { expire: 0 })
  } catch {
    // Nothing is cached outside Next.js.
  }
}
