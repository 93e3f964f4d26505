// Regenerates the admin import map and checks that the CLI really ran: on Node 20 the Payload
// CLI sometimes exits 0 having done nothing. Payload skips writing an unchanged map, so the
// proof is its own report ("Writing import map …" or "No new imports found …") plus the file.
import { existsSync, readFileSync } from 'node:fs'

import { ensureNode22, run } from './lib.mjs'

ensureNode22()
const file = 'src/app/(payload)/admin/importMap.js'
const { code, output } = await run('payload', ['generate:importmap'], { quiet: true })
const reported = /Writing import map to|No new imports found/.test(output)
if (code !== 0 || !reported || !existsSync(file) || !readFileSync(file, 'utf8').includes('export const importMap')) {
  console.error(output)
  console.error(`✖ payload generate:importmap did not produce ${file} (exit ${code}).`)
  process.exit(1)
}
console.log(`Import map ${output.includes('Writing import map') ? 'written' : 'already current'}: ${file}`)
