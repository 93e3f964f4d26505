/**
 * Imports the Czech municipality register from a CSV file:
 *   npm run import:municipalities -- ../shared/data/cz-municipalities.csv
 * Exit codes: 0 imported, 1 file rejected or import failed, 2 no readable file given.
 */
import { readFile } from 'node:fs/promises'

import { getPayload } from 'payload'
import { loadEnv } from 'payload/node'

import { flushPurges } from '../cache/schedulePurge'
import { importMunicipalities } from '../collections/Municipalities/importMunicipalities'

const usage = 'Usage: npm run import:municipalities -- <file.csv>'
const PROGRESS_EVERY = 500

const file = process.argv[2]
if (!file) {
  console.error(`✖ No CSV file given.\n${usage}`)
  process.exit(2)
}
let csv: Buffer
try {
  csv = await readFile(file)
} catch (error) {
  console.error(`✖ Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n${usage}`)
  process.exit(2)
}

loadEnv()
// A one-off import must not pick up queued jobs (scheduled publishing, e-mails) meant for the server.
process.env.JOBS_AUTORUN = 'false'
// Imported after loadEnv: the config reads DATABASE_URI and PAYLOAD_SECRET when it loads.
const { default: config } = await import('../../payload.config')
const payload = await getPayload({ config })

const startedAt = performance.now()
let exitCode = 0
try {
  const report = await importMunicipalities(payload, csv, {
    onProgress: (done, total) => {
      if (done % PROGRESS_EVERY === 0 || done === total) {
        console.error(`  ${done} / ${total} written (${Math.floor((done / total) * 100)} %)`)
      }
    },
  })
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1)
  for (const { line, field, message } of report.rejected) console.error(`line ${line}, field ${field}: ${message}`)
  const rejectedRows = new Set(report.rejected.map((problem) => problem.line)).size
  console.log(`created ${report.created}, updated ${report.updated}, unchanged ${report.unchanged}, rejected ${rejectedRows} (${seconds} s)`)
  const changedFields = Object.entries(report.updatedFields).map(([field, count]) => `${field} ${count}`)
  if (changedFields.length > 0) console.log(`changed fields: ${changedFields.join(', ')}`)
  if (report.regionsCreated > 0) console.log(`regions created: ${report.regionsCreated}`)
  if (report.rejected.length > 0) {
    console.error(`✖ ${file} was not imported; nothing was written. Fix the problems above and run the import again.`)
    exitCode = 1
  }
} catch (error) {
  console.error(`✖ Import failed: ${error instanceof Error ? error.message : String(error)}`)
  exitCode = 1
}
// A running portal learns of the imported register through the purge endpoint.
await flushPurges()
await payload.destroy()
process.exit(exitCode)
