import type { CacheTag } from '@/domain/cache/tags'

/**
 * A version per cache tag, raised by every purge, and part of the key of every cached read.
 * Next stamps a data-cache entry with the time it is written, not the time its data was read: a
 * render that read the old data just before a purge and writes it just after would otherwise
 * look fresh. With the version in the key, reads after a purge never find entries from before.
 * The boot id keeps entries a previous run of the server left on disk out of reach too.
 */
type Versions = { boot: string; byTag: Map<string, number> }

// One table per server process, shared by the purge endpoint and the page routes, which Next may
// bundle separately (so module state alone would not be shared).
const key = Symbol.for('municipia.dataVersions')
const store = globalThis as typeof globalThis & { [key]?: Versions }
const versions = (): Versions => (store[key] ??= { boot: Date.now().toString(36), byTag: new Map() })

export function raiseVersions(tags: readonly CacheTag[]): void {
  const { byTag } = versions()
  for (const tag of tags) byTag.set(tag, (byTag.get(tag) ?? 0) + 1)
}

export function versionKey(tags: readonly CacheTag[]): string {
  const { boot, byTag } = versions()
  return `${boot}:${tags.map((tag) => byTag.get(tag) ?? 0).join('.')}`
}
