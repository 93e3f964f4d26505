import type { Metadata } from 'next'

import { DEFAULT_LOCALE, INTL_LOCALE, LOCALES, localizedPath, type Locale } from '@/domain/locale/locales'
import { paths } from '@/domain/site/paths'
import { messagesFor } from '@/i18n/messages'

export const siteUrl = (): string => (process.env.PUBLIC_SERVER_URL || 'http://localhost:3000').replace(/\/$/, '')

export const absoluteUrl = (path: string): string => `${siteUrl()}${path}`

/** `hreflang` alternates of a path in every locale, and x-default (Czech) for everyone else. */
export function languageAlternates(path: string): Record<string, string> {
  const alternates: Record<string, string> = Object.fromEntries(LOCALES.map((locale) => [locale, absoluteUrl(localizedPath(locale, path))]))
  alternates['x-default'] = absoluteUrl(localizedPath(DEFAULT_LOCALE, path))
  return alternates
}

type PageMetadataInput = {
  locale: Locale
  /** The page's path without locale prefix. */
  path: string
  title: string
  description?: string | null
  image?: { url: string; width?: number | null; height?: number | null; alt?: string | null } | null
  type?: 'website' | 'article'
  publishedTime?: string | null
  /** Pages that only repeat others (filtered lists, later pages) ask search engines not to index them. */
  noIndex?: boolean
}

/** Title, description, canonical URL, language alternates, OpenGraph and Twitter card of a page. */
export function pageMetadata({ locale, path, title, description, image, type = 'website', publishedTime, noIndex }: PageMetadataInput): Metadata {
  const t = messagesFor(locale)
  const url = absoluteUrl(localizedPath(locale, path))
  const images = image ? [{ url: absoluteUrl(image.url), width: image.width ?? undefined, height: image.height ?? undefined, alt: image.alt ?? undefined }] : undefined
  return {
    title,
    description: description ?? t.tagline,
    alternates: {
      canonical: url,
      languages: languageAlternates(path),
      types: {
        'application/rss+xml': [{ url: absoluteUrl(localizedPath(locale, paths.newsRss)), title: t.news.rss }],
        'application/atom+xml': [{ url: absoluteUrl(localizedPath(locale, paths.newsAtom)), title: t.news.atom }],
      },
    },
    robots: noIndex ? { index: false, follow: true } : undefined,
    openGraph: {
      type,
      url,
      title,
      description: description ?? t.tagline,
      siteName: t.siteName,
      locale: INTL_LOCALE[locale].replace('-', '_'),
      alternateLocale: LOCALES.filter((other) => other !== locale).map((other) => INTL_LOCALE[other].replace('-', '_')),
      images,
      ...(type === 'article' && publishedTime ? { publishedTime } : {}),
    },
    twitter: { card: image ? 'summary_large_image' : 'summary', title, description: description ?? t.tagline, images: images?.map((entry) => entry.url) },
  }
}
