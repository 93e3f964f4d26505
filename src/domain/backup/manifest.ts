/**
 * The manifest of a backup archive and the checks a restore makes before it writes anything.
 * An archive holds `database.sqlite`, the `media/` tree and `manifest.json` describing both.
 */
export const MANIFEST_FORMAT = 1
export const DATABASE_ENTRY = 'database.sqlite'
export const MEDIA_PREFIX = 'media/'

export type ManifestFile = { path: string; size: number; sha256: string }
export type Manifest = {
  format: typeof MANIFEST_FORMAT
  createdAt: string
  database: 'sqlite'
  /** Names of the migrations recorded in the database, in the order they ran. */
  migrations: string[]
  files: ManifestFile[]
}

/** Paths inside the archive are relative, forward-slashed and never leave it. */
export const isSafeEntryPath = (entry: string): boolean =>
  entry.length > 0 &&
  !entry.startsWith('/') &&
  !/^[A-Za-z]:/.test(entry) &&
  !entry.includes('\\') &&
  !entry.split('/').some((segment) => segment === '..' || segment === '' || segment === '.')

/** Reads and checks a parsed manifest.json; throws a message a person can act on. */
export function parseManifest(value: unknown): Manifest {
  const candidate = value as Partial<Manifest> | null
  if (!candidate || typeof candidate !== 'object') throw new Error('manifest.json is not a JSON object.')
  if (candidate.format !== MANIFEST_FORMAT) throw new Error(`manifest.json has format ${String(candidate.format)}; this version reads format ${MANIFEST_FORMAT}.`)
  if (candidate.database !== 'sqlite') throw new Error(`The archive holds a ${String(candidate.database)} database; only SQLite archives can be restored.`)
  if (typeof candidate.createdAt !== 'string' || Number.isNaN(Date.parse(candidate.createdAt))) throw new Error('manifest.json has no valid createdAt.')
  if (!Array.isArray(candidate.migrations) || !candidate.migrations.every((name) => typeof name === 'string')) throw new Error('manifest.json lists no migrations.')
  if (!Array.isArray(candidate.files)) throw new Error('manifest.json lists no files.')
  for (const file of candidate.files) {
    if (typeof file?.path !== 'string' || !isSafeEntryPath(file.path)) throw new Error(`manifest.json names an unsafe path: ${JSON.stringify(file?.path)}.`)
    if (typeof file.size !== 'number' || !/^[0-9a-f]{64}$/.test(String(file.sha256))) throw new Error(`manifest.json has no size or sha256 for ${file.path}.`)
  }
  if (!candidate.files.some((file) => file.path === DATABASE_ENTRY)) throw new Error(`manifest.json does not list ${DATABASE_ENTRY}.`)
  return candidate as Manifest
}

export type Verification = { missing: string[]; unexpected: string[]; corrupted: string[] }

/** Compares what the archive contained with what its manifest promises. */
export function verifyFiles(manifest: Manifest, found: ManifestFile[]): Verification {
  const byPath = new Map(found.map((file) => [file.path, file]))
  const listed = new Set(manifest.files.map((file) => file.path))
  return {
    missing: manifest.files.filter((file) => !byPath.has(file.path)).map((file) => file.path),
    unexpected: found.filter((file) => !listed.has(file.path)).map((file) => file.path),
    corrupted: manifest.files
      .filter((file) => {
        const actual = byPath.get(file.path)
        return actual !== undefined && (actual.sha256 !== file.sha256 || actual.size !== file.size)
      })
      .map((file) => file.path),
  }
}

export const isIntact = ({ missing, unexpected, corrupted }: Verification): boolean =>
  missing.length === 0 && unexpected.length === 0 && corrupted.length === 0

/**
 * Which committed migrations the restored database still needs. An archive written by a newer
 * version of the portal (a migration this code does not know) cannot be restored by it.
 */
export function migrationPlan(inArchive: string[], committed: string[]): { pending: string[]; unknown: string[] } {
  const known = new Set(committed)
  const applied = new Set(inArchive)
  return {
    pending: committed.filter((name) => !applied.has(name)),
    unknown: inArchive.filter((name) => !known.has(name) && name !== 'dev'),
  }
}
