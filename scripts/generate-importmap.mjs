// Regenerates the admin import map and checks that the CLI really ran: on Node 20 the Payload
// CLI sometimes exits 0 having done nothing. Payload skips writing an unchanged map, so the
// proof is its own report ("Writing import map …" or "No new imports found …") plus the file.
import { existsSync, readFileSync } from 'node:fs'

import { ensureNode22, run } from './lib.mjs'

ensureNode22()
const file = 'src/app/(payload)/admin/importMap.js'
const reportedRun = (text) => /Writing import map to|No new imports found/.test(text)
// The silent no-op was also seen once on Node 22 in a fresh clone: try again before failing.
let code = 1
let output = ''
for (let attempt = 1; attempt <= 3 && !reportedRun(output); attempt += 1) {
  if (attempt > 1) console.log(`payload generate:importmap reported nothing; attempt ${attempt} of 3.`)
  ;({ code, output } = await run('payload', ['generate:importmap'], { quiet: true }))
}
const reported = reportedRun(output)
if (code !== 0 || !reported || !existsSync(file) || !readFileSync(file, 'utf8').includes('export const importMap')) {
  console.error(output)
  console.error(`✖ payload generate:importmap did not produce ${file} (exit ${code}).`)
  process.exit(1)
}
console.log(`Import map ${output.includes('Writing import map') ? 'written' : 'already current'}: ${file}`)
