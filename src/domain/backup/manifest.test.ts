import { describe, expect, it } from 'vitest'

import { isIntact, isSafeEntryPath, migrationPlan, parseManifest, verifyFiles, type Manifest } from './manifest'

const hash = (character: string) => character.repeat(64)
const manifest: Manifest = {
  format: 1,
  createdAt: '2026-11-23T07:00:00.000Z',
  database: 'sqlite',
  migrations: ['20261123_054931_initial'],
  files: [
    { path: 'database.sqlite', size: 10, sha256: hash('a') },
    { path: 'media/documents/pozvanka.pdf', size: 5, sha256: hash('b') },
  ],
}

describe('parseManifest', () => {
  it('accepts a well-formed manifest', () => {
    expect(parseManifest(JSON.parse(JSON.stringify(manifest)))).toEqual(manifest)
  })

  it.each([
    [null, /not a JSON object/],
    [{ ...manifest, format: 2 }, /format 2/],
    [{ ...manifest, database: 'mongodb' }, /only SQLite/],
    [{ ...manifest, createdAt: 'yesterday' }, /createdAt/],
    [{ ...manifest, files: [{ path: '../etc/passwd', size: 1, sha256: hash('c') }] }, /unsafe path/],
    [{ ...manifest, files: [{ path: 'media/x', size: 1, sha256: 'short' }] }, /no size or sha256/],
    [{ ...manifest, files: [] }, /does not list database.sqlite/],
  ])('refuses %j', (value, error) => {
    expect(() => parseManifest(value)).toThrow(error)
  })
})

describe('isSafeEntryPath', () => {
  it.each(['media/images/a.webp', 'database.sqlite'])('%s is safe', (entry) => expect(isSafeEntryPath(entry)).toBe(true))
  it.each(['/etc/passwd', 'media/../../x', 'C:/x', 'media\\x', 'media//x', './x', ''])('%s is not', (entry) => expect(isSafeEntryPath(entry)).toBe(false))
})

describe('verifyFiles', () => {
  it('is intact when every listed file is there with its hash and size', () => {
    expect(isIntact(verifyFiles(manifest, manifest.files))).toBe(true)
  })

  it('names missing, unexpected and corrupted files', () => {
    const found = [
      { path: 'database.sqlite', size: 10, sha256: hash('f') },
      { path: 'media/images/extra.webp', size: 1, sha256: hash('e') },
    ]
    const result = verifyFiles(manifest, found)
    expect(result).toEqual({ missing: ['media/documents/pozvanka.pdf'], unexpected: ['media/images/extra.webp'], corrupted: ['database.sqlite'] })
    expect(isIntact(result)).toBe(false)
  })
})

describe('migrationPlan', () => {
  it('lists committed migrations the archive lacks, in order', () => {
    expect(migrationPlan(['a'], ['a', 'b', 'c'])).toEqual({ pending: ['b', 'c'], unknown: [] })
  })

  it('names migrations from a newer version of the portal', () => {
    expect(migrationPlan(['a', 'z'], ['a'])).toEqual({ pending: [], unknown: ['z'] })
  })
})
