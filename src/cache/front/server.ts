import { createHash } from 'node:crypto'
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'
import { gzipSync } from 'node:zlib'

import { cacheDecision, isCompressible, isStorable } from '@/domain/cache/frontCachePolicy'
import { parseInvalidation } from '@/domain/cache/invalidation'
import { isPurgeAuthorised, purgeToken } from '@/domain/cache/purgeToken'
import type { CacheTag } from '@/domain/cache/tags'

import { PURGE_ENDPOINT_PATH } from '../purgeTargets'
import type { PageStore, StoredResponse } from './store'

export type FrontCacheOptions = {
  /** The application instances behind the cache (`next start`), e.g. ["http://127.0.0.1:3001"]. */
  upstreams: string[]
  store: PageStore
  /** PAYLOAD_SECRET of the deployment: purges must carry the token derived from it. */
  secret: string
  /** Seconds a stored page is served without asking the application. */
  freshSeconds: number
  /** Seconds after that during which the old page is served while a fresh one is fetched. */
  staleSeconds: number
}

export type FrontCacheCounters = { hits: number; stale: number; misses: number; bypass: number; upstreamRequests: number; purges: number }

/** Hop-by-hop headers (RFC 9110 §7.6.1) are not forwarded. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer'])

/**
 * Response headers a stored page does not keep: the ones this cache sets itself (caching,
 * length, encoding, validators) and cookies. Everything else — content type, the security
 * headers (CSP, HSTS, frame options …), links — is served with the stored page as Next sent it.
 */
const NOT_STORED_HEADERS = new Set(['set-cookie', 'cache-control', 'expires', 'pragma', 'date', 'age', 'etag', 'last-modified', 'vary', 'content-length', 'content-encoding'])
const isStoredHeader = (name: string) => !NOT_STORED_HEADERS.has(name) && !HOP_BY_HOP.has(name) && !name.startsWith('x-nextjs-')

type Fetched = { status: number; headers: IncomingHttpHeaders; body: Buffer }
type Refreshed = { fetched: Fetched; entry: StoredResponse | null }

/**
 * The cache in front of the application: anonymous GET requests for public pages, feeds,
 * calendars and images are answered from memory; everything else passes through to the
 * application unchanged. Publishing purges it (POST /api/cache/purge, forwarded from here to
 * every upstream instance), so a published change shows on the next request.
 */
