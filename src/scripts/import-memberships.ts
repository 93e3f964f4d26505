/**
 * Imports one association's membership list from a CSV file (columns: code, status and
 * optionally name, since, until; see src/domain/memberships/csv.ts):
 *   npm run import:memberships -- <association slug> <file.csv>
 * Exit codes: 0 imported, 1 file rejected or import failed, 2 wrong arguments.
 */
import './env'

import { readFile } from 'node:fs/promises'

import { getPayload } from 'payload'

import { importMemberships } from '../collections/Memberships/importMemberships'

const usage = 'Usage: npm run import:memberships -- <association slug> <file.csv>'
const [slug, file] = process.argv.slice(2)
if (!slug || !file) {
  console.error(`✖ An association slug and a CSV file are needed.\n${usage}`)
  process.exit(2)
}
let csv: Buffer
try {
  csv = await readFile(file)
} catch (error) {
  console.error(`✖ Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n${usage}`)
  process.exit(2)
}

// A one-off import must not pick up queued jobs meant for the server.
process.env.JOBS_AUTORUN = 'false'
const { default: config } = await import('../../payload.config')
const payload = await getPayload({ config })

let exitCode = 0
try {
  const { docs } = await payload.find({ collection: 'associations', where: { slug: { equals: slug } }, limit: 1, depth: 0 })
  const association = docs[0]
  if (!association) {
    console.error(`✖ No association has the slug "${slug}".`)
    exitCode = 2
  } else {
    const startedAt = performance.now()
    const report = await importMemberships(payload, csv, { association: association.id, language: 'en' })
    for (const { line, field, message } of report.rejected) console.error(`line ${line}, field ${field}: ${message}`)
    if (report.rejected.length > 0) {
      console.error(`✖ ${file} was not imported; nothing was written. Fix the problems above and run the import again.`)
      exitCode = 1
    } else {
      const seconds = ((performance.now() - startedAt) / 1000).toFixed(1)
      console.log(`${association.shortName}: created ${report.created}, updated ${report.updated}, unchanged ${report.unchanged} (${seconds} s)`)
    }
  }
} catch (error) {
  console.error(`✖ Import failed: ${error instanceof Error ? error.message : String(error)}`)
  exitCode = 1
}
await payload.destroy()
process.exit(exitCode)
