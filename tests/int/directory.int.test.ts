import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { importMemberships } from '@/collections/Memberships/importMemberships'
import { directoryFacets, resolveDirectoryQuery, searchDirectory } from '@/collections/Municipalities/directory'
import { importMunicipalities } from '@/collections/Municipalities/importMunicipalities'
import { readDirectoryCriteria } from '@/domain/directory/criteria'
import { parseMunicipalityCsv } from '@/domain/municipalities/csv'
import { searchKey } from '@/domain/search/searchKey'

import { createAssociation, createStaffUser } from './fixtures'
import { getTestPayload } from './harness'
import { restClient } from './restClient'

/**
 * The public directory over real municipalities: the Plzeň and Karlovy Vary regions of the
 * register (635 municipalities, enough names with ch, č, ř, š and ž). The full register's speed
 * is shown by `npm run bench:directory`.
 */
const REGISTER = path.resolve('../shared/data/cz-municipalities.csv')
const registerPresent = existsSync(REGISTER)
if (!registerPresent) console.warn(`SKIPPED: the directory tests need ${REGISTER}, which is absent.`)

describe.skipIf(!registerPresent)('the municipality directory', () => {
  let payload: Payload
  const czech = new Intl.Collator('cs')
  let rows: ReturnType<typeof parseMunicipalityCsv>['rows']

  const search = async (params: Record<string, string>) => {
    const { criteria, problems } = readDirectoryCriteria(params)
    const facets = await directoryFacets(payload, 'cs', criteria.region)
    const resolved = resolveDirectoryQuery(criteria, facets)
    expect([...problems, ...resolved.problems]).toEqual([])
    return searchDirectory(payload, resolved.query)
  }
  /** Every page of a query, in order. */
  const allNames = async (params: Record<string, string>) => {
    const names: string[] = []
    for (let page = 1; ; page += 1) {
      const result = await search({ ...params, page: String(page) })
      names.push(...result.docs.map((doc) => doc.name))
      if (!result.hasNextPage) return names
    }
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    const lines = readFileSync(REGISTER, 'utf8').split('\n')
    const subset = [lines[0], ...lines.slice(1).filter((line) => /^\d+,[^,]*,\d+,[^,]*,(43|51),/.test(line))].join('\n')
    rows = parseMunicipalityCsv(subset).rows
    const report = await importMunicipalities(payload, subset)
    expect(report.rejected).toEqual([])
    const union = await createAssociation(payload, { shortName: 'SMO ČR', slug: 'smo-cr', kind: 'national' })
    const members = rows.filter((_, index) => index % 3 === 0)
    const imported = await importMemberships(payload, ['code,status', ...members.map((row) => `${row.code},active`)].join('\n'), {
      association: union.id,
      language: 'cs',
    })
    expect(imported.rejected).toEqual([])
  }, 600_000)

  it('finds a fragment anywhere in the name, without accents or case', async () => {
    const expected = rows.filter((row) => searchKey(row.name).includes('hor')).map((row) => row.name)
    const found = await allNames({ q: 'HOR' })
    expect([...found].sort(czech.compare)).toEqual([...expected].sort(czech.compare))
    // At the start of the name and inside it, with or without the háček.
    expect(found).toEqual(expect.arrayContaining(['Horní Blatná', 'Andělská Hora', 'Zahořany']))
    expect((await search({ q: 'plzen' })).docs.map((doc) => doc.name)).toContain('Plzeň')
    expect((await search({ q: 'mariánské lázně' })).docs.map((doc) => doc.name)).toEqual(['Mariánské Lázně'])
  })

  it('lists 24 a page in Czech alphabetical order across all pages', async () => {
    const first = await search({ region: '51' })
    expect(first.docs).toHaveLength(24)
    expect(first.totalDocs).toBe(rows.filter((row) => row.regionCode === '51').length)
    const names = await allNames({ region: '51' })
    expect(names).toEqual(rows.filter((row) => row.regionCode === '51').map((row) => row.name).sort(czech.compare))
    // "Ch" comes after "H", "Č" after "C".
    expect(names.indexOf('Cheb')).toBeGreaterThan(names.findLastIndex((name) => name.startsWith('H')))
    expect(names.findIndex((name) => name.startsWith('Č'))).toBeGreaterThan(names.findLastIndex((name) => /^C[^h]/.test(name)))
    expect(await allNames({ region: '51', sort: '-name' })).toEqual([...names].reverse())
  })

  it('filters by region, district, kind, chamber and membership, together', async () => {
    const statutory = await search({ region: '43', kind: 'statutory-city' })
    expect(statutory.docs.map((doc) => doc.name)).toEqual(['Plzeň'])
    expect((await search({ chamber: 'statutory-cities' })).docs.map((doc) => doc.name).sort(czech.compare)).toEqual(['Karlovy Vary', 'Plzeň'])
    const inDistrict = await allNames({ district: 'Domažlice' })
    expect(inDistrict.sort(czech.compare)).toEqual(rows.filter((row) => row.district === 'Domažlice').map((row) => row.name).sort(czech.compare))
    const members = rows.filter((_, index) => index % 3 === 0)
    expect((await search({ member: 'smo-cr' })).totalDocs).toBe(members.length)
    const membersInKarlovyVary = members.filter((row) => row.regionCode === '51' && searchKey(row.name).includes('ov'))
    expect((await allNames({ member: 'smo-cr', region: '51', q: 'ov' })).sort(czech.compare)).toEqual(membersInKarlovyVary.map((row) => row.name).sort(czech.compare))
    expect((await search({ region: '43', kind: 'statutory-city', chamber: 'municipalities' })).totalDocs).toBe(0)
  })

  it('sorts by population, largest first, with equal populations in Czech order', async () => {
    for (const [code, population] of [
      ['554791', 170000],
      ['554961', 46000],
    ] as const) {
      const { docs } = await payload.find({ collection: 'municipalities', where: { ruianCode: { equals: code } }, depth: 0 })
      const municipality = docs[0]
      if (!municipality) throw new Error(`Municipality ${code} is not imported`)
      await payload.update({ collection: 'municipalities', id: municipality.id, data: { population } })
    }
    const { docs } = await search({ sort: '-population' })
    expect(docs.slice(0, 2).map((doc) => doc.name)).toEqual(['Plzeň', 'Karlovy Vary'])
  })

  it('publishes the register as paged open data, to anyone from any origin', async () => {
    const api = restClient(payload)
    const response = await api.request('GET', 'municipalities/open-data?page=2&limit=50')
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    const body = (await response.json()) as { page: number; totalDocs: number; next: string; prev: string; data: { code: string; memberships: unknown[]; postalCodes: string[] }[] }
    const codes = rows.map((row) => row.code).sort()
    expect(body.page).toBe(2)
    expect(body.totalDocs).toBeGreaterThanOrEqual(rows.length)
    expect(body.data.map((municipality) => municipality.code)).toEqual(codes.slice(50, 100))
    expect(body.next).toContain('page=3')
    expect(body.prev).toContain('page=1')
    const everything = (await (await api.request('GET', 'municipalities/open-data?limit=500')).json()) as typeof body
    // The member with the lowest code is on the first page.
    const member = rows.filter((_, index) => index % 3 === 0).map((row) => row.code).sort()[0]
    expect(everything.data.find((municipality) => municipality.code === member)?.memberships).toEqual([
      expect.objectContaining({ association: 'smo-cr', associationShortName: 'SMO ČR', status: 'active' }),
    ])
    expect(everything.data.find((municipality) => municipality.code === '554791')?.postalCodes).toEqual(expect.arrayContaining(['30100', '31200']))

    const refused = await api.request('GET', 'municipalities/open-data?limit=1000', { headers: { 'Accept-Language': 'cs' } })
    expect(refused.status).toBe(400)
    expect(await refused.json()).toEqual({ errors: [{ field: 'limit', message: 'Parametr limit musí být celé číslo od 1 do 500.' }] })
  })

  it('exports the filtered directory as CSV for staff only', async () => {
    const api = restClient(payload)
    const editor = await createStaffUser(payload, 'editor', [(await createAssociation(payload)).id])
    const token = await api.login('users', editor.email, editor.password)
    const response = await api.request('GET', 'municipalities/export?region=51&kind=statutory-city', { token })
    expect(response.status).toBe(200)
    const lines = new TextDecoder().decode(await response.arrayBuffer()).trim().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toBe('code,name,kind,chamber,district,region,population,postal_codes,website,member_of')
    expect(lines[1]).toMatch(/^554961,Karlovy Vary,statutory-city,statutory-cities,Karlovy Vary,Karlovarský kraj,46000,/)
    expect((await api.request('GET', 'municipalities/export')).status).toBe(403)
  })
})
