import { LRUCache } from 'lru-cache'

import type { Invalidation } from '@/domain/cache/invalidation'
import type { CacheTag } from '@/domain/cache/tags'

export type StoredResponse = {
  status: number
  headers: Record<string, string>
  body: Buffer
  /** The body compressed once when stored, for clients that accept gzip. */
  gzip: Buffer | null
  etag: string
  storedAt: number
  /** The path without query, for purges by path. */
  path: string
  tags: readonly CacheTag[]
}

/**
 * Where the front cache keeps prerendered responses. The in-memory store below serves one
 * front-cache process; a shared store (Redis, for several front caches behind a balancer) only
 * has to implement these four methods.
 */
export interface PageStore {
  get(key: string): StoredResponse | undefined
  set(key: string, entry: StoredResponse): void
  /** Removes every entry built from the expired tags or living at one of the paths; returns how many. */
  purge(invalidation: Invalidation): number
  stats(): { entries: number; bytes: number }
}

const sizeOf = (entry: StoredResponse) => entry.body.length + (entry.gzip?.length ?? 0) + 512

/** Least-recently-used entries go first once the store holds `maxBytes`. */
export class MemoryPageStore implements PageStore {
  private readonly entries: LRUCache<string, StoredResponse>

  constructor(maxBytes: number) {
    this.entries = new LRUCache<string, StoredResponse>({ maxSize: maxBytes, sizeCalculation: sizeOf })
  }

  get(key: string) {
    return this.entries.get(key)
  }

  set(key: string, entry: StoredResponse) {
    this.entries.set(key, entry)
  }

  purge({ tags, paths }: Invalidation) {
    const expiredTags = new Set<string>(tags)
    const expiredPaths = new Set(paths)
    let removed = 0
    for (const [key, entry] of this.entries.entries()) {
      if (expiredPaths.has(entry.path) || entry.tags.some((tag) => expiredTags.has(tag))) {
        this.entries.delete(key)
        removed += 1
      }
    }
    return removed
  }

  stats() {
    return { entries: this.entries.size, bytes: this.entries.calculatedSize }
  }
}
