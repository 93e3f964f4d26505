import { describe, expect, it } from 'vitest'

import type { MunicipalityRow } from './csv'
import { importedKind, planMunicipalityImport, type ExistingMunicipality } from './importPlan'

const row = (overrides: Partial<MunicipalityRow> & Pick<MunicipalityRow, 'code' | 'name'>): MunicipalityRow => ({
  line: 2,
  districtCode: '3204',
  district: 'Kolín',
  regionCode: '27',
  postalCodes: '28002',
  partsCount: 1,
  ...overrides,
})

const brno = row({ line: 2, code: '582786', name: 'Brno', district: 'Brno-město', districtCode: '3702', regionCode: '116', postalCodes: '60200 61200', partsCount: 48 })
const lhota = row({ line: 3, code: '533459', name: 'Lhota' })
const pecky = row({ line: 4, code: '533611', name: 'Pečky', postalCodes: '28911', partsCount: 3 })

/** What the database would hold after importing `rows` into an empty one. */
const storedAfterImport = (rows: MunicipalityRow[]): ExistingMunicipality[] =>
  planMunicipalityImport(rows, []).create.map(({ data }) => ({ ...data }))

describe('planMunicipalityImport', () => {
  it('creates everything in an empty database, with statutory cities marked', () => {
    const plan = planMunicipalityImport([brno, lhota], [])
    expect(plan.create.map((write) => [write.line, write.data.ruianCode, write.data.kind, write.data.slug])).toEqual([
      [2, '582786', 'statutory-city', 'brno'],
      [3, '533459', 'municipality', 'lhota'],
    ])
    expect(plan.update).toEqual([])
    expect(plan.unchanged).toEqual([])
  })

  it('reports identical data as unchanged', () => {
    const rows = [brno, lhota, pecky]
    const plan = planMunicipalityImport(rows, storedAfterImport(rows))
    expect(plan.create).toEqual([])
    expect(plan.update).toEqual([])
    expect(plan.unchanged).toEqual(['582786', '533459', '533611'])
  })

  it('updates only rows that differ and names the changed fields', () => {
    const stored = storedAfterImport([brno, lhota, pecky])
    const plan = planMunicipalityImport([brno, { ...lhota, postalCodes: '28002 28003', partsCount: 2 }, pecky], stored)
    expect(plan.update).toEqual([
      expect.objectContaining({ line: 3, changed: ['postalCodes', 'partsCount'], data: expect.objectContaining({ partsCount: 2 }) }),
    ])
    expect(plan.unchanged).toEqual(['582786', '533611'])
  })

  it('fills fields missing in stored records, e.g. ones an editor created by hand', () => {
    const handMade: ExistingMunicipality = {
      ruianCode: '533611',
      name: 'Pečky',
      slug: 'pecky',
      kind: 'municipality',
      district: null,
      districtCode: null,
      regionCode: null,
      postalCodes: null,
      partsCount: null,
    }
    const plan = planMunicipalityImport([pecky], [handMade])
    expect(plan.update[0]?.changed).toEqual(['district', 'districtCode', 'regionCode', 'postalCodes', 'partsCount'])
  })

  it('keeps a town or market town an editor has set, but statutory cities always follow the law', () => {
    const stored = storedAfterImport([brno, lhota, pecky]).map((municipality) =>
      municipality.ruianCode === '533611' ? { ...municipality, kind: 'town' as const } : municipality.ruianCode === '582786' ? { ...municipality, kind: 'municipality' as const } : municipality,
    )
    const plan = planMunicipalityImport([brno, lhota, pecky], stored)
    expect(plan.update).toEqual([expect.objectContaining({ changed: ['kind'], data: expect.objectContaining({ ruianCode: '582786', kind: 'statutory-city' }) })])
    expect(plan.unchanged).toContain('533611')
  })

  it('moves a slug aside when a newly repeated name needs it, and keeps slugs of records outside the register', () => {
    const stored: ExistingMunicipality[] = [
      ...storedAfterImport([lhota]),
      { ...storedAfterImport([pecky])[0]!, ruianCode: '999999', slug: 'lhota-benesov' },
    ]
    const benesovLhota = row({ line: 4, code: '529729', name: 'Lhota', district: 'Benešov', districtCode: '3201' })
    const plan = planMunicipalityImport([lhota, benesovLhota], stored)
    expect(plan.update).toEqual([expect.objectContaining({ changed: ['slug'], data: expect.objectContaining({ slug: 'lhota-kolin' }) })])
    expect(plan.create.map((write) => write.data.slug)).toEqual(['lhota-benesov-529729'])
    expect(plan.releaseSlugs).toEqual([])
  })

  it('asks to release a slug that a renamed municipality still holds and another row now needs', () => {
    const stored = storedAfterImport([lhota, pecky])
    // Lhota is renamed to Pečky-Lhota, and the old Pečky is renamed to Lhota.
    const plan = planMunicipalityImport([{ ...lhota, name: 'Pečky' }, { ...pecky, name: 'Lhota' }], stored)
    expect(plan.update.map((update) => [update.data.ruianCode, update.data.slug])).toEqual([
      ['533459', 'pecky'],
      ['533611', 'lhota'],
    ])
    expect(plan.releaseSlugs.sort()).toEqual(['533459', '533611'])
  })
})

describe('importedKind', () => {
  it('defaults to a plain municipality', () => {
    expect(importedKind('533459', undefined)).toBe('municipality')
    expect(importedKind('533459', null)).toBe('municipality')
    expect(importedKind('533459', 'market-town')).toBe('market-town')
    expect(importedKind('554782', 'municipality')).toBe('statutory-city')
  })
})
