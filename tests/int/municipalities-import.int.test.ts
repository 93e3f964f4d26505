import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { importMunicipalities } from '@/collections/Municipalities/importMunicipalities'

import { getTestPayload } from './harness'

const header = 'code,name,district_code,district,region_code,region,postal_codes,parts_count'
// Made-up codes and names, so these rows never meet the real register imported further down.
const horniTestov = '999001,Horní Testov,3204,Kolín,27,Středočeský,28002,2'
const dolniTestov = '999002,Dolní Testov,3204,Kolín,27,Středočeský,28002,1'
const testovKolin = '999003,Testov,3204,Kolín,27,Středočeský,28002,1'
const testovBenesov = '999004,Testov,3201,Benešov,27,Středočeský,25601 25602,3'
const zkusebna = '999005,Zkušebná,3405,Plzeň-město,43,Plzeňský,30100,1'
const csv = (...lines: string[]) => `${[header, ...lines].join('\n')}\n`
const smallRegister = csv(horniTestov, dolniTestov, testovKolin, testovBenesov, zkusebna)

const findByCode = async (payload: Payload, ruianCode: string) => {
  const { docs } = await payload.find({ collection: 'municipalities', where: { ruianCode: { equals: ruianCode } }, depth: 1 })
  return docs[0]
}

const mustFindByCode = async (payload: Payload, ruianCode: string) => {
  const municipality = await findByCode(payload, ruianCode)
  if (!municipality) throw new Error(`Municipality ${ruianCode} is not in the database`)
  return municipality
}

/** Everything the import could touch, to compare before and after a refused import. */
const snapshot = async (payload: Payload) => ({
  municipalities: (await payload.find({ collection: 'municipalities', pagination: false, depth: 0, sort: 'ruianCode' })).docs,
  regions: (await payload.find({ collection: 'regions', pagination: false, depth: 0, sort: 'code', locale: 'all' })).docs,
})

describe('municipality import', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await getTestPayload()
  })

  it('creates the regions and municipalities of a small register', async () => {
    const report = await importMunicipalities(payload, smallRegister)
    expect(report).toEqual({ created: 5, updated: 0, unchanged: 0, updatedFields: {}, rejected: [], regionsCreated: 14 })

    const testov = await findByCode(payload, '999003')
    expect(testov).toMatchObject({
      name: 'Testov',
      slug: 'testov-kolin',
      kind: 'municipality',
      district: 'Kolín',
      districtCode: '3204',
      postalCodes: '28002',
      partsCount: 1,
      region: { code: '27', name: 'Středočeský kraj' },
    })
    expect((await findByCode(payload, '999004'))?.slug).toBe('testov-benesov')
    expect((await findByCode(payload, '999001'))?.slug).toBe('horni-testov')

    const vysocina = await payload.find({ collection: 'regions', where: { code: { equals: '108' } }, locale: 'all' })
    expect(vysocina.docs[0]).toMatchObject({ country: 'CZ', kind: 'cz-region', name: { cs: 'Kraj Vysočina', pl: 'Kraj Wysoczyna', en: 'Vysočina Region' } })
  })

  it('reports an unchanged register as unchanged and writes nothing', async () => {
    const before = await snapshot(payload)
    const report = await importMunicipalities(payload, smallRegister)
    expect(report).toEqual({ created: 0, updated: 0, unchanged: 5, updatedFields: {}, rejected: [], regionsCreated: 0 })
    expect(await snapshot(payload)).toEqual(before)
  })

  it('updates changed rows and keeps a town an editor has marked', async () => {
    const horni = await mustFindByCode(payload, '999001')
    await payload.update({ collection: 'municipalities', id: horni.id, data: { kind: 'town', population: 1200 } })

    const report = await importMunicipalities(
      payload,
      csv(horniTestov, dolniTestov, testovKolin, testovBenesov.replace('25601 25602', '25601'), zkusebna),
    )
    expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 4, updatedFields: { postalCodes: 1 } })
    expect(await findByCode(payload, '999004')).toMatchObject({ postalCodes: '25601', slug: 'testov-benesov' })
    expect(await findByCode(payload, '999001')).toMatchObject({ kind: 'town', population: 1200 })
  })

  it('refuses a file whose 3rd row is broken, names the line and field, and writes nothing', async () => {
    const before = await snapshot(payload)
    const brokenThirdRow = '999003,Testov,3204,Kolín,27,Středočeský,2800,1'
    const newRow = '999006,Nový Testov,3204,Kolín,27,Středočeský,28002,1'
    const changedRow = dolniTestov.replace(/,1$/, ',4')

    const report = await importMunicipalities(payload, csv(horniTestov, changedRow, brokenThirdRow, testovBenesov, newRow))
    expect(report).toMatchObject({ created: 0, updated: 0, unchanged: 0 })
    expect(report.rejected).toEqual([{ line: 4, field: 'postal_codes', message: expect.stringContaining('"2800"') }])
    expect(await snapshot(payload)).toEqual(before)
    expect(await findByCode(payload, '999006')).toBeUndefined()
  })

  it('refuses duplicate codes and a wrong header without writing anything', async () => {
    const before = await snapshot(payload)
    const duplicate = await importMunicipalities(payload, csv(horniTestov, dolniTestov, horniTestov.replace('Horní', 'Horný')))
    expect(duplicate.rejected).toEqual([{ line: 4, field: 'code', message: 'duplicate code 999001, already on line 2' }])
    const czechHeader = await importMunicipalities(payload, smallRegister.replace('district_code', 'kod_okresu'))
    expect(czechHeader.rejected).toEqual([{ line: 1, field: 'header', message: expect.stringContaining('"kod_okresu"') }])
    expect(await snapshot(payload)).toEqual(before)
  })

  it('rolls back every write when the import fails half-way', async (context) => {
    const probe = await createLocalReq({}, payload)
    const transactional = await initTransaction(probe)
    await killTransaction(probe)
    if (!transactional) {
      console.warn('SKIPPED: the database adapter runs without transactions, so a failure half-way cannot be rolled back.')
      context.skip()
    }
    const before = await snapshot(payload)
    const changed = csv(horniTestov.replace(/,2$/, ',5'), dolniTestov.replace(/,1$/, ',5'), testovKolin, testovBenesov, zkusebna)
    await expect(
      importMunicipalities(payload, changed, {
        onProgress: (done) => {
          if (done === 1) throw new Error('disk full')
        },
      }),
    ).rejects.toThrow('disk full')
    expect(await snapshot(payload)).toEqual(before)
  })

  it('lets two municipalities that swapped names swap their slugs too', async () => {
    const swapped = csv(
      horniTestov.replace('Horní', 'Dolní'),
      dolniTestov.replace('Dolní', 'Horní'),
      testovKolin,
      testovBenesov.replace('25601 25602', '25601'),
      zkusebna,
    )
    const report = await importMunicipalities(payload, swapped)
    expect(report).toMatchObject({ created: 0, updated: 2, unchanged: 3, updatedFields: { name: 2, slug: 2 } })
    expect(await findByCode(payload, '999001')).toMatchObject({ name: 'Dolní Testov', slug: 'dolni-testov' })
    expect(await findByCode(payload, '999002')).toMatchObject({ name: 'Horní Testov', slug: 'horni-testov' })
  })
})

