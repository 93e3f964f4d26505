// `npm run bench:pages`: requests per second and p99 latency of three public pages (home, a news
// article, an event), measured with autocannon on 127.0.0.1 in one run against
//   1. the same HTML as static files served by sirv (the file server of `vite preview`), the yardstick,
//   2. the front cache in front of `next start` (what visitors get),
//   3. `next start` alone (Next renders each view, from its data cache).
// Needs a production build (`npm run build`). Writes nothing to the project: the portal runs on a
// temporary SQLite database seeded with the demo content.
// Settings: BENCH_SECONDS (default 10 per measurement), BENCH_CONNECTIONS (default 10).
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { createServer as createNetServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'
import sirv from 'sirv'

import { ensureNode22 } from './lib.mjs'

ensureNode22()
if (!existsSync('.next/BUILD_ID')) {
  console.error('✖ No production build: run `npm run build` first.')
  process.exit(1)
}

const SECONDS = Number(process.env.BENCH_SECONDS || 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 10)
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'news detail', path: '/news/krajska-setkani-2025-klicove-informace' },
  { name: 'event detail', path: '/events/vii-krajowy-kongres-sekretarzy' },
]
const SECRET = 'bench-secret'
const directory = mkdtempSync(path.join(tmpdir(), 'municipia-bench-'))
const children = []

const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createNetServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address()
      probe.close(() => resolve(port))
    })
  })

function start(command, args, env) {
  const child = spawn(path.resolve('node_modules/.bin', command), args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  children.push(child)
  return { child, output: () => output }
}

async function waitFor(url, started, what) {
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) throw new Error(`${what} exited:\n${started.output().slice(-2000)}`)
    const ok = await fetch(url).then((response) => response.ok, () => false)
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`${what} did not answer within 120 s`)
}

function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = start(command, args, env)
    child.child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed:\n${child.output().slice(-2000)}`))))
  })
}

/** The pages saved as files and served by sirv in production mode (file stats cached, bodies streamed from disk). */
function startStaticServer(root, port) {
  let server
  return {
    add(urlPath, html) {
      const file = path.join(root, urlPath === '/' ? 'index.html' : `${urlPath.slice(1)}.html`)
      mkdirSync(path.dirname(file), { recursive: true })
      writeFileSync(file, html)
    },
    // sirv reads the directory when it is created, so only once every file is written.
    listen: () =>
      new Promise((resolve) => {
        server = createServer(sirv(root, { dev: false, etag: true, extensions: ['html'] }))
        server.listen(port, '127.0.0.1', resolve)
      }),
    close: () => new Promise((resolve) => (server ? server.close(resolve) : resolve())),
  }
}

const measure = (url, duration) =>
  new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration, pipelining: 1 }, (error, result) => (error ? reject(error) : resolve(result)))
  })

async function main() {
  const nextPort = await freePort()
  const frontPort = await freePort()
  const staticPort = await freePort()
  const nextURL = `http://127.0.0.1:${nextPort}`
  const frontURL = `http://127.0.0.1:${frontPort}`
  const staticURL = `http://127.0.0.1:${staticPort}`
  const databaseUri = `file:${path.join(directory, 'bench.db')}`
  const env = { NODE_ENV: 'production', DATABASE_URI: databaseUri, PAYLOAD_SECRET: SECRET, PUBLIC_SERVER_URL: frontURL, CACHE_PURGE_URLS: frontURL, JOBS_AUTORUN: 'false', NEXT_TELEMETRY_DISABLED: '1' }

  console.log('▶ Starting next start, seeding the demo content, starting the front cache …')
  const next = start('next', ['start', '--port', String(nextPort)], env)
  await waitFor(`${nextURL}/api/associations?limit=1`, next, 'next start')
  await run('tsx', ['src/scripts/seed.ts'], env)
  const front = start('tsx', ['src/scripts/front-cache.ts'], { ...env, PORT: String(frontPort), HOST: '127.0.0.1', FRONT_CACHE_UPSTREAMS: nextURL, PAGE_CACHE_SECONDS: '3600' })
  await waitFor(`${frontURL}/`, front, 'the front cache')

  const staticServer = startStaticServer(path.join(directory, 'static'), staticPort)
  for (const page of PAGES) {
    const response = await fetch(`${frontURL}${page.path}`)
    if (!response.ok) throw new Error(`${page.path} answered ${response.status}`)
    const html = await response.text()
    page.bytes = Buffer.byteLength(html)
    staticServer.add(page.path, html)
  }
  await staticServer.listen()

  const targets = [
    { name: 'static file', base: staticURL },
    { name: 'front cache', base: frontURL },
    { name: 'next start', base: nextURL },
  ]
  const rows = []
  for (const page of PAGES) {
    for (const target of targets) {
      const url = `${target.base}${page.path}`
      await measure(url, 2)
      const result = await measure(url, SECONDS)
      const failed = result.errors + result.timeouts + (result.non2xx ?? 0)
      rows.push({ page: page.name, target: target.name, rps: result.requests.average, p99: result.latency.p99, failed })
      console.log(`  ${page.name.padEnd(13)} ${target.name.padEnd(12)} ${result.requests.average.toFixed(0).padStart(7)} req/s   p99 ${String(result.latency.p99).padStart(5)} ms${failed ? `   ${failed} failed` : ''}`)
    }
  }

  console.log(`\nautocannon, ${CONNECTIONS} connections, ${SECONDS} s per measurement, on 127.0.0.1 (page sizes: ${PAGES.map((page) => `${page.name} ${(page.bytes / 1024).toFixed(0)} KB`).join(', ')})\n`)
  console.log('| page | static file req/s (p99) | front cache req/s (p99) | next start req/s (p99) | front cache / static |')
  console.log('| --- | --- | --- | --- | --- |')
  let met = true
  for (const page of PAGES) {
    const of = (target) => rows.find((row) => row.page === page.name && row.target === target)
    const [file, cache, plain] = ['static file', 'front cache', 'next start'].map(of)
    const ratio = cache.rps / file.rps
    if (ratio < 0.5 || cache.failed > 0) met = false
    const cell = (row) => `${row.rps.toFixed(0)} (${row.p99} ms)`
    console.log(`| ${page.name} | ${cell(file)} | ${cell(cache)} | ${cell(plain)} | ${ratio.toFixed(2)} |`)
  }
  console.log(`\nTarget (cached pages ≥ 0.5 × the static file's requests per second): ${met ? 'met' : 'NOT met'}.`)
  await staticServer.close()
}

let code = 0
try {
  await main()
} catch (error) {
  console.error(`✖ ${error.message}`)
  code = 1
} finally {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM')
  await new Promise((resolve) => setTimeout(resolve, 500))
  rmSync(directory, { recursive: true, force: true })
}
process.exit(code)
