import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The bearer token that authorises a purge: derived from the shared PAYLOAD_SECRET, so every
 * instance and every front cache of one deployment knows it without another secret to manage.
 */
export function purgeToken(secret: string): string {
  return createHmac('sha256', secret).update('municipia:cache-purge').digest('hex')
}

export function isPurgeAuthorised(authorization: string | null | undefined, secret: string): boolean {
  const expected = Buffer.from(`Bearer ${purgeToken(secret)}`)
  const given = Buffer.from(authorization ?? '')
  return given.length === expected.length && timingSafeEqual(given, expected)
}
