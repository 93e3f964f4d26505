/**
 * `npm run backup [-- --output <file.tar.gz>]`: one archive with a consistent snapshot of the
 * SQLite database, every uploaded file and a manifest (created at, migrations applied, each
 * file's size and sha256). The snapshot is taken with `VACUUM INTO` through the libsql client,
 * so a running server (WAL mode, writes in flight) can stay up.
 */
import './env'

import { cp, mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { create as createTar } from 'tar'

import { DEFAULT_DATABASE_URI, isMongoUri } from '../config/databaseUri'
import { mediaDir } from '../config/media'
import { DATABASE_ENTRY, MANIFEST_FORMAT, MEDIA_PREFIX, type Manifest } from '../domain/backup/manifest'
import { describeFiles, listFiles, megabytes, sqliteFileOf } from './lib/backupFiles'

const MONGODB_GUIDANCE = `✖ DATABASE_URI points at MongoDB: npm run backup only archives the embedded SQLite database.
  Back up a MongoDB deployment with its own tools, together with the media:
  • database: mongodump --uri "$DATABASE_URI" --archive=municipia.archive --gzip
    (restore: mongorestore --uri "$DATABASE_URI" --archive=municipia.archive --gzip --drop),
    or scheduled Atlas snapshots on MongoDB Atlas;
  • media: the S3-compatible bucket (versioning, or a bucket replication/sync job), or MEDIA_DIR when files are stored locally.
  See "Backup and restore" in README.md.`

const startedAt = Date.now()
const log = (line: string) => console.log(line)

async function main(): Promise<void> {
  const uri = process.env.DATABASE_URI || DEFAULT_DATABASE_URI
  if (isMongoUri(uri)) {
    console.error(MONGODB_GUIDANCE)
    process.exit(2)
  }
  const databaseFile = sqliteFileOf(uri)
  await stat(databaseFile).catch(() => {
    throw new Error(`There is no database at ${databaseFile}: nothing to back up (check DATABASE_URI).`)
  })
  const outputIndex = process.argv.indexOf('--output')
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const output = path.resolve(outputIndex > 0 ? (process.argv[outputIndex + 1] ?? '') : `backups/municipia-${stamp}.tar.gz`)

  const work = await mkdtemp(path.join(tmpdir(), 'municipia-backup-'))
  try {
    log(`▶ Snapshot of ${databaseFile} (VACUUM INTO, the server may keep running)`)
    const snapshot = path.join(work, DATABASE_ENTRY)
    const live = createClient({ url: uri })
    try {
      await live.execute({ sql: 'VACUUM INTO ?', args: [snapshot] })
    } finally {
      live.close()
    }
    const copy = createClient({ url: `file:${snapshot}` })
    let migrations: string[]
    try {
      const hasTable = await copy.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'payload_migrations'")
      migrations = hasTable.rows.length > 0 ? (await copy.execute('SELECT name FROM payload_migrations ORDER BY id')).rows.map((row) => String(row.name)) : []
    } finally {
      copy.close()
    }
    log(`  ${megabytes((await stat(snapshot)).size)}, ${migrations.length} migration(s) applied`)

    // Copied after the snapshot, so every file the snapshot refers to is there (a file uploaded
    // meanwhile is an unreferenced extra, harmless); hashed from the copy that goes in the archive.
    const media = mediaDir()
    log(`▶ Media files from ${media}`)
    await cp(media, path.join(work, 'media'), { recursive: true, errorOnExist: false }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error
    })
    const mediaFiles = await listFiles(path.join(work, 'media'))
    const files = [
      ...(await describeFiles(work, [DATABASE_ENTRY])),
      ...(await describeFiles(path.join(work, 'media'), mediaFiles, MEDIA_PREFIX)),
    ]
    log(`  ${mediaFiles.length} file(s), ${megabytes(files.reduce((sum, file) => sum + file.size, 0))} with the database`)

    const manifest: Manifest = { format: MANIFEST_FORMAT, createdAt: new Date().toISOString(), database: 'sqlite', migrations, files }
    await writeFile(path.join(work, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)

    log(`▶ Archive ${output}`)
    await mkdir(path.dirname(output), { recursive: true })
    // Written under a temporary name first: an interrupted backup never looks like a complete one.
    const partial = `${output}.partial`
    await createTar({ gzip: true, file: partial, cwd: work, portable: true }, ['manifest.json', DATABASE_ENTRY, ...(mediaFiles.length > 0 ? ['media'] : [])])
    await rename(partial, output)
    log(`✔ Backup written: ${output} (${megabytes((await stat(output)).size)}, ${files.length} file(s), ${((Date.now() - startedAt) / 1000).toFixed(1)} s)`)
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(`✖ Backup failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
