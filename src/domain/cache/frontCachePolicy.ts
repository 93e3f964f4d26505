import { MEMBER_SESSION_COOKIE } from '../../collections/Members/sessionCookie'

import { tagsForPath, type CacheTag } from './tags'

export type RequestFacts = {
  method: string
  url: string
  header: (name: string) => string | undefined
}

/**
 * Cookies that make a response personal: a staff session (`payload-token`), a member's portal
 * session (its own cookie, see the Members collection), or an editor's draft preview.
 */
const PERSONAL_COOKIES = new RegExp(`(?:^|;\\s*)(payload-token|${MEMBER_SESSION_COOKIE}|__prerender_bypass|__next_preview_data)=`)

/** Headers of Next's client-side navigation, whose answers are not HTML pages. */
const CLIENT_NAVIGATION_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-action']

export type CacheDecision = { cacheable: false } | { cacheable: true; key: string; path: string; tags: CacheTag[] }

/**
 * Whether the front cache may answer a request from, and store the answer in, its shared cache:
 * only anonymous GET and HEAD requests for public pages, feeds, calendars and images.
 */
export function cacheDecision({ method, url, header }: RequestFacts): CacheDecision {
  if (method !== 'GET' && method !== 'HEAD') return { cacheable: false }
  if (header('authorization')) return { cacheable: false }
  if (PERSONAL_COOKIES.test(header('cookie') ?? '')) return { cacheable: false }
  if (CLIENT_NAVIGATION_HEADERS.some((name) => header(name) !== undefined)) return { cacheable: false }
  let parsed: URL
  try {
    parsed = new URL(url, 'http://front-cache.invalid')
  } catch {
    return { cacheable: false }
  }
  if (parsed.searchParams.has('_rsc')) return { cacheable: false }
  const path = parsed.pathname.length > 1 ? parsed.pathname.replace(/\/$/, '') : parsed.pathname
  const tags = tagsForPath(path)
  if (!tags) return { cacheable: false }
  parsed.searchParams.sort()
  const query = parsed.searchParams.toString()
  return { cacheable: true, key: query ? `${path}?${query}` : path, path, tags }
}

export type ResponseFacts = { status: number; header: (name: string) => string | undefined }

const STORABLE_TYPES = /^(text\/html|application\/(rss|atom)\+xml|application\/xml|text\/xml|text\/calendar|text\/plain|image\/)/

/** Only complete, successful, impersonal answers are stored. */
export function isStorable({ status, header }: ResponseFacts): boolean {
  if (status !== 200) return false
  if (header('set-cookie') !== undefined) return false
  return STORABLE_TYPES.test(header('content-type') ?? '')
}

/** Whether a stored answer is worth compressing for clients that accept gzip. */
export const isCompressible = (contentType: string): boolean => !contentType.startsWith('image/')
