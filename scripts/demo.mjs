// `npm run demo`: the quick start. Prepares the embedded database from the committed migrations,
// seeds demo content into an empty database, builds when the sources changed and starts the
// production server on http://localhost:3000.
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

import { elapsed, ensureDotEnv, ensureNode22, loadDotEnv, run, step } from './lib.mjs'

ensureNode22()
const startedAt = Date.now()

if (ensureDotEnv()) console.log('Created .env with a new random PAYLOAD_SECRET (edit it to configure SMTP, MongoDB …).')
loadDotEnv()
process.env.NODE_ENV = 'production'
const port = process.env.PORT || '3000'

await step('Import map for the admin', 'node', ['scripts/generate-importmap.mjs'])
await step('Database: apply committed migrations', 'tsx', ['src/scripts/migrate.ts'])
await step('Demo content (only into an empty database)', 'tsx', ['src/scripts/seed.ts', '--if-empty'])

if (buildIsStale()) {
  await step('Production build (next build)', 'next', ['build'])
} else {
  console.log('\n✔ Production build is up to date (.next/BUILD_ID is newer than the sources)')
}

console.log(`
Ready in ${elapsed(startedAt)}.
  Portal:  http://localhost:${port}
  Admin:   http://localhost:${port}/admin
           e-mail admin@municipia.local, password ${process.env.SEED_ADMIN_PASSWORD || 'municipia-demo'} (SEED_ADMIN_PASSWORD in .env)
Stop with Ctrl+C.
`)
const { code } = await run('next', ['start', '--port', port])
process.exit(code)

function newestModification(entry) {
  if (!existsSync(entry)) return 0
  const stats = statSync(entry)
  if (!stats.isDirectory()) return stats.mtimeMs
  return Math.max(0, ...readdirSync(entry).map((child) => newestModification(path.join(entry, child))))
}

function buildIsStale() {
  const buildId = '.next/BUILD_ID'
  if (!existsSync(buildId)) return true
  const sources = ['src', 'public', 'payload.config.ts', 'next.config.mjs', 'package-lock.json', 'tsconfig.json']
  return Math.max(...sources.map(newestModification)) > statSync(buildId).mtimeMs
}
