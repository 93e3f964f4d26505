/**
 * Public URLs of the site, without locale prefix (see `localizedPath`). All locales share the
 * same English path segments; slugs are not translated.
 */
export const paths = {
  home: '/',
  news: '/news',
  newsArticle: (slug: string) => `/news/${slug}`,
  newsRss: '/news/rss.xml',
  newsAtom: '/news/atom.xml',
  events: '/events',
  event: (slug: string) => `/events/${slug}`,
  eventCalendar: (slug: string) => `/events/${slug}/calendar.ics`,
  eventRegistration: (slug: string) => `/events/${slug}/register`,
  upcomingEventsCalendar: '/events/calendar.ics',
  eventSeries: (slug: string) => `/event-series/${slug}`,
  seminars: '/seminars',
  seminar: (slug: string) => `/seminars/${slug}`,
  seminarTermCalendar: (slug: string, termId: string) => `/seminars/${slug}/terms/${termId}/calendar.ics`,
  seminarTermRegistration: (slug: string, termId: string) => `/seminars/${slug}/terms/${termId}/register`,
  services: '/services',
  service: (slug: string) => `/services/${slug}`,
  associations: '/associations',
  association: (slug: string) => `/associations/${slug}`,
  commission: (slug: string) => `/commissions/${slug}`,
  municipalities: '/municipalities',
  municipality: (slug: string) => `/municipalities/${slug}`,
  goodPractices: '/good-practices',
  goodPractice: (slug: string) => `/good-practices/${slug}`,
  search: '/search',
  accessibility: '/accessibility',
  login: '/account/log-in',
  account: '/account',
} as const

/** Collections whose documents have a page of their own on the public site. */
export const COLLECTIONS_WITH_PAGES = [
  'news',
  'events',
  'event-series',
  'seminars',
  'services',
  'associations',
  'commissions',
  'municipalities',
  'good-practices',
  'pages',
] as const
export type CollectionWithPage = (typeof COLLECTIONS_WITH_PAGES)[number]

export const hasPublicPage = (collection: string): collection is CollectionWithPage =>
  (COLLECTIONS_WITH_PAGES as readonly string[]).includes(collection)

export type Breadcrumb = { url?: string | null; label?: string | null }

/** A block page's path is the URL of its last breadcrumb (parents first, from the nested-docs plugin). */
export function pagePath(page: { slug?: string | null; breadcrumbs?: Breadcrumb[] | null }): string | null {
  const own = page.breadcrumbs?.at(-1)?.url
  if (own) return own
  return page.slug ? `/${page.slug}` : null
}

/** The public page of a document, or null when it has none (no slug yet). */
export function documentPath(
  collection: CollectionWithPage,
  doc: { slug?: string | null; breadcrumbs?: Breadcrumb[] | null },
): string | null {
  if (collection === 'pages') return pagePath(doc)
  const slug = doc.slug
  if (!slug) return null
  switch (collection) {
    case 'news':
      return paths.newsArticle(slug)
    case 'events':
      return paths.event(slug)
    case 'event-series':
      return paths.eventSeries(slug)
    case 'seminars':
      return paths.seminar(slug)
    case 'services':
      return paths.service(slug)
    case 'associations':
      return paths.association(slug)
    case 'commissions':
      return paths.commission(slug)
    case 'municipalities':
      return paths.municipality(slug)
    case 'good-practices':
      return paths.goodPractice(slug)
  }
}

/** Appends a query built from the given parameters, leaving out empty ones. */
export function withQuery(path: string, params: Record<string, string | number | null | undefined>): string {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') query.set(key, String(value))
  }
  const text = query.toString()
  return text ? `${path}?${text}` : path
}
