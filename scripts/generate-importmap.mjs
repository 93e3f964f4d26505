// Regenerates the admin import map and checks that the CLI really wrote it: on Node 20 the
// Payload CLI sometimes exits 0 having done nothing.
import { existsSync, readFileSync, statSync } from 'node:fs'

import { ensureNode22, run } from './lib.mjs'

ensureNode22()
const file = 'src/app/(payload)/admin/importMap.js'
const before = existsSync(file) ? statSync(file).mtimeMs : 0
const { code, output } = await run('payload', ['generate:importmap'], { quiet: true })
const written = existsSync(file) && statSync(file).mtimeMs > before
if (code !== 0 || !written || !readFileSync(file, 'utf8').includes('export const importMap')) {
  console.error(output)
  console.error(`✖ payload generate:importmap did not write ${file} (exit ${code}).`)
  process.exit(1)
}
console.log(`Import map written: ${file}`)
