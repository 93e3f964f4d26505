/** Czech is served at the root; Polish and English under /pl and /en. */
export const LOCALES = ['cs', 'pl', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'cs'

export const isLocale = (value: string | undefined): value is Locale => LOCALES.includes(value as Locale)

/** Where a path of the public site lives in a locale: "/akce" in cs, "/pl/akce" in pl. */
export function localizedPath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`
  if (locale === DEFAULT_LOCALE) return clean
  return clean === '/' ? `/${locale}` : `/${locale}${clean}`
}

export type LocaleRouting = { action: 'next' } | { action: 'rewrite'; path: string } | { action: 'redirect'; path: string }

/**
 * How the proxy treats a public path: prefixed Polish/English paths pass, the default locale is
 * served without prefix (rewritten internally), and an explicit /cs prefix redirects to the bare path.
 */
export function routeLocale(pathname: string): LocaleRouting {
  const first = pathname.split('/')[1]
  if (first === DEFAULT_LOCALE) return { action: 'redirect', path: pathname.slice(DEFAULT_LOCALE.length + 1) || '/' }
  if (isLocale(first)) return { action: 'next' }
  return { action: 'rewrite', path: `/${DEFAULT_LOCALE}${pathname === '/' ? '' : pathname}` }
}
