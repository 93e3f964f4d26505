/**
 * The cache in front of the portal (see README, "Caching and freshness"):
 *   FRONT_CACHE_UPSTREAMS=http://127.0.0.1:3001 PORT=3000 npm run front-cache
 * Serves prerendered pages to anonymous visitors from memory and passes everything else to the
 * application instances; publishing purges it through POST /api/cache/purge.
 */
import './env'

import { createFrontCache } from '../cache/front/server'
import { MemoryPageStore } from '../cache/front/store'

const port = Number(process.env.PORT || 3000)
const host = process.env.HOST || '0.0.0.0'
const upstreams = (process.env.FRONT_CACHE_UPSTREAMS || 'http://127.0.0.1:3001').split(',').map((url) => url.trim()).filter(Boolean)
const secret = process.env.PAYLOAD_SECRET
if (!secret) {
  console.error('✖ PAYLOAD_SECRET is not set: the front cache needs the portal secret to accept purges.')
  process.exit(2)
}

const { server } = createFrontCache({
  upstreams,
  store: new MemoryPageStore(Number(process.env.FRONT_CACHE_MAX_MB || 256) * 1024 * 1024),
  secret,
  freshSeconds: Number(process.env.PAGE_CACHE_SECONDS || 60),
  staleSeconds: Number(process.env.PAGE_CACHE_STALE_SECONDS || 600),
})
server.keepAliveTimeout = 65_000
server.listen(port, host, () => console.log(`Front cache on http://${host}:${port} → ${upstreams.join(', ')}`))
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0))
    server.closeAllConnections()
  })
}
