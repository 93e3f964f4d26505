import { readNewsFeed } from '@/collections/News/queries'
import { buildNewsFeed } from '@/domain/feeds/newsFeed'
import { isLocale, localizedPath } from '@/domain/locale/locales'
import { paths } from '@/domain/site/paths'
import { messagesFor } from '@/i18n/messages'
import type { Category, Media } from '@/payload-types'

import { absoluteUrl } from './metadata'
import { populated, populatedAll } from './relations'
import { ANONYMOUS } from './viewer'

/** The news feed of a locale, as an anonymous reader sees it (members-only news never appears). */
export async function newsFeedFor(localeParam: string) {
  if (!isLocale(localeParam)) return null
  const locale = localeParam
  const t = messagesFor(locale)
  const articles = await readNewsFeed(ANONYMOUS, locale)
  return buildNewsFeed(
    {
      title: t.news.feedTitle,
      description: t.news.feedDescription,
      link: absoluteUrl(localizedPath(locale, paths.news)),
      rssUrl: absoluteUrl(localizedPath(locale, paths.newsRss)),
      atomUrl: absoluteUrl(localizedPath(locale, paths.newsAtom)),
      language: locale,
    },
    articles.map((article) => {
      const cover = populated<Media>(article.coverImage)
      return {
        title: article.title,
        url: absoluteUrl(localizedPath(locale, paths.newsArticle(article.slug ?? ''))),
        summary: article.excerpt,
        publishedAt: article.publishedAt,
        updatedAt: article.updatedAt,
        categories: populatedAll<Category>(article.categories).map((category) => category.title),
        image: cover?.sizes?.card?.url ? absoluteUrl(cover.sizes.card.url) : null,
      }
    }),
  )
}

export const xmlResponse = (body: string, contentType: string) =>
  new Response(body, { headers: { 'content-type': `${contentType}; charset=utf-8` } })
