import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import path from 'node:path'

import { purgeToken } from '../../../src/domain/cache/purgeToken'

export type FrontCacheStats = { hits: number; stale: number; misses: number; bypass: number; upstreamRequests: number; purges: number; entries: number; bytes: number }

export type RunningFrontCache = { url: string; stats: () => Promise<FrontCacheStats>; stop: () => Promise<void> }

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })

/** Starts the front cache (`npm run front-cache`) as its own process in front of the given portal instances. */
export async function startFrontCache({ port, upstreams, secret, env = {} }: { port: number; upstreams: string[]; secret: string; env?: Record<string, string> }): Promise<RunningFrontCache> {
  const url = `http://127.0.0.1:${port}`
  let output = ''
  const child = spawn(path.resolve('node_modules/.bin/tsx'), ['src/scripts/front-cache.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', FRONT_CACHE_UPSTREAMS: upstreams.join(','), PAYLOAD_SECRET: secret, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const authorization = `Bearer ${purgeToken(secret)}`
  const stats = async () => (await (await fetch(`${url}/__front-cache/stats`, { headers: { authorization } })).json()) as FrontCacheStats
  const deadline = Date.now() + 30_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The front cache exited with ${child.exitCode}:\n${output}`)
    if (Date.now() > deadline) throw new Error(`The front cache did not start within 30 s:\n${output}`)
    if (await stats().then(() => true, () => false)) break
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return {
    url,
    stats,
    stop: async () => {
      if (child.exitCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    },
  }
}
