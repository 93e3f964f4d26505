// Regenerates the Payload types and checks that (1) the CLI really wrote the file and (2) the
// committed file was already current. A silent no-op of the CLI fails here instead of passing.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { ensureNode22, run } from './lib.mjs'

ensureNode22()
let failed = false

const typesFile = 'src/payload-types.ts'
// Generate into a fresh temporary file: Payload skips writing when the content is unchanged, so
// only a new file proves that the CLI ran.
const freshTypes = path.join(mkdtempSync(path.join(tmpdir(), 'municipia-types-')), 'payload-types.ts')
let types = { code: 1, output: '' }
for (let attempt = 1; attempt <= 2 && !existsSync(freshTypes); attempt += 1) {
  if (attempt > 1) console.log('payload generate:types wrote nothing; trying once more.')
  types = await run('payload', ['generate:types'], { quiet: true, env: { PAYLOAD_TS_OUTPUT_PATH: freshTypes } })
}
if (types.code !== 0 || !existsSync(freshTypes)) {
  console.error(types.output)
  console.error(`✖ payload generate:types wrote nothing (exit ${types.code}).`)
  failed = true
} else if (readFileSync(freshTypes, 'utf8') !== readFileSync(typesFile, 'utf8')) {
  copyFileSync(freshTypes, typesFile)
  console.error(`✖ ${typesFile} was out of date with the config; it has been regenerated: review and commit it.`)
  failed = true
} else {
  console.log(`${typesFile} is current.`)
}

// A schema change without a migration would make production (which only runs migrations) differ
// from development and tests. `--skip-empty` writes a migration only when the schema drifted.
const migrationsDir = 'src/migrations'
const existing = new Set(readdirSync(migrationsDir))
const index = readFileSync(`${migrationsDir}/index.ts`, 'utf8')
const drift = await run('payload', ['migrate:create', 'schema-drift', '--skip-empty'], {
  quiet: true,
  env: { DATABASE_URI: 'file::memory:', PAYLOAD_DB_PUSH: 'false' },
})
const added = readdirSync(migrationsDir).filter((file) => !existing.has(file))
if (drift.code !== 0) {
  console.error(drift.output)
  console.error('✖ payload migrate:create failed.')
  failed = true
} else if (added.length > 0) {
  writeFileSync(`${migrationsDir}/index.ts`, index)
  console.error(
    `✖ The collections changed without a migration. Generated ${added.join(', ')} in ${migrationsDir}: ` +
      'rename it, add it to the index with `npm run migrate:create -- <name>` and commit it.',
  )
  failed = true
} else {
  console.log('Migrations match the collection config.')
}
process.exit(failed ? 1 : 0)
