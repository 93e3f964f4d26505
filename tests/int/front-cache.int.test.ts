import http, { type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync } from 'node:zlib'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { createFrontCache } from '@/cache/front/server'
import { MemoryPageStore } from '@/cache/front/store'
import { purgeToken } from '@/domain/cache/purgeToken'

const SECRET = 'front-cache-test-secret'

type Upstream = {
  url: string
  requests: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[]
  delayMs: number
  /** How long the application takes to expire its own data when a purge reaches it. */
  purgeDelayMs: number
  server: Server
}

/** A stand-in for `next start`: numbers its pages so a test sees whether a response is new. */
async function startUpstream(): Promise<Upstream> {
  const upstream: Upstream = { url: '', requests: [], delayMs: 0, purgeDelayMs: 0, server: http.createServer() }
  upstream.server.on('request', (req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => {
      upstream.requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body })
      const serial = upstream.requests.length
      if (req.url === '/api/cache/purge') {
        setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'), upstream.purgeDelayMs)
        return
      }
      setTimeout(() => {
        if (req.url?.startsWith('/account')) return res.writeHead(200, { 'content-type': 'text/html', 'set-cookie': 'payload-token=abc' }).end('<p>Your account</p>')
        if (req.method === 'POST') return res.writeHead(201, { 'content-type': 'text/plain' }).end(`echo:${body}`)
        res.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'private, no-cache, no-store',
          'content-security-policy': "default-src 'self'",
          'x-frame-options': 'SAMEORIGIN',
        })
        res.end(`<html><body><h1>${req.url}</h1><p>render ${serial}</p>${'x'.repeat(4000)}</body></html>`)
      }, upstream.delayMs)
    })
  })
  await new Promise<void>((resolve) => upstream.server.listen(0, '127.0.0.1', resolve))
  upstream.url = `http://127.0.0.1:${(upstream.server.address() as AddressInfo).port}`
  return upstream
}

const pageRequests = (upstream: Upstream, path: string) => upstream.requests.filter((request) => request.method === 'GET' && request.url === path).length

