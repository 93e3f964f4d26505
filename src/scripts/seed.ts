/**
 * `npm run seed`: writes the demo content of src/seed into the configured database. Running it
 * again creates nothing. With `--if-empty` (the quick start, `npm run demo`) it leaves a database
 * alone that already has staff accounts or associations.
 */
import './env'

import { getPayload, type Payload } from 'payload'

import config from '../../payload.config'
import { createdInTotal, seed, type SeedReport } from '../seed'

const startedAt = Date.now()
const ifEmpty = process.argv.includes('--if-empty')
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

async function hasContent(payload: Payload): Promise<boolean> {
  const counts = await Promise.all(
    (['users', 'associations'] as const).map((collection) => payload.count({ collection, overrideAccess: true })),
  )
  return counts.some(({ totalDocs }) => totalDocs > 0)
}

function printSummary(report: SeedReport): void {
  const rows = Object.entries(report.collections).map(([collection, tally]) => [collection, tally?.created ?? 0, tally?.existing ?? 0, tally?.updated ?? 0] as const)
  const width = Math.max(...rows.map(([collection]) => collection.length), 'collection'.length)
  const line = (cells: readonly (string | number)[]) => cells.map((cell, index) => (index === 0 ? String(cell).padEnd(width) : String(cell).padStart(9))).join('  ')
  console.log(`\nSummary — ${createdInTotal(report)} documents created in ${seconds(report.durationMs)}:`)
  console.log(`  ${line(['collection', 'created', 'existing', 'completed'])}`)
  for (const row of rows) console.log(`  ${line(row)}`)
  console.log(`  globals: ${Object.entries(report.globals).map(([slug, outcome]) => `${slug} ${outcome}`).join(', ')}`)
  console.log('  Staff log-in: admin@municipia.local and editor.<association>@municipia.local, password from SEED_ADMIN_PASSWORD.')
}

let payload: Payload | undefined
let exitCode = 0
try {
  payload = await getPayload({ config })
  if (ifEmpty && (await hasContent(payload))) {
    console.log('The database already has staff accounts or associations: demo content not written (--if-empty).')
  } else {
    printSummary(await seed(payload, (line) => console.log(line)))
  }
  console.log(`Done in ${seconds(Date.now() - startedAt)}.`)
} catch (error) {
  exitCode = 1
  console.error(`\n✖ Seeding failed: ${error instanceof Error ? error.message : String(error)}`)
  console.error('  Fix the cause and run it again: a database with transactions keeps nothing of this run, and documents already written are never duplicated.')
  if (error instanceof Error && error.stack) console.error(error.stack)
} finally {
  await payload?.destroy()
}
process.exit(exitCode)
