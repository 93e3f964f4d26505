/**
 * `npm run restore -- <archive.tar.gz> [--force]`: brings an installation to the state of a
 * backup. Checks first, writes after: the archive must be intact (every file's sha256 as the
 * manifest says, nothing missing or extra) and from a version of the portal that knows its
 * migrations; a database with content or a media folder with files is only replaced with
 * `--force`. Then the database and media are put in place and any newer committed migration is
 * applied.
 */
import './env'

import { copyFile, cp, mkdir, mkdtemp, readFile, rename, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { extract } from 'tar'

import { DEFAULT_DATABASE_URI, isMongoUri } from '../config/databaseUri'
import { mediaDir } from '../config/media'
import { DATABASE_ENTRY, isIntact, migrationPlan, parseManifest, verifyFiles } from '../domain/backup/manifest'
import { migrations as committedMigrations } from '../migrations'
import { describeFiles, listFiles, sqliteFileOf } from './lib/backupFiles'

const startedAt = Date.now()
const log = (line: string) => console.log(line)

class RestoreRefused extends Error {}

/** Tables of a SQLite file that hold at least one row (the migrations record aside). */
async function tablesWithRows(file: string): Promise<string[]> {
  const exists = await stat(file).then(
    (info) => info.size > 0,
    () => false,
  )
  if (!exists) return []
  const client = createClient({ url: `file:${file}` })
  try {
    const tables = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'payload_migrations'")
    const filled: string[] = []
    for (const row of tables.rows) {
      const name = String(row.name)
      const { rows } = await client.execute(`SELECT 1 FROM "${name.replace(/"/g, '""')}" LIMIT 1`)
      if (rows.length > 0) filled.push(name)
    }
    return filled
  } finally {
    client.close()
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const force = args.includes('--force')
  const archive = args.find((arg) => !arg.startsWith('--'))
  if (!archive) throw new RestoreRefused('Name the archive: npm run restore -- backups/municipia-….tar.gz [--force]')
  const uri = process.env.DATABASE_URI || DEFAULT_DATABASE_URI
  if (isMongoUri(uri)) {
    throw new RestoreRefused('DATABASE_URI points at MongoDB: restore it with mongorestore or an Atlas snapshot (see "Backup and restore" in README.md); this command restores SQLite archives.')
  }
  const databaseFile = sqliteFileOf(uri)
  const media = mediaDir()

  const work = await mkdtemp(path.join(tmpdir(), 'municipia-restore-'))
  try {
    log(`▶ Reading ${path.resolve(archive)}`)
    await stat(archive).catch(() => {
      throw new RestoreRefused(`There is no archive at ${path.resolve(archive)}.`)
    })
    // Only plain files and folders, only inside the working folder (tar refuses `..` and
    // absolute paths unless told otherwise); a link in an archive could point anywhere.
    await extract({ file: archive, cwd: work, strict: true, filter: (_entry, stats) => 'type' in stats && (stats.type === 'File' || stats.type === 'Directory') }).catch(
      (error: unknown) => {
        throw new RestoreRefused(`${archive} is not a readable backup archive (tar.gz): ${error instanceof Error ? error.message : String(error)}`)
      },
    )
    const manifestText = await readFile(path.join(work, 'manifest.json'), 'utf8').catch(() => {
      throw new RestoreRefused(`${archive} has no manifest.json: it was not written by npm run backup.`)
    })
    let manifest
    try {
      manifest = parseManifest(JSON.parse(manifestText))
    } catch (error) {
      throw new RestoreRefused(error instanceof Error ? error.message : String(error))
    }
    log(`  backup of ${manifest.createdAt}: ${manifest.files.length} file(s), ${manifest.migrations.length} migration(s)`)

    log('▶ Verifying checksums')
    const found = await describeFiles(work, (await listFiles(work)).filter((file) => file !== 'manifest.json'))
    const verification = verifyFiles(manifest, found)
    if (!isIntact(verification)) {
      const lines = [
        ...verification.corrupted.map((file) => `  corrupted (sha256 or size differs): ${file}`),
        ...verification.missing.map((file) => `  missing: ${file}`),
        ...verification.unexpected.map((file) => `  not in the manifest: ${file}`),
      ]
      throw new RestoreRefused(`The archive is damaged; nothing was changed.\n${lines.join('\n')}`)
    }
    log(`  ${found.length} file(s) intact`)

    const plan = migrationPlan(
      manifest.migrations,
      committedMigrations.map((migration) => migration.name),
    )
    if (plan.unknown.length > 0) {
      throw new RestoreRefused(`The backup comes from a newer version of the portal (migrations ${plan.unknown.join(', ')} are unknown here); update the code first. Nothing was changed.`)
    }

    log(`▶ Checking the target: ${databaseFile} and ${media}`)
    const filled = await tablesWithRows(databaseFile)
    const existingMedia = await listFiles(media)
    if ((filled.length > 0 || existingMedia.length > 0) && !force) {
      const what = [
        filled.length > 0 ? `the database has content (${filled.slice(0, 5).join(', ')}${filled.length > 5 ? ' …' : ''})` : '',
        existingMedia.length > 0 ? `${media} holds ${existingMedia.length} file(s)` : '',
      ].filter(Boolean)
      throw new RestoreRefused(`The target is not empty: ${what.join('; ')}. Nothing was changed; run again with --force to replace it.`)
    }

    log('▶ Restoring the database')
    await mkdir(path.dirname(databaseFile), { recursive: true })
    const incoming = `${databaseFile}.restoring`
    await copyFile(path.join(work, DATABASE_ENTRY), incoming)
    // A stale write-ahead log next to the new file would be replayed into it.
    await Promise.all(['-wal', '-shm'].map((suffix) => rm(databaseFile + suffix, { force: true })))
    await rename(incoming, databaseFile)

    log(`▶ Restoring media into ${media}`)
    await rm(media, { recursive: true, force: true })
    await mkdir(media, { recursive: true })
    await cp(path.join(work, 'media'), media, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error
    })
    log(`  ${(await listFiles(media)).length} file(s)`)

    if (plan.pending.length > 0) {
      log(`▶ Applying ${plan.pending.length} newer migration(s): ${plan.pending.join(', ')}`)
      // Loaded only now: the config opens the database named by DATABASE_URI.
      const { getPayload } = await import('payload')
      const { default: config } = await import('../../payload.config')
      const { applyCommittedMigrations } = await import('../config/database')
      const payload = await getPayload({ config })
      try {
        await applyCommittedMigrations(payload)
      } finally {
        await payload.destroy()
      }
    } else {
      log('▶ Migrations: the backup is at the current schema, nothing to apply')
    }
    log(`✔ Restored ${archive} (${((Date.now() - startedAt) / 1000).toFixed(1)} s)`)
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`✖ Restore refused: ${error instanceof Error ? error.message : String(error)}`)
    if (!(error instanceof RestoreRefused) && error instanceof Error && error.stack) console.error(error.stack)
    process.exit(1)
  },
)
