import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  ValidationError,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { idOf } from '@/access/ids'
import { parseMunicipalityCsv, type CsvProblem } from '@/domain/municipalities/csv'
import {
  planMunicipalityImport,
  type ExistingMunicipality,
  type ImportedField,
  type ImportedMunicipality,
} from '@/domain/municipalities/importPlan'
import { CZECH_REGIONS } from '@/domain/municipalities/regions'
import type { Municipality, Region } from '@/payload-types'

export interface MunicipalityImportReport {
  created: number
  updated: number
  unchanged: number
  /** How many of the updated municipalities had each field changed. */
  updatedFields: Partial<Record<ImportedField, number>>
  /** Why the file was refused; when not empty, nothing was written. */
  rejected: CsvProblem[]
  regionsCreated: number
}

export interface MunicipalityImportOptions {
  /** Called after every municipality written; `total` counts the rows to create or update. */
  onProgress?: (done: number, total: number) => void
}

// Every write is made by the import itself, not by a signed-in editor, and needs no populated relations.
// A kind the import corrects (a statutory city) moves the municipality's memberships to another
// chamber; the municipalities' own hook does that within the import's transaction.
const asImport = { overrideAccess: true, depth: 0 } as const

/**
 * Imports the municipality register (the CSV format described in csv.ts): creates the 14 Czech
 * regions when missing, then creates or updates municipalities by RÚIAN code. A file with any
 * problem is refused as a whole before anything is written; the writes of an accepted file run
 * in one transaction, so a failure half-way leaves the database as it was (on adapters that
 * support transactions).
 */