const registerFile = path.resolve(process.cwd(), '../shared/data/cz-municipalities.csv')
const registerPresent = existsSync(registerFile)
if (!registerPresent) {
  console.warn(`SKIPPED: the full register import test needs ${registerFile}, which is absent.`)
}

describe.skipIf(!registerPresent)('import of the full Czech register (../shared/data/cz-municipalities.csv)', () => {
  const FULL_IMPORT_TIMEOUT = 15 * 60_000

  it(
    'imports all 6,258 municipalities, then finds them all unchanged',
    async () => {
      const payload = await getTestPayload()
      const register = await readFile(registerFile)
      const { totalDocs: storedBefore } = await payload.count({ collection: 'municipalities' })

      const first = await importMunicipalities(payload, register)
      expect(first.rejected).toEqual([])
      expect(first.created + first.updated + first.unchanged).toBe(6258)
      expect(first.created).toBe(6258)

      const second = await importMunicipalities(payload, register)
      expect(second).toEqual({ created: 0, updated: 0, unchanged: 6258, updatedFields: {}, rejected: [], regionsCreated: 0 })

      for (const [code, name, slug] of [
        ['554782', 'Praha', 'praha'],
        ['582786', 'Brno', 'brno'],
        ['554791', 'Plzeň', 'plzen'],
      ] as const) {
        expect(await findByCode(payload, code)).toMatchObject({ name, slug, kind: 'statutory-city' })
      }
      const statutory = await payload.count({ collection: 'municipalities', where: { kind: { equals: 'statutory-city' } } })
      expect(statutory.totalDocs).toBe(27)
      expect(await findByCode(payload, '581429')).toMatchObject({ slug: 'brezina-brno-venkov-581429', region: { code: '116' } })
      // Municipalities outside the register (the made-up ones above) are neither touched nor removed.
      expect((await payload.count({ collection: 'municipalities' })).totalDocs).toBe(storedBefore + 6258)
    },
    FULL_IMPORT_TIMEOUT,
  )
})
