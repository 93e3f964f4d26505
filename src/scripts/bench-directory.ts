/**
 * How fast the public directory answers with the full register, measured server-side:
 *   npm run bench:directory [-- --queries 2000] [-- --fresh]
 *
 * Prepares (once, kept in data/bench-directory.db) a SQLite database from the committed
 * migrations with the 6,258 municipalities of ../shared/data/cz-municipalities.csv, about 2,500
 * members of a national union and the members of a regional association, then times the
 * directory query the page runs (searchDirectory: name fragment, filters, sort, 24 a page) for
 * each of the generated queries and prints the percentiles and the machine. Populations are not
 * in the register file; the benchmark database gets made-up ones so that sorting by population
 * has real work to do. Exit code 1 when the 95th percentile misses the 20 ms target.
 */
import { existsSync, rmSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { sql } from '@payloadcms/db-sqlite'
import { getPayload, type Payload } from 'payload'

import type { Id } from '../access/ids'
import { importMemberships } from '../collections/Memberships/importMemberships'
import { importMunicipalities } from '../collections/Municipalities/importMunicipalities'
import { directoryFacets, searchDirectory, type DirectoryQuery } from '../collections/Municipalities/directory'
import { applyCommittedMigrations } from '../config/database'
import { percentile, seededRandom } from '../domain/benchmark/percentiles'
import { DIRECTORY_SORTS } from '../domain/directory/criteria'
import { kindsOfChamber } from '../domain/directory/criteria'
import { CHAMBERS, MUNICIPALITY_KINDS } from '../domain/municipalities/kinds'
import { searchKey } from '../domain/search/searchKey'

const TARGET_P95_MS = 20
const REGISTER = path.resolve('../shared/data/cz-municipalities.csv')
const DATABASE = path.resolve('data/bench-directory.db')

const argument = (name: string) => {
  const index = process.argv.indexOf(`--${name}`)
  return index === -1 ? undefined : (process.argv[index + 1] ?? '')
}
const queryCount = Number(argument('queries') ?? 2000)
const fresh = process.argv.includes('--fresh')

if (!existsSync(REGISTER)) {
  console.error(`✖ The benchmark needs the register at ${REGISTER}, which is absent.`)
  process.exit(2)
}
if (!Number.isInteger(queryCount) || queryCount < 1000) {
  console.error('✖ --queries must be a whole number of at least 1000.')
  process.exit(2)
}
if (fresh) for (const suffix of ['', '-wal', '-shm']) rmSync(DATABASE + suffix, { force: true })

process.env.DATABASE_URI = `file:${DATABASE}`
process.env.PAYLOAD_SECRET ||= 'directory-benchmark'
process.env.JOBS_AUTORUN = 'false'
process.env.PAYLOAD_DB_PUSH = 'false'
delete process.env.SMTP_HOST
const { default: config } = await import('../../payload.config')
const payload = await getPayload({ config })
await applyCommittedMigrations(payload)

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`

async function prepare(payload: Payload): Promise<void> {
  const random = seededRandom(20250101)
  let startedAt = performance.now()
  const report = await importMunicipalities(payload, await readFile(REGISTER))
  if (report.rejected.length > 0) throw new Error(`The register was refused: ${JSON.stringify(report.rejected.slice(0, 3))}`)
  console.log(`  imported ${report.created + report.updated + report.unchanged} municipalities (${seconds(startedAt)})`)

  // Made-up populations, skewed like real ones (most municipalities are small).
  await (payload.db as unknown as { drizzle: { run: (query: unknown) => Promise<unknown> } }).drizzle.run(
    sql`UPDATE municipalities SET population = CAST(80 + abs(random() % 1000) * abs(random() % 1000) / 40 AS INTEGER)`,
  )

  const association = async (shortName: string, kind: 'national' | 'regional') => {
    const { docs } = await payload.find({ collection: 'associations', where: { shortName: { equals: shortName } }, limit: 1 })
    return docs[0]?.id ?? (await payload.create({ collection: 'associations', data: { name: shortName, shortName, kind, country: 'CZ' } })).id
  }
  const union = await association('SMO ČR', 'national')
  const plzen = await association('SMOPK', 'regional')
  const { docs: municipalities } = await payload.find({
    collection: 'municipalities',
    select: { ruianCode: true, region: true },
    populate: { regions: { code: true } },
    pagination: false,
    depth: 1,
  })
  const regionCode = (municipality: (typeof municipalities)[number]) =>
    typeof municipality.region === 'object' && municipality.region ? municipality.region.code : ''
  const listOf = (codes: string[]) => ['code,status', ...codes.map((code) => `${code},${random() < 0.95 ? 'active' : 'suspended'}`)].join('\n')
  const unionMembers = municipalities.filter(() => random() < 2500 / 6258).map((municipality) => municipality.ruianCode)
  const plzenMembers = municipalities
    .filter((municipality) => regionCode(municipality) === '43')
    .filter(() => random() < 190 / 501)
    .map((municipality) => municipality.ruianCode)
  for (const [id, codes, name] of [
    [union, unionMembers, 'SMO ČR'],
    [plzen, plzenMembers, 'SMOPK'],
  ] as const) {
    startedAt = performance.now()
    const imported = await importMemberships(payload, listOf(codes), { association: id, language: 'en' })
    if (imported.rejected.length > 0) throw new Error(`Memberships refused: ${JSON.stringify(imported.rejected.slice(0, 3))}`)
    console.log(`  ${name}: ${imported.created} memberships (${seconds(startedAt)})`)
  }
}

const { totalDocs } = await payload.count({ collection: 'municipalities' })
if (totalDocs < 6258) {
  console.log(`Preparing ${DATABASE} (once; --fresh prepares it again)…`)
  await prepare(payload)
}

// ---------------------------------------------------------------------------------------------
// Queries: fragments of real names (prefixes and infixes, with or without accents, any case),
// combined with the filters a visitor uses, every sort order, mostly the first page.

const random = seededRandom(7)
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
const facets = await directoryFacets(payload, 'cs', null)
const { docs: register } = await payload.find({
  collection: 'municipalities',
  select: { name: true, region: true, district: true, kind: true },
  pagination: false,
  depth: 0,
})

type Kind = 'headline' | 'other'
function makeQuery(): { query: DirectoryQuery; kind: Kind } {
  const municipality = pick(register)
  const name = random() < 0.5 ? municipality.name : searchKey(municipality.name)
  const length = 2 + Math.floor(random() * 4)
  const start = random() < 0.5 ? 0 : Math.floor(random() * Math.max(1, name.length - length))
  const typed = name.slice(start, start + length)
  const fragment = random() < 0.1 ? '' : searchKey(random() < 0.5 ? typed.toUpperCase() : typed)
  const headline = random() < 0.5
  const region = (headline || random() < 0.4 ? (random() < 0.8 ? municipality.region : pick(facets.regions).id) : null) as Id | null
  const someKind = random() < 0.7 ? municipality.kind : pick(MUNICIPALITY_KINDS.filter((kind) => kind !== 'other'))
  const kinds = headline || random() < 0.3 ? [someKind] : random() < 0.2 ? kindsOfChamber(pick(CHAMBERS)) : null
  return {
    kind: headline && fragment ? 'headline' : 'other',
    query: {
      fragment,
      region,
      district: !headline && random() < 0.1 ? (municipality.district ?? null) : null,
      kinds,
      memberOf: random() < 0.3 && facets.associations.length > 0 ? pick(facets.associations).id : null,
      sort: pick(DIRECTORY_SORTS),
      page: random() < 0.85 ? 1 : 2 + Math.floor(random() * 3),
    },
  }
}

const warmUp = Array.from({ length: 50 }, makeQuery)
for (const { query } of warmUp) await searchDirectory(payload, query)

const samples: { ms: number; kind: Kind; found: number; query: DirectoryQuery }[] = []
for (let index = 0; index < queryCount; index += 1) {
  const { query, kind } = makeQuery()
  const startedAt = performance.now()
  const result = await searchDirectory(payload, query)
  samples.push({ ms: performance.now() - startedAt, kind, found: result.totalDocs, query })
}

const line = (label: string, durations: number[]) =>
  `${label.padEnd(34)} n=${String(durations.length).padStart(5)}  p50 ${percentile(durations, 50).toFixed(2)} ms  p95 ${percentile(durations, 95).toFixed(2)} ms  p99 ${percentile(durations, 99).toFixed(2)} ms  max ${Math.max(...durations).toFixed(2)} ms`
const all = samples.map((sample) => sample.ms)
const headline = samples.filter((sample) => sample.kind === 'headline').map((sample) => sample.ms)
const cpus = os.cpus()
console.log(`\nDirectory query benchmark: ${samples.length} varied queries over ${(await payload.count({ collection: 'municipalities' })).totalDocs} municipalities, SQLite (${DATABASE})`)
console.log(`machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, load average ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}, Node ${process.versions.node}, ${os.platform()} ${os.arch()}`)
console.log(line('all queries', all))
console.log(line('name fragment + region + kind', headline))
const breakdown: [string, (query: DirectoryQuery) => boolean][] = [
  ['  … no name fragment (browsing)', (query) => query.fragment === ''],
  ['  … filtered by membership', (query) => query.memberOf !== null],
  ['  … sorted by population', (query) => query.sort.endsWith('population')],
  ['  … page 2 or later', (query) => query.page > 1],
]
for (const [label, applies] of breakdown) console.log(line(label, samples.filter((sample) => applies(sample.query)).map((sample) => sample.ms)))
console.log(`queries with at least one result: ${Math.round((samples.filter((sample) => sample.found > 0).length / samples.length) * 100)} %`)
const p95 = percentile(all, 95)
console.log(p95 < TARGET_P95_MS ? `✔ p95 ${p95.toFixed(2)} ms is under the ${TARGET_P95_MS} ms target` : `✖ p95 ${p95.toFixed(2)} ms misses the ${TARGET_P95_MS} ms target`)
await payload.destroy()
process.exit(p95 < TARGET_P95_MS ? 0 : 1)
