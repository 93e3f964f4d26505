import { formatDay } from '@/domain/events/formatEventDate'
import { localizedPath, type Locale } from '@/domain/locale/locales'
import { paths } from '@/domain/site/paths'
import type { Media, News } from '@/payload-types'
import { populated } from '@/site/relations'

import { MediaImage } from '../site/MediaImage'

export type NewsSummary = Pick<News, 'id' | 'title' | 'slug' | 'excerpt' | 'publishedAt' | 'coverImage'>

export function NewsCard({ article, locale, level = 3 }: { article: NewsSummary; locale: Locale; level?: 2 | 3 }) {
  const Heading = `h${level}` as const
  const cover = populated<Media>(article.coverImage)
  return (
    <article className="card news-card">
      {cover ? <MediaImage media={cover} size="card" sizes="(min-width: 60rem) 22rem, 100vw" decorative className="card-image" /> : null}
      <div className="card-body">
        {article.publishedAt ? (
          <p className="meta">
            <time dateTime={article.publishedAt}>{formatDay(article.publishedAt, locale)}</time>
          </p>
        ) : null}
        <Heading>
          <a href={localizedPath(locale, paths.newsArticle(article.slug ?? ''))}>{article.title}</a>
        </Heading>
        {article.excerpt ? <p>{article.excerpt}</p> : null}
      </div>
    </article>
  )
}
