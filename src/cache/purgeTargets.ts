/**
 * Where purges go: every application instance (to expire Next's data cache) and every front cache
 * (which purges itself and forwards to its upstreams). By default the public address, which is
 * the only instance or the front cache in front of it; `none` for scripts that run where no
 * portal serves pages.
 */
type PurgeSettings = { CACHE_PURGE_URLS?: string; PUBLIC_SERVER_URL?: string }

export function purgeTargets(env: PurgeSettings = process.env as PurgeSettings): string[] {
  if (env.CACHE_PURGE_URLS?.trim() === 'none') return []
  const configured = env.CACHE_PURGE_URLS?.split(',').map((url) => url.trim()).filter(Boolean)
  if (configured && configured.length > 0) return configured
  return [env.PUBLIC_SERVER_URL || 'http://localhost:3000']
}

export const PURGE_ENDPOINT_PATH = '/api/cache/purge'