describe('the front cache', () => {
  let upstream: Upstream
  let front: ReturnType<typeof createFrontCache>
  let base: string

  const start = async (freshSeconds = 60, staleSeconds = 0) => {
    front = createFrontCache({ upstreams: [upstream.url], store: new MemoryPageStore(10 * 1024 * 1024), secret: SECRET, freshSeconds, staleSeconds })
    await new Promise<void>((resolve) => front.server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(front.server.address() as AddressInfo).port}`
  }

  const purge = (body: unknown, token = purgeToken(SECRET)) =>
    fetch(`${base}/api/cache/purge`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) })

  beforeEach(async () => {
    upstream = await startUpstream()
  })

  afterEach(async () => {
    front.server.closeAllConnections()
    await new Promise((resolve) => front.server.close(resolve))
    upstream.server.closeAllConnections()
    await new Promise((resolve) => upstream.server.close(resolve))
  })

  it('answers repeated anonymous views from memory, compressed and revalidatable', async () => {
    await start()
    const first = await fetch(`${base}/en/news/sample`)
    const firstBody = await first.text()
    expect(first.headers.get('x-cache')).toBe('MISS')
    const second = await fetch(`${base}/en/news/sample`)
    expect(second.headers.get('x-cache')).toBe('HIT')
    expect(second.headers.get('content-security-policy')).toBe("default-src 'self'")
    expect(second.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(second.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    expect(await second.text()).toBe(firstBody)
    expect(pageRequests(upstream, '/en/news/sample')).toBe(1)

    const raw = await new Promise<{ encoding?: string; body: Buffer; etag?: string }>((resolve) =>
      http.get(`${base}/en/news/sample`, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks), etag: response.headers.etag }))
      }),
    )
    expect(raw.encoding).toBe('gzip')
    expect(gunzipSync(raw.body).toString()).toBe(firstBody)
    const revalidated = await fetch(`${base}/en/news/sample`, { headers: { 'if-none-match': raw.etag ?? '' } })
    expect(revalidated.status).toBe(304)
    expect(pageRequests(upstream, '/en/news/sample')).toBe(1)
  })

  it('drops the pages built from a purged tag and hands the purge to the application', async () => {
    await start()
    await fetch(`${base}/news/sample`).then((response) => response.text())
    await fetch(`${base}/municipalities`).then((response) => response.text())
    const response = await purge({ tags: ['collection:news'], paths: [] })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ removed: 1, upstreams: [200] })

    const forwarded = upstream.requests.find((request) => request.url === '/api/cache/purge')
    expect(JSON.parse(forwarded?.body ?? '{}')).toEqual({ tags: ['collection:news'], paths: [] })
    expect(forwarded?.headers.authorization).toBe(`Bearer ${purgeToken(SECRET)}`)

    expect((await fetch(`${base}/news/sample`)).headers.get('x-cache')).toBe('MISS')
    expect((await fetch(`${base}/municipalities`)).headers.get('x-cache')).toBe('HIT')
  })

  it('purges a page by its path in one language only when told so', async () => {
    await start()
    await fetch(`${base}/pl/events/snem`).then((response) => response.text())
    await fetch(`${base}/en/events/snem`).then((response) => response.text())
    await purge({ tags: [], paths: ['/pl/events/snem'] })
    expect((await fetch(`${base}/pl/events/snem`)).headers.get('x-cache')).toBe('MISS')
    expect((await fetch(`${base}/en/events/snem`)).headers.get('x-cache')).toBe('HIT')
  })

  it('refuses purges without the deployment token and keeps the pages', async () => {
    await start()
    await fetch(`${base}/news/sample`).then((response) => response.text())
    expect((await purge({ tags: ['collection:news'], paths: [] }, purgeToken('wrong-secret'))).status).toBe(401)
    expect((await purge('not an invalidation')).status).toBe(400)
    expect((await fetch(`${base}/news/sample`)).headers.get('x-cache')).toBe('HIT')
  })

  it('never stores or serves a signed-in view to someone else', async () => {
    await start()
    await fetch(`${base}/news/sample`, { headers: { cookie: 'payload-token=member' } }).then((response) => response.text())
    await fetch(`${base}/news/sample`, { headers: { cookie: 'payload-token=member' } }).then((response) => response.text())
    expect(pageRequests(upstream, '/news/sample')).toBe(2)
    expect((await fetch(`${base}/news/sample`)).headers.get('x-cache')).toBe('MISS')

    const account = await fetch(`${base}/account`)
    expect(account.headers.get('set-cookie')).toBe('payload-token=abc')
    await fetch(`${base}/account`).then((response) => response.text())
    expect(pageRequests(upstream, '/account')).toBe(2)
  })

  it('passes writes through with their body', async () => {
    await start()
    const response = await fetch(`${base}/api/forms`, { method: 'POST', body: 'name=Plzeň' })
    expect(response.status).toBe(201)
    expect(await response.text()).toBe('echo:name=Plzeň')
  })

  it('asks the application once for many visitors arriving together', async () => {
    upstream.delayMs = 200
    await start()
    const bodies = await Promise.all(Array.from({ length: 20 }, () => fetch(`${base}/events`).then((response) => response.text())))
    expect(new Set(bodies).size).toBe(1)
    expect(pageRequests(upstream, '/events')).toBe(1)
  })

  it('does not keep a page that was being rendered while a purge came in', async () => {
    upstream.delayMs = 300
    await start()
    const rendering = fetch(`${base}/news/sample`).then((response) => response.text())
    await new Promise((resolve) => setTimeout(resolve, 100))
    await purge({ tags: ['collection:news'], paths: [] })
    await rendering
    upstream.delayMs = 0
    expect((await fetch(`${base}/news/sample`)).headers.get('x-cache')).toBe('MISS')
  })

  it('does not keep a page rendered while the application was still expiring its data', async () => {
    await start()
    await fetch(`${base}/news/sample`).then((response) => response.text())
    upstream.purgeDelayMs = 300
    const purging = purge({ tags: ['collection:news'], paths: [] })
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect((await fetch(`${base}/news/sample`)).headers.get('x-cache')).toBe('MISS')
    expect((await purging).status).toBe(200)
    expect((await fetch(`${base}/news/sample`)).headers.get('x-cache')).toBe('MISS')
    expect((await fetch(`${base}/news/sample`)).headers.get('x-cache')).toBe('HIT')
  })

  it('serves an expired page once more while it fetches the new one', async () => {
    await start(0, 60)
    await fetch(`${base}/services`).then((response) => response.text())
    const stale = await fetch(`${base}/services`)
    expect(stale.headers.get('x-cache')).toBe('STALE')
    expect(await stale.text()).toContain('render 1')
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(await (await fetch(`${base}/services`)).text()).toContain('render 2')
  })
})
