import { splitLocale } from '../locale/locales'

/**
 * Cache tags name what cached pages and data were built from: one tag per collection or global.
 * A change to a document expires every page that read its collection. The granularity is coarse
 * on purpose: editors publish a few times an hour, and a page per collection is cheap to render
 * again, while a finer scheme would have to follow every relationship a page populates.
 */
export type CacheTag = `collection:${string}` | `global:${string}`

export const collectionTag = (slug: string): CacheTag => `collection:${slug}`
export const globalTag = (slug: string): CacheTag => `global:${slug}`

/** What every page shows around its content: header, navigation, footer and the site-wide alert. */
export const LAYOUT_TAGS: CacheTag[] = [globalTag('site-settings'), globalTag('navigation'), globalTag('site-alert')]

/** Collections shown on the public site; changes to the others (accounts, registrations …) never expire a page. */
export const PUBLIC_COLLECTIONS = [
  'news',
  'pages',
  'services',
  'good-practices',
  'categories',
  'events',
  'event-series',
  'seminars',
  'associations',
  'commissions',
  'municipalities',
  'memberships',
  'regions',
  'people',
  'partners',
  'media',
  'documents',
] as const

const tags = (...collections: string[]): CacheTag[] => collections.map(collectionTag)

const EVENT_DATA = tags('events', 'event-series', 'people', 'partners', 'media', 'regions', 'documents', 'associations')
const NEWS_DATA = tags('news', 'categories', 'media', 'documents', 'events', 'associations')
const SEMINAR_DATA = tags('seminars', 'people', 'media', 'documents', 'associations')
const SERVICE_DATA = tags('services', 'people', 'documents', 'associations')
const ASSOCIATION_DATA = tags('associations', 'memberships', 'people', 'commissions', 'services', 'regions', 'media')
const MUNICIPALITY_DATA = tags('municipalities', 'memberships', 'regions', 'associations', 'media', 'good-practices', 'events')
const GOOD_PRACTICE_DATA = tags('good-practices', 'municipalities', 'documents')
const PAGE_DATA = tags('pages', 'documents', 'people', 'media')

/**
 * The public routes, by path without locale prefix, with the data each is built from. Only these
 * paths may be served from the front cache; everything else (admin, API, account, forms,
 * registration) always reaches the application.
 */
const ROUTES: { pattern: RegExp; tags: CacheTag[]; page: boolean }[] = [
  { pattern: /^\/$/, tags: [...EVENT_DATA, ...NEWS_DATA, ...SERVICE_DATA, ...ASSOCIATION_DATA], page: true },
  { pattern: /^\/news\/(rss|atom)\.xml$/, tags: NEWS_DATA, page: false },
  { pattern: /^\/news(\/[^/]+)?$/, tags: NEWS_DATA, page: true },
  { pattern: /^\/events\/calendar\.ics$/, tags: EVENT_DATA, page: false },
  { pattern: /^\/events\/[^/]+\/calendar\.ics$/, tags: EVENT_DATA, page: false },
  { pattern: /^\/events(\/[^/]+)?$/, tags: EVENT_DATA, page: true },
  { pattern: /^\/event-series\/[^/]+$/, tags: EVENT_DATA, page: true },
  { pattern: /^\/seminars\/[^/]+\/terms\/[^/]+\/calendar\.ics$/, tags: SEMINAR_DATA, page: false },
  { pattern: /^\/seminars(\/[^/]+)?$/, tags: SEMINAR_DATA, page: true },
  { pattern: /^\/services(\/[^/]+)?$/, tags: SERVICE_DATA, page: true },
  { pattern: /^\/associations\/[^/]+\/statistics$/, tags: [...ASSOCIATION_DATA, ...tags('municipalities')], page: true },
  { pattern: /^\/associations(\/[^/]+)?$/, tags: [...ASSOCIATION_DATA, ...tags('municipalities')], page: true },
  { pattern: /^\/commissions\/[^/]+$/, tags: [...ASSOCIATION_DATA, ...tags('municipalities', 'documents')], page: true },
  { pattern: /^\/municipalities(\/[^/]+)?$/, tags: MUNICIPALITY_DATA, page: true },
  { pattern: /^\/good-practices(\/[^/]+)?$/, tags: GOOD_PRACTICE_DATA, page: true },
  { pattern: /^\/accessibility$/, tags: [], page: true },
]

/** Reserved first segments that belong to other parts of the portal and are never cached. */
const PRIVATE_PREFIXES = /^\/(account|registrations|partnerships|partner-regions|forms|search|preview|admin|api)(\/|$)|\/register$/

/** Block pages live at any other path ("/o-nas/kontakty"). */
const BLOCK_PAGE = { pattern: /^(\/[a-z0-9][a-z0-9-]*)+$/, tags: PAGE_DATA, page: true }

const SITEMAP_TAGS = tags('news', 'events', 'event-series', 'seminars', 'services', 'associations', 'commissions', 'municipalities', 'good-practices', 'pages')

/** Uploaded images are public; documents are not cached because their audience may be members only. */
const MEDIA_FILE = /^\/api\/media\/file\/[^/]+$/

/**
 * The tags of a public URL path (with or without locale prefix), or null when the path must not
 * be cached at all.
 */
export function tagsForPath(pathWithLocale: string): CacheTag[] | null {
  if (MEDIA_FILE.test(pathWithLocale)) return [collectionTag('media')]
  if (pathWithLocale === '/sitemap.xml') return SITEMAP_TAGS
  if (pathWithLocale === '/robots.txt') return []
  const { path } = splitLocale(pathWithLocale)
  if (PRIVATE_PREFIXES.test(path)) return null
  const route = ROUTES.find((candidate) => candidate.pattern.test(path)) ?? (BLOCK_PAGE.pattern.test(path) ? BLOCK_PAGE : null)
  if (!route) return null
  return route.page ? [...new Set([...route.tags, ...LAYOUT_TAGS])] : route.tags
}
