import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

export type RunningPortal = {
  baseURL: string
  databaseUri: string
  /** SIGTERM, then removes the database unless it was handed in (`options.databaseUri`). */
  stop: () => Promise<void>
  /** SIGKILL, as a crash or the OOM killer would: no shutdown hooks; the database stays. */
  kill: () => Promise<void>
  /** SIGTERM, as a deployment stops a server; resolves with how it exited. The database stays. */
  terminate: () => Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  /** What the server printed, for failure messages. */
  output: () => string
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })

export type PortalOptions = {
  /** Restarts on the database of an earlier run instead of a fresh one. */
  databaseUri?: string
  /** Writes the demo content (`npm run seed`) into the portal's database once it is up. */
  seed?: boolean
}

/** Runs a command-line entry point of the project (src/scripts) with tsx; rejects with its output when it fails. */
export function runScript(script: string, args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.resolve('node_modules/.bin/tsx'), [script, ...args], {
      env: { ...process.env, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'e2e-secret', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('error', reject)
    child.once('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${script} exited with ${code}:\n${output.slice(-3000)}`))))
  })
}

/**
 * Starts the production build (`next start`) on a fresh SQLite file, or on `options.databaseUri`
 * to restart on the database of an earlier run; the server applies the committed migrations
 * itself. Requires `.next` from `next build` (npm test builds before e2e).
 */
export async function startPortal(env: Record<string, string> = {}, options: PortalOptions = {}): Promise<RunningPortal> {
  if (!existsSync('.next/BUILD_ID')) throw new Error('No production build: run `npm run build` before the e2e tests.')
  const port = await freePort()
  const directory = options.databaseUri ? undefined : mkdtempSync(path.join(tmpdir(), 'municipia-e2e-'))
  const baseURL = `http://127.0.0.1:${port}`
  const databaseUri = options.databaseUri ?? `file:${path.join(directory ?? '', 'portal.db')}`
  let output = ''
  const server: ChildProcess = spawn(path.resolve('node_modules/.bin/next'), ['start', '--port', String(port)], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URI: databaseUri,
      PUBLIC_SERVER_URL: baseURL,
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'e2e-secret',
      INSECURE_COOKIES: 'true',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))

  const deadline = Date.now() + 90_000
  for (;;) {
    if (server.exitCode !== null) throw new Error(`The portal exited with ${server.exitCode}:\n${output.slice(-3000)}`)
    if (Date.now() > deadline) throw new Error(`The portal did not answer within 90 s:\n${output.slice(-3000)}`)
    const ready = await fetch(`${baseURL}/api/associations?limit=1`).then(
      (response) => response.status === 200,
      () => false,
    )
    if (ready) break
    await new Promise((resolve) => setTimeout(resolve, 300))
  }

  const end = async (signal: NodeJS.Signals) => {
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve))
      server.kill(signal)
      await exited
    }
    return { code: server.exitCode, signal: server.signalCode }
  }
  const stop = async () => {
    await end('SIGTERM')
    if (directory) rmSync(directory, { recursive: true, force: true })
  }
  if (options.seed) {
    // Seeded by its own process, like `npm run seed` beside a running server: the writes reach
    // the portal's caches through the purge endpoint, as any other process's writes would.
    await runScript('src/scripts/seed.ts', [], {
      DATABASE_URI: databaseUri,
      PUBLIC_SERVER_URL: baseURL,
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'e2e-secret',
      JOBS_AUTORUN: 'false',
      ...env,
    }).catch(async (error: unknown) => {
      await stop()
      throw error
    })
  }

  return {
    baseURL,
    databaseUri,
    output: () => output,
    kill: async () => void (await end('SIGKILL')),
    terminate: () => end('SIGTERM'),
    stop,
  }
}
