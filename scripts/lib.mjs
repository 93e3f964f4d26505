// Helpers shared by the project's orchestration scripts (demo, test, CI). Plain ESM so they
// run before TypeScript tooling is known to work.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const REQUIRED_NODE_MAJOR = 22

/** Payload's CLI can exit 0 having done nothing on Node 20; every script insists on Node 22. */
export function ensureNode22() {
  const major = Number(process.versions.node.split('.')[0])
  if (major < REQUIRED_NODE_MAJOR) {
    console.error(
      `✖ Node ${process.versions.node} runs this script, but the project needs Node ${REQUIRED_NODE_MAJOR}.\n` +
        '  Run it through npm (npm run …): the `node` devDependency puts Node 22 first on the PATH of npm scripts.\n' +
        '  If node_modules is missing or stale, run `npm ci` first.',
    )
    process.exit(1)
  }
}

export const elapsed = (startedAt) => `${((Date.now() - startedAt) / 1000).toFixed(1)} s`

const localBin = path.resolve('node_modules/.bin')

/** Runs a command (local binaries first, as in npm scripts) with inherited output; resolves with its exit code. */
export function run(command, args, { env = {}, quiet = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, PATH: `${localBin}${path.delimiter}${process.env.PATH ?? ''}`, ...env },
    })
    child.on('error', (error) => resolve({ code: 127, output: `${command}: ${error.message}` }))
    let output = ''
    if (quiet) {
      child.stdout.on('data', (chunk) => (output += chunk))
      child.stderr.on('data', (chunk) => (output += chunk))
    }
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }))
  })
}

/** Runs a step, prints its name, duration and outcome; exits the process when it fails. */
export async function step(name, command, args, options = {}) {
  const startedAt = Date.now()
  console.log(`\n▶ ${name}`)
  const { code, output } = await run(command, args, options)
  if (code !== 0) {
    if (options.quiet) console.error(output)
    console.error(`✖ ${name} failed (exit ${code}) after ${elapsed(startedAt)}`)
    process.exit(code || 1)
  }
  console.log(`✔ ${name} (${elapsed(startedAt)})`)
  return { output, seconds: (Date.now() - startedAt) / 1000 }
}

/** Creates .env from .env.example with a fresh random secret when it does not exist yet. */
export function ensureDotEnv() {
  if (existsSync('.env')) return false
  copyFileSync('.env.example', '.env')
  const secret = randomBytes(32).toString('hex')
  writeFileSync('.env', readFileSync('.env', 'utf8').replace(/^PAYLOAD_SECRET=.*$/m, `PAYLOAD_SECRET=${secret}`))
  return true
}

/** Reads KEY=value lines; values already in the environment win, as with Next's own loader. */
export function loadDotEnv(file = '.env') {
  if (!existsSync(file)) return
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/.exec(line)
    if (match && process.env[match[1]] === undefined) process.env[match[1]] = match[2]
  }
}