export async function importMunicipalities(
  payload: Payload,
  csv: string | Uint8Array,
  options: MunicipalityImportOptions = {},
): Promise<MunicipalityImportReport> {
  const { rows, errors } = parseMunicipalityCsv(csv)
  if (errors.length > 0) return { created: 0, updated: 0, unchanged: 0, updatedFields: {}, rejected: errors, regionsCreated: 0 }

  const req = await createLocalReq({}, payload)
  const inTransaction = await initTransaction(req)
  try {
    const regions = await upsertRegions(payload, req)
    const codeOfRegion = new Map([...regions.ids].map(([code, id]) => [String(id), code]))
    const regionId = (code: string): Region['id'] => {
      const id = regions.ids.get(code)
      // upsertRegions has just created or found every Czech region and rows are validated against the same list.
      if (id === undefined) throw new Error(`Region ${code} is missing after the region upsert`)
      return id
    }

    const { docs } = await payload.find({
      collection: 'municipalities',
      pagination: false,
      select: { ruianCode: true, name: true, slug: true, kind: true, district: true, districtCode: true, region: true, postalCodes: true, partsCount: true },
      req,
      ...asImport,
    })
    const idOfCode = new Map(docs.map((doc) => [doc.ruianCode, doc.id]))
    const existing: ExistingMunicipality[] = docs.map((doc) => {
      const region = idOf(doc.region)
      return {
        ruianCode: doc.ruianCode,
        name: doc.name,
        slug: doc.slug ?? null,
        kind: doc.kind,
        district: doc.district ?? null,
        districtCode: doc.districtCode ?? null,
        regionCode: region === undefined ? null : (codeOfRegion.get(String(region)) ?? null),
        postalCodes: doc.postalCodes ?? null,
        partsCount: doc.partsCount ?? null,
      }
    })
    const plan = planMunicipalityImport(rows, existing)
    const storedId = (code: string): Municipality['id'] => {
      const id = idOfCode.get(code)
      // The plan only updates codes it found among the stored municipalities loaded above.
      if (id === undefined) throw new Error(`Municipality ${code} is missing from the loaded records`)
      return id
    }
    const fieldsOf = ({ regionCode, ...fields }: ImportedMunicipality) => ({ ...fields, region: regionId(regionCode) })

    for (const code of plan.releaseSlugs) {
      await payload.update({
        collection: 'municipalities',
        id: storedId(code),
        data: { slug: `tmp-${code}`, generateSlug: false },
        req,
        ...asImport,
      })
    }

    const total = plan.create.length + plan.update.length
    if (!inTransaction && total > 0) {
      payload.logger.warn(
        'The database adapter runs without transactions: if the import fails half-way, the rows written so far stay. Running it again completes it.',
      )
    }
    let done = 0
    const updatedFields: Partial<Record<ImportedField, number>> = {}
    for (const { line, data, changed } of plan.update) {
      await atLine(line, data.ruianCode, () =>
        payload.update({
          collection: 'municipalities',
          id: storedId(data.ruianCode),
          // Without generateSlug: false the slug field would regenerate the slug from the name on
          // every update, dropping the district that tells apart municipalities of the same name.
          data: { ...fieldsOf(data), generateSlug: false },
          req,
          ...asImport,
        }),
      )
      for (const field of changed) updatedFields[field] = (updatedFields[field] ?? 0) + 1
      done += 1
      options.onProgress?.(done, total)
    }
    for (const { line, data } of plan.create) {
      await atLine(line, data.ruianCode, () =>
        payload.create({ collection: 'municipalities', data: fieldsOf(data), req, ...asImport }),
      )
      done += 1
      options.onProgress?.(done, total)
    }

    if (inTransaction) await commitTransaction(req)
    return {
      created: plan.create.length,
      updated: plan.update.length,
      unchanged: plan.unchanged.length,
      updatedFields,
      rejected: [],
      regionsCreated: regions.created,
    }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/** Names which row a failed database write came from. */
async function atLine<T>(line: number, code: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (error) {
    const reason =
      error instanceof ValidationError
        ? error.data.errors.map((problem) => `${problem.path}: ${problem.message}`).join('; ')
        : error instanceof Error
          ? error.message
          : String(error)
    throw new Error(`line ${line} (code ${code}): ${reason}`, { cause: error })
  }
}

/** Creates the Czech regions that are missing and corrects the names, country and kind of the others. */
async function upsertRegions(payload: Payload, req: PayloadRequest): Promise<{ ids: Map<string, Region['id']>; created: number }> {
  const codes = CZECH_REGIONS.map((region) => region.code)
  const findIn = async (locale: 'cs' | 'pl' | 'en') => {
    const { docs } = await payload.find({
      collection: 'regions',
      where: { code: { in: codes } },
      pagination: false,
      select: { code: true, name: true, country: true, kind: true },
      // Without a fallback a missing Polish or English name reads as missing, not as the Czech one.
      locale,
      fallbackLocale: false,
      req,
      ...asImport,
    })
    return new Map(docs.map((doc) => [doc.code, doc]))
  }
  const stored = { cs: await findIn('cs'), pl: await findIn('pl'), en: await findIn('en') }

  const ids = new Map<string, Region['id']>()
  let created = 0
  for (const { code, name } of CZECH_REGIONS) {
    const current = stored.cs.get(code)
    let id: Region['id']
    if (current) {
      id = current.id
      if (current.name !== name.cs || current.country !== 'CZ' || current.kind !== 'cz-region') {
        await payload.update({ collection: 'regions', id, data: { name: name.cs, country: 'CZ', kind: 'cz-region' }, locale: 'cs', req, ...asImport })
      }
    } else {
      const region = await payload.create({ collection: 'regions', data: { code, name: name.cs, country: 'CZ', kind: 'cz-region' }, locale: 'cs', req, ...asImport })
      id = region.id
      created += 1
    }
    for (const locale of ['pl', 'en'] as const) {
      if (stored[locale].get(code)?.name !== name[locale]) {
        await payload.update({ collection: 'regions', id, data: { name: name[locale] }, locale, req, ...asImport })
      }
    }
    ids.set(code, id)
  }
  return { ids, created }
}
