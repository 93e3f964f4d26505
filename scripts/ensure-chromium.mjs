// The e2e tests drive Debian's Chromium through playwright-core; nothing downloads a browser.
// Installs the `chromium` package when it is missing (CI machines start bare).
import { existsSync } from 'node:fs'

import { run } from './lib.mjs'

const executable = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
if (existsSync(executable)) {
  console.log(`Chromium present: ${executable}`)
  process.exit(0)
}
if (process.getuid?.() !== 0) {
  console.error(`✖ ${executable} is missing. Install Debian's chromium package (sudo apt-get install chromium) or set CHROMIUM_PATH.`)
  process.exit(1)
}
console.log('Installing Debian chromium (apt-get) …')
const update = await run('apt-get', ['update', '-qq'])
const install = update.code === 0 ? await run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { env: { DEBIAN_FRONTEND: 'noninteractive' } }) : update
if (install.code !== 0 || !existsSync(executable)) {
  console.error('✖ Could not install chromium with apt-get.')
  process.exit(1)
}
console.log(`Chromium installed: ${executable}`)
