import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { getPayload, type CollectionSlug, type Payload } from 'payload'
import { create as createTar, extract } from 'tar'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { isMongoUri } from '@/config/database'
import { describeFiles, listFiles } from '@/scripts/lib/backupFiles'

import { createDocument, createMedia, createScene, pdfFile, ref, validData, type Scene } from './fixtures'
import { getTestPayload } from './harness'

/**
 * The backup round trip as an operator runs it: `npm run backup` against the live database of
 * this test (its Payload stays connected, WAL on), `npm run restore` into a fresh installation
 * (another database file and media folder), then every document of every collection, every
 * version, every global and every file compared: zero difference.
 */

const onSqlite = !isMongoUri(process.env.DATABASE_URI ?? '')
const run = promisify(execFile)
const tsx = path.resolve('node_modules/.bin/tsx')
/** Each step starts a command-line process; on a busy CI machine that takes a while. */
const SLOW = 240_000

type CommandResult = { code: number; output: string }
async function command(script: 'backup' | 'restore', args: string[], env: Record<string, string>): Promise<CommandResult> {
  try {
    const { stdout, stderr } = await run(tsx, [`src/scripts/${script}.ts`, ...args], { env: { ...process.env, ...env }, timeout: 120_000 })
    return { code: 0, output: stdout + stderr }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string }
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` }
  }
}

/** Every document (all locales, hidden fields included), every version and every global. */
async function contentOf(payload: Payload): Promise<Record<string, unknown>> {
  const content: Record<string, unknown> = {}
  for (const { slug, versions } of payload.config.collections) {
    const collection = slug as CollectionSlug
    const { docs } = await payload.find({ collection, pagination: false, depth: 0, locale: 'all', sort: 'id', showHiddenFields: true, trash: true })
    content[slug] = docs
    if (versions) {
      content[`${slug} versions`] = (await payload.findVersions({ collection, pagination: false, depth: 0, locale: 'all', sort: 'id' })).docs
    }
  }
  for (const { slug } of payload.config.globals) content[`global ${slug}`] = await payload.findGlobal({ slug, depth: 0, locale: 'all' })
  return content
}

const filesOf = async (root: string) => describeFiles(root, await listFiles(root))

let payload: Payload
let scene: Scene
let work: string
let archive: string
const sourceEnv = () => ({ DATABASE_URI: process.env.DATABASE_URI ?? '', MEDIA_DIR: process.env.MEDIA_DIR ?? '' })

beforeAll(async () => {
  if (!onSqlite) return
  payload = await getTestPayload()
  scene = await createScene(payload)
  work = await mkdtemp(path.join(tmpdir(), 'municipia-backup-test-'))
  archive = path.join(work, 'zaloha.tar.gz')

  // A document of every collection that has none yet, files of both upload collections.
  const builders = validData as unknown as Record<string, (scene: Scene) => Record<string, unknown>>
  for (const [collection, build] of Object.entries(builders)) {
    await payload.create({ collection: collection as CollectionSlug, data: build(scene) as never })
  }
  await createMedia(payload)
  await createDocument(payload, scene.association, 'members')
  // The private uploads: an assembly proxy's authorisation and a signed partnership form.
  await payload.create({ collection: 'proxy-authorisations', data: { title: 'Plná moc – obec Kozojedy', association: ref(scene.association) }, file: pdfFile() })
  await payload.create({ collection: 'partnership-attachments', data: { association: ref(scene.association) }, file: pdfFile() })
  const form = await payload.find({ collection: 'forms', limit: 1 })
  await payload.create({ collection: 'form-submissions', data: { form: form.docs[0]!.id as number, submissionData: [{ field: 'obec', value: 'Kozojedy' }] } })
  await payload.updateGlobal({ slug: 'site-alert', data: { enabled: true, message: 'Zítra bude portál krátce nedostupný.' } })
})

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true })
})

describe.runIf(onSqlite)('backup and restore (SQLite)', () => {
  it('every collection has documents before the backup', async () => {
    const empty: string[] = []
    for (const { slug } of payload.config.collections) {
      if (slug.startsWith('payload-')) continue
      if ((await payload.count({ collection: slug as CollectionSlug })).totalDocs === 0) empty.push(slug)
    }
    expect(empty).toEqual([])
  }, SLOW)

  it('npm run backup writes one archive from the live database and names what it holds', async () => {
    const { code, output } = await command('backup', ['--output', archive], sourceEnv())
    expect(code, output).toBe(0)
    expect(output).toMatch(/VACUUM INTO/)
    expect(output).toMatch(/✔ Backup written: .*zaloha\.tar\.gz/)

    const unpacked = path.join(work, 'unpacked')
    await rm(unpacked, { recursive: true, force: true })
    await mkdir(unpacked)
    await extract({ file: archive, cwd: unpacked })
    const manifest = JSON.parse(await readFile(path.join(unpacked, 'manifest.json'), 'utf8'))
    expect(manifest.migrations.length).toBeGreaterThan(0)
    expect(manifest.files.map((file: { path: string }) => file.path)).toContain('database.sqlite')
    expect(manifest.files.filter((file: { path: string }) => file.path.startsWith('media/')).length).toBe((await listFiles(process.env.MEDIA_DIR ?? '')).length)
  }, SLOW)

  it('npm run restore into a fresh installation gives the same documents and files: zero difference', async () => {
    const target = { DATABASE_URI: `file:${path.join(work, 'restored', 'municipia.db')}`, MEDIA_DIR: path.join(work, 'restored', 'media') }
    const { code, output } = await command('restore', [archive], target)
    expect(code, output).toBe(0)
    expect(output).toMatch(/Verifying checksums/)
    expect(output).toMatch(/✔ Restored/)

    const before = await contentOf(payload)
    const sourceFiles = await filesOf(process.env.MEDIA_DIR ?? '')

    // A second Payload on the restored installation, with the config read again for its paths.
    const original = sourceEnv()
    Object.assign(process.env, target)
    vi.resetModules()
    const { default: config } = await import('@payload-config')
    const restored = await getPayload({ config, key: 'restored' })
    Object.assign(process.env, original)
    try {
      const after = await contentOf(restored)
      expect(Object.keys(after).length).toBeGreaterThan(20)
      expect(after).toEqual(before)
    } finally {
      await restored.destroy()
    }
    const restoredFiles = await filesOf(target.MEDIA_DIR)
    expect(sourceFiles.length).toBeGreaterThan(4)
    expect(restoredFiles).toEqual(sourceFiles)
  }, SLOW)

  it('refuses to overwrite a database with content without --force, and changes nothing', async () => {
    const target = { DATABASE_URI: `file:${path.join(work, 'restored', 'municipia.db')}`, MEDIA_DIR: path.join(work, 'restored', 'media') }
    const filesBefore = await filesOf(path.join(work, 'restored'))
    const refused = await command('restore', [archive], target)
    expect(refused.code).toBe(1)
    expect(refused.output).toMatch(/The target is not empty: the database has content .*--force/)
    expect(await filesOf(path.join(work, 'restored'))).toEqual(filesBefore)

    const forced = await command('restore', [archive, '--force'], target)
    expect(forced.code, forced.output).toBe(0)
  }, SLOW)

  it('refuses an archive whose file does not match its checksum, before writing anything', async () => {
    const tampered = path.join(work, 'tampered')
    await rm(tampered, { recursive: true, force: true })
    await mkdir(tampered)
    await extract({ file: archive, cwd: tampered })
    const [document] = await listFiles(path.join(tampered, 'media', 'documents'))
    await writeFile(path.join(tampered, 'media', 'documents', document!), '%PDF-1.4 podvržený obsah')
    const tamperedArchive = path.join(work, 'tampered.tar.gz')
    await createTar({ gzip: true, file: tamperedArchive, cwd: tampered }, ['manifest.json', 'database.sqlite', 'media'])

    const target = { DATABASE_URI: `file:${path.join(work, 'fresh', 'municipia.db')}`, MEDIA_DIR: path.join(work, 'fresh', 'media') }
    const { code, output } = await command('restore', [tamperedArchive], target)
    expect(code).toBe(1)
    expect(output).toContain(`corrupted (sha256 or size differs): media/documents/${document}`)
    expect(await listFiles(path.join(work, 'fresh'))).toEqual([])
  }, SLOW)

  it('refuses a file that is not an archive with a clear message', async () => {
    const bogus = path.join(work, 'not-an-archive.tar.gz')
    await writeFile(bogus, 'this is not a tarball')
    const { code, output } = await command('restore', [bogus], { DATABASE_URI: `file:${path.join(work, 'fresh2', 'm.db')}`, MEDIA_DIR: path.join(work, 'fresh2', 'media') })
    expect(code).toBe(1)
    expect(output).toMatch(/is not a readable backup archive|has no manifest\.json/)
    expect(output).not.toMatch(/\n\s+at /)
  }, SLOW)

  it('on MongoDB npm run backup says how to back up instead of doing nothing', async () => {
    const { code, output } = await command('backup', [], { DATABASE_URI: 'mongodb://localhost:27017/municipia' })
    expect(code).toBe(2)
    expect(output).toMatch(/mongodump/)
    expect(output).toMatch(/Atlas/)
    expect(output).toMatch(/bucket/)
  }, SLOW)
})
