import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { readNewsArticle } from '@/collections/News/queries'
import { DocumentLinks } from '@/components/site/DocumentLinks'
import { JsonLd } from '@/components/site/JsonLd'
import { isWithheldTeaser, MembersOnlyTeaser } from '@/components/site/MembersOnlyTeaser'
import { MediaImage } from '@/components/site/MediaImage'
import { PageIntro } from '@/components/site/PageIntro'
import { RichTextContent } from '@/components/site/RichTextContent'
import { formatDay, formatEventDate } from '@/domain/events/formatEventDate'
import { INTL_LOCALE, localizedPath } from '@/domain/locale/locales'
import { newsArticleJsonLd } from '@/domain/seo/jsonLd'
import { paths, withQuery } from '@/domain/site/paths'
import { messagesFor } from '@/i18n/messages'
import type { Association, Category, Document, Event, Media } from '@/payload-types'
import { absoluteUrl, pageMetadata } from '@/site/metadata'
import { localeOf } from '@/site/params'
import { populated, populatedAll } from '@/site/relations'
import { currentViewer } from '@/site/viewer'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const { slug } = await params
  const article = await readNewsArticle(await currentViewer(), locale, slug)
  if (!article) return {}
  const cover = populated<Media>(article.meta?.image) ?? populated<Media>(article.coverImage)
  const image = cover?.sizes?.hero?.url ? { url: cover.sizes.hero.url, width: cover.sizes.hero.width, height: cover.sizes.hero.height, alt: cover.alt } : null
  return pageMetadata({
    locale,
    path: paths.newsArticle(slug),
    title: article.meta?.title || article.title,
    description: article.meta?.description || article.excerpt,
    image,
    type: 'article',
    publishedTime: article.publishedAt,
  })
}

export default async function NewsArticlePage({ params }: Props) {
  const locale = await localeOf(params)
  const { slug } = await params
  const t = messagesFor(locale)
  const viewer = await currentViewer()
  const article = await readNewsArticle(viewer, locale, slug)
  if (!article) notFound()
  const cover = populated<Media>(article.coverImage)
  const association = populated<Association>(article.association)
  const categories = populatedAll<Category>(article.categories)
  const related = populatedAll<Event>(article.relatedEvents)
  const attachments = populatedAll<Document>(article.attachments)
  const url = absoluteUrl(localizedPath(locale, paths.newsArticle(slug)))
  return (
    <article className="detail">
      <JsonLd
        data={newsArticleJsonLd({
          headline: article.title,
          url,
          description: article.excerpt,
          publishedAt: article.publishedAt,
          modifiedAt: article.updatedAt,
          image: cover?.sizes?.hero?.url ? absoluteUrl(cover.sizes.hero.url) : null,
          publisher: { name: association?.name ?? t.siteName, url: absoluteUrl(association ? localizedPath(locale, paths.association(association.slug ?? '')) : '/') },
          inLanguage: INTL_LOCALE[locale],
        })}
      />
      <PageIntro locale={locale} trail={[{ label: t.news.title, path: paths.news }, { label: article.title }]} title={article.title} lead={article.excerpt}>
        <p className="meta">
          {article.publishedAt ? (
            <>
              {t.news.published} <time dateTime={article.publishedAt}>{formatDay(article.publishedAt, locale)}</time>
            </>
          ) : null}
          {association ? (
            <>
              {' · '}
              {t.news.association}{' '}
              <a href={localizedPath(locale, paths.association(association.slug ?? ''))}>{association.name}</a>
            </>
          ) : null}
        </p>
        {categories.length > 0 ? (
          <ul className="tags" aria-label={t.news.category}>
            {categories.map((category) => (
              <li key={category.id}>
                <a href={localizedPath(locale, withQuery(paths.news, { category: category.slug }))}>{category.title}</a>
              </li>
            ))}
          </ul>
        ) : null}
      </PageIntro>
      {cover ? <MediaImage media={cover} size="hero" sizes="(min-width: 70rem) 68rem, 100vw" priority className="cover" /> : null}
      {isWithheldTeaser(article, article.content) ? (
        <MembersOnlyTeaser locale={locale} viewer={viewer} returnTo={paths.newsArticle(slug)} />
      ) : (
        <RichTextContent data={article.content} locale={locale} />
      )}
      {related.length > 0 ? (
        <section aria-labelledby="related-events">
          <h2 id="related-events">{t.news.relatedEvents}</h2>
          <ul className="link-list">
            {related.map((event) => (
              <li key={event.id}>
                <a href={localizedPath(locale, paths.event(event.slug ?? ''))}>{event.title}</a>{' '}
                <span className="meta">
                  <time dateTime={event.startsAt}>{formatEventDate(event.startsAt, event.timeZone, locale)}</time>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {attachments.length > 0 ? (
        <section aria-labelledby="attachments">
          <h2 id="attachments">{t.news.attachments}</h2>
          <DocumentLinks documents={attachments} locale={locale} />
        </section>
      ) : null}
    </article>
  )
}
