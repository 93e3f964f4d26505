import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'

import type { ManifestFile } from '../../domain/backup/manifest'

/** The file a `file:` SQLite URI points at, resolved against the working directory. */
export function sqliteFileOf(uri: string): string {
  if (!uri.startsWith('file:')) throw new Error(`DATABASE_URI ${uri} is not a SQLite file (file:…).`)
  const file = uri.slice('file:'.length).split('?')[0] ?? ''
  if (file === '' || file.startsWith(':memory:')) throw new Error(`DATABASE_URI ${uri} is an in-memory database; there is no file to back up or restore.`)
  return path.resolve(file)
}

export async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** Every regular file under `root`, as forward-slashed paths relative to `root`, sorted. */
export async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    throw error
  })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

/** Path, size and sha256 of each file, named as `prefix` + its path relative to `root`. */
export async function describeFiles(root: string, relativePaths: string[], prefix = ''): Promise<ManifestFile[]> {
  const described: ManifestFile[] = []
  for (const relative of relativePaths) {
    const absolute = path.join(root, relative)
    described.push({ path: prefix + relative, size: (await stat(absolute)).size, sha256: await sha256Of(absolute) })
  }
  return described
}

export const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`
