import type { MunicipalityRow } from './csv'
import { STATUTORY_CITY_CODES, type MunicipalityKind } from './kinds'
import { municipalitySlugs } from './slugs'

/** The fields of a municipality that the register import owns; all others belong to editors. */
export interface ImportedMunicipality {
  ruianCode: string
  name: string
  slug: string
  kind: MunicipalityKind
  district: string
  districtCode: string
  regionCode: string
  postalCodes: string
  partsCount: number
}

export type ImportedField = Exclude<keyof ImportedMunicipality, 'ruianCode'>

/** The order changed fields are reported in. */
export const IMPORTED_FIELDS: readonly ImportedField[] = [
  'name',
  'slug',
  'kind',
  'district',
  'districtCode',
  'regionCode',
  'postalCodes',
  'partsCount',
]

/** A municipality as stored now, reduced to the imported fields; a missing value is null. */
export type ExistingMunicipality = { ruianCode: string } & { [F in ImportedField]: ImportedMunicipality[F] | null }

export interface PlannedWrite {
  /** Where the row starts in the file, to say which row a failed write came from. */
  line: number
  data: ImportedMunicipality
}

export interface PlannedUpdate extends PlannedWrite {
  changed: ImportedField[]
}

export interface ImportPlan {
  create: PlannedWrite[]
  update: PlannedUpdate[]
  /** RÚIAN codes of rows that match the database already. */
  unchanged: string[]
  /**
   * RÚIAN codes of stored municipalities whose current slug another row is about to take
   * (a renamed municipality, or a name that has become shared). Their slug has to be moved
   * aside before the other writes, or the unique slug index would reject the write that takes it.
   */
  releaseSlugs: string[]
}

/**
 * Statutory cities come from the law, whatever is stored. Any other non-default kind an
 * editor has set (town, market town …) is kept, because the register export does not say
 * which municipalities are towns; the rest are plain municipalities.
 */
export function importedKind(code: string, storedKind: MunicipalityKind | null | undefined): MunicipalityKind {
  if (STATUTORY_CITY_CODES.has(code)) return 'statutory-city'
  return storedKind ?? 'municipality'
}

/**
 * Compares a validated register with the stored municipalities and decides, row by row, what to
 * create, what to update (naming the fields that differ) and what is already up to date.
 * Municipalities stored but absent from the register are left alone; their slugs stay theirs.
 */
export function planMunicipalityImport(
  rows: readonly MunicipalityRow[],
  existing: readonly ExistingMunicipality[],
): ImportPlan {
  const stored = new Map(existing.map((municipality) => [municipality.ruianCode, municipality]))
  const inRegister = new Set(rows.map((row) => row.code))
  const reserved = new Set(
    existing.flatMap((municipality) => (!inRegister.has(municipality.ruianCode) && municipality.slug ? [municipality.slug] : [])),
  )
  const slugs = municipalitySlugs(rows, reserved)
  const holderOfSlug = new Map(
    existing.flatMap((municipality) => (inRegister.has(municipality.ruianCode) && municipality.slug ? [[municipality.slug, municipality.ruianCode] as const] : [])),
  )

  const plan: ImportPlan = { create: [], update: [], unchanged: [], releaseSlugs: [] }
  for (const row of rows) {
    const current = stored.get(row.code)
    const data: ImportedMunicipality = {
      ruianCode: row.code,
      name: row.name,
      slug: slugs.get(row.code) ?? '',
      kind: importedKind(row.code, current?.kind),
      district: row.district,
      districtCode: row.districtCode,
      regionCode: row.regionCode,
      postalCodes: row.postalCodes,
      partsCount: row.partsCount,
    }
    const holder = holderOfSlug.get(data.slug)
    if (holder !== undefined && holder !== row.code) plan.releaseSlugs.push(holder)

    if (!current) {
      plan.create.push({ line: row.line, data })
      continue
    }
    const changed = IMPORTED_FIELDS.filter((field) => current[field] !== data[field])
    if (changed.length === 0) plan.unchanged.push(row.code)
    else plan.update.push({ line: row.line, data, changed })
  }
  return plan
}
