// Starts the production build on a fresh SQLite file, the way `npm run demo` does, and checks
// that the public home page, the REST API and the admin answer. The server applies the
// committed migrations itself on first start (production never pushes the schema).
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { ensureNode22 } from './lib.mjs'

ensureNode22()
const port = process.env.SMOKE_PORT || (await freePort())
const directory = mkdtempSync(path.join(tmpdir(), 'municipia-smoke-'))
const base = `http://127.0.0.1:${port}`
console.log(`\n▶ Smoke test of the production server on ${base}`)

const server = spawn(path.resolve('node_modules/.bin/next'), ['start', '--port', port], {
  env: {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URI: `file:${path.join(directory, 'smoke.db')}`,
    PUBLIC_SERVER_URL: base,
    JOBS_AUTORUN: 'false',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
})
let log = ''
server.stdout.on('data', (chunk) => (log += chunk))
server.stderr.on('data', (chunk) => (log += chunk))

const checks = [
  ['/api/health', 200, '"migrations":"current"'],
  ['/api/associations?limit=1', 200, '"docs"'],
  ['/', 200, '<html lang="cs"'],
  ['/en', 200, '<html lang="en"'],
  ['/cs', 308, null],
  ['/admin/login', 200, null],
]

let failures = 0
try {
  await waitForServer()
  for (const [url, status, body] of checks) {
    const response = await fetch(base + url, { redirect: 'manual' })
    const text = await response.text()
    const ok = response.status === status && (body === null || text.includes(body))
    console.log(`${ok ? '✔' : '✖'} GET ${url} → ${response.status}${ok ? '' : ` (expected ${status}${body ? ` with ${body}` : ''})`}`)
    if (!ok) failures += 1
  }
} catch (error) {
  console.error(`✖ ${error.message}`)
  failures += 1
} finally {
  server.kill('SIGTERM')
  rmSync(directory, { recursive: true, force: true })
}
if (failures > 0) {
  console.error(`Server output:\n${log.slice(-4000)}`)
  process.exit(1)
}
console.log('✔ Production server serves the portal, the API and the admin')

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address()
      probe.close(() => resolve(String(free)))
    })
  })
}

async function waitForServer() {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`)
    try {
      const response = await fetch(`${base}/api/associations?limit=1`)
      if (response.status === 200) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error('the server did not answer within 60 s')
}
