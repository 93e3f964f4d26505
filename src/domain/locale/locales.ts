/** Czech is served at the root; Polish and English under /pl and /en. */
export const LOCALES = ['cs', 'pl', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'cs'

export const isLocale = (value: string | undefined): value is Locale => LOCALES.includes(value as Locale)

/** BCP 47 tags for Intl formatting and `hreflang`. */
export const INTL_LOCALE: Record<Locale, string> = { cs: 'cs-CZ', pl: 'pl-PL', en: 'en-GB' }

/** Where a path of the public site lives in a locale: "/events" in cs, "/pl/events" in pl. */
export function localizedPath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`
  if (locale === DEFAULT_LOCALE) return clean
  if (clean === '/') return `/${locale}`
  return clean.startsWith('/?') ? `/${locale}${clean.slice(1)}` : `/${locale}${clean}`
}

/** The locale of a public path and the path without its locale prefix ("/pl/events" → pl, "/events"). */
export function splitLocale(path: string): { locale: Locale; path: string } {
  const first = path.split(/[/?]/)[1]
  if (isLocale(first) && first !== DEFAULT_LOCALE) {
    const rest = path.slice(first.length + 1)
    return { locale: first, path: rest === '' || rest.startsWith('?') ? `/${rest}` : rest }
  }
  return { locale: DEFAULT_LOCALE, path }
}

export type LocaleRouting = { action: 'next' } | { action: 'rewrite'; path: string } | { action: 'redirect'; path: string }

/** Machine-readable files that belong to a page of the site and so to a locale (feeds, calendars). */
const LOCALIZED_FILE = /\.(xml|ics)$/
/** Files served once for the whole site, whatever the language. */
const SITE_FILES = new Set(['/sitemap.xml', '/robots.txt'])
/** Routes outside the locales: the editors' draft preview. */
const UNLOCALIZED = /^\/preview(\/|$)/

/**
 * How the proxy treats a public path: prefixed Polish/English paths pass, the default locale is
 * served without prefix (rewritten internally), and an explicit /cs prefix redirects to the bare
 * path. Static files pass untouched, except feeds and calendars, which are localized like pages.
 */
export function routeLocale(pathname: string): LocaleRouting {
  if (SITE_FILES.has(pathname) || UNLOCALIZED.test(pathname)) return { action: 'next' }
  const last = pathname.slice(pathname.lastIndexOf('/') + 1)
  if (last.includes('.') && !LOCALIZED_FILE.test(last)) return { action: 'next' }
  const first = pathname.split('/')[1]
  if (first === DEFAULT_LOCALE) return { action: 'redirect', path: pathname.slice(DEFAULT_LOCALE.length + 1) || '/' }
  if (isLocale(first)) return { action: 'next' }
  return { action: 'rewrite', path: `/${DEFAULT_LOCALE}${pathname === '/' ? '' : pathname}` }
}