export function createFrontCache(options: FrontCacheOptions) {
  const counters: FrontCacheCounters = { hits: 0, stale: 0, misses: 0, bypass: 0, upstreamRequests: 0, purges: 0 }
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 })
  const inFlight = new Map<string, Promise<Refreshed>>()
  let nextUpstream = 0
  /** Bumped by every purge; a response fetched before a purge is served but not stored. */
  let generation = 0

  const pickUpstream = (): URL => {
    const base = options.upstreams[nextUpstream % options.upstreams.length]
    nextUpstream += 1
    return new URL(base ?? 'http://127.0.0.1:3000')
  }

  const forwardedHeaders = (req: IncomingMessage): Record<string, string> => {
    const client = req.socket.remoteAddress ?? ''
    const previous = req.headers['x-forwarded-for']
    return {
      'x-forwarded-for': previous ? `${previous}, ${client}` : client,
      'x-forwarded-host': req.headers['x-forwarded-host']?.toString() ?? req.headers.host ?? '',
      'x-forwarded-proto': req.headers['x-forwarded-proto']?.toString() ?? 'http',
    }
  }

  /** Fetches a cacheable page from the application with only the headers it may depend on. */
  const fetchUpstream = (req: IncomingMessage, path: string): Promise<Fetched> =>
    new Promise((resolve, reject) => {
      const upstream = pickUpstream()
      counters.upstreamRequests += 1
      const request = http.request(
        {
          host: upstream.hostname,
          port: upstream.port,
          path,
          method: 'GET',
          agent,
          headers: {
            host: req.headers.host ?? upstream.host,
            accept: req.headers.accept ?? '*/*',
            'accept-encoding': 'identity',
            'user-agent': req.headers['user-agent'] ?? 'municipia-front-cache',
            ...forwardedHeaders(req),
          },
        },
        (response) => {
          const chunks: Buffer[] = []
          response.on('data', (chunk: Buffer) => chunks.push(chunk))
          response.on('end', () => resolve({ status: response.statusCode ?? 502, headers: response.headers, body: Buffer.concat(chunks) }))
          response.on('error', reject)
        },
      )
      request.on('error', reject)
      request.end()
    })

  const store = (key: string, path: string, tags: readonly CacheTag[], fetched: Fetched): StoredResponse | null => {
    const header = (name: string) => {
      const value = fetched.headers[name]
      return Array.isArray(value) ? value.join(', ') : value
    }
    if (!isStorable({ status: fetched.status, header })) return null
    const headers: Record<string, string> = {}
    for (const name of Object.keys(fetched.headers)) {
      const value = header(name)
      if (value && isStoredHeader(name)) headers[name] = value
    }
    const contentType = headers['content-type'] ?? ''
    const entry: StoredResponse = {
      status: fetched.status,
      headers,
      body: fetched.body,
      gzip: isCompressible(contentType) && fetched.body.length > 1024 ? gzipSync(fetched.body) : null,
      etag: `"${createHash('sha1').update(fetched.body).digest('base64url')}"`,
      storedAt: Date.now(),
      path,
      tags,
    }
    options.store.set(key, entry)
    return entry
  }

  /** One request to the application per key at a time; concurrent visitors wait for the same answer. */
  const refresh = (req: IncomingMessage, key: string, path: string, tags: readonly CacheTag[]): Promise<Refreshed> => {
    const running = inFlight.get(key)
    if (running) return running
    const startedIn = generation
    const fetching = fetchUpstream(req, req.url ?? '/')
      .then((fetched) => ({ fetched, entry: startedIn === generation ? store(key, path, tags, fetched) : null }))
      .finally(() => inFlight.delete(key))
    inFlight.set(key, fetching)
    return fetching
  }

  const serveStored = (req: IncomingMessage, res: ServerResponse, entry: StoredResponse, state: 'HIT' | 'STALE' | 'MISS') => {
    const age = Math.max(0, Math.floor((Date.now() - entry.storedAt) / 1000))
    const headers: Record<string, string | number> = {
      ...entry.headers,
      etag: entry.etag,
      age,
      'cache-control': 'public, max-age=0, must-revalidate',
      vary: 'accept-encoding',
      'x-cache': state,
    }
    if (req.headers['if-none-match'] === entry.etag) {
      res.writeHead(304, headers)
      res.end()
      return
    }
    const gzip = entry.gzip && /\bgzip\b/.test(req.headers['accept-encoding']?.toString() ?? '') ? entry.gzip : null
    const body = gzip ?? entry.body
    if (gzip) headers['content-encoding'] = 'gzip'
    headers['content-length'] = body.length
    res.writeHead(entry.status, headers)
    res.end(req.method === 'HEAD' ? undefined : body)
  }

  const serveFetched = (req: IncomingMessage, res: ServerResponse, fetched: Fetched) => {
    const headers: Record<string, string | string[]> = {}
    for (const [name, value] of Object.entries(fetched.headers)) {
      if (value !== undefined && !HOP_BY_HOP.has(name) && name !== 'content-length') headers[name] = value
    }
    headers['content-length'] = String(fetched.body.length)
    headers['x-cache'] = 'PASS'
    res.writeHead(fetched.status, headers)
    res.end(req.method === 'HEAD' ? undefined : fetched.body)
  }

  /** Everything that is not cached goes to the application as it came, streamed both ways. */
  const passThrough = (req: IncomingMessage, res: ServerResponse) => {
    counters.bypass += 1
    const upstream = pickUpstream()
    const headers: Record<string, string | string[]> = {}
    for (const [name, value] of Object.entries(req.headers)) if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value
    const request = http.request(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, agent, headers: { ...headers, ...forwardedHeaders(req) } },
      (response) => {
        const responseHeaders: Record<string, string | string[]> = {}
        for (const [name, value] of Object.entries(response.headers)) if (value !== undefined && !HOP_BY_HOP.has(name)) responseHeaders[name] = value
        res.writeHead(response.statusCode ?? 502, responseHeaders)
        response.pipe(res)
      },
    )
    request.on('error', () => badGateway(res))
    req.pipe(request)
  }

  const badGateway = (res: ServerResponse) => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' })
    res.end('The portal is not answering; please try again in a moment.')
  }

  const readBody = (req: IncomingMessage, limit: number): Promise<string> =>
    new Promise((resolve, reject) => {
      let size = 0
      const chunks: Buffer[] = []
      req.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size > limit) {
          reject(new Error('too large'))
          req.destroy()
        } else chunks.push(chunk)
      })
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
      req.on('error', reject)
    })

  /** Purges this cache, then hands the same purge to every application instance behind it. */
  const purge = async (req: IncomingMessage, res: ServerResponse) => {
    if (!isPurgeAuthorised(req.headers.authorization, options.secret)) {
      res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'Not authorised to purge the cache.' }))
      return
    }
    const invalidation = await readBody(req, 1024 * 1024).then(
      (text) => parseInvalidation(JSON.parse(text)),
      () => null,
    ).catch(() => null)
    if (!invalidation) {
      res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'Expected {"tags": [...], "paths": [...]}.' }))
      return
    }
    // Twice: at once, so nobody gets the old page for longer, and again once every application
    // instance has expired its data, because a page rendered in between may still hold old data.
    generation += 1
    counters.purges += 1
    let removed = options.store.purge(invalidation)
    const forwarded = await Promise.all(
      options.upstreams.map((base) =>
        fetch(new URL(PURGE_ENDPOINT_PATH, base), {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${purgeToken(options.secret)}` },
          body: JSON.stringify(invalidation),
          signal: AbortSignal.timeout(5000),
        }).then(
          (response) => response.status,
          () => 0,
        ),
      ),
    )
    generation += 1
    removed += options.store.purge(invalidation)
    const allForwarded = forwarded.every((status) => status === 200)
    res.writeHead(allForwarded ? 200 : 502, { 'content-type': 'application/json' }).end(JSON.stringify({ removed, upstreams: forwarded }))
  }

  const stats = (req: IncomingMessage, res: ServerResponse) => {
    if (!isPurgeAuthorised(req.headers.authorization, options.secret)) {
      res.writeHead(401).end()
      return
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ...counters, ...options.store.stats() }))
  }

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0]
    if (req.method === 'POST' && path === PURGE_ENDPOINT_PATH) return purge(req, res)
    if (req.method === 'GET' && path === '/__front-cache/stats') return stats(req, res)
    const decision = cacheDecision({
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      header: (name) => {
        const value = req.headers[name]
        return Array.isArray(value) ? value.join(', ') : value
      },
    })
    if (!decision.cacheable) return passThrough(req, res)
    const entry = options.store.get(decision.key)
    const age = entry ? (Date.now() - entry.storedAt) / 1000 : Infinity
    if (entry && age < options.freshSeconds) {
      counters.hits += 1
      return serveStored(req, res, entry, 'HIT')
    }
    if (entry && age < options.freshSeconds + options.staleSeconds) {
      counters.stale += 1
      serveStored(req, res, entry, 'STALE')
      refresh(req, decision.key, decision.path, decision.tags).catch(() => undefined)
      return
    }
    counters.misses += 1
    try {
      const { fetched, entry: stored } = await refresh(req, decision.key, decision.path, decision.tags)
      if (stored) serveStored(req, res, stored, 'MISS')
      else serveFetched(req, res, fetched)
    } catch {
      badGateway(res)
    }
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => badGateway(res))
  })
  return { server, counters }
}
