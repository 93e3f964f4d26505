import type { Metadata } from 'next'

import { readNewsList } from '@/collections/News/queries'
import { NewsCard } from '@/components/news/NewsCard'
import { FilterForm, SelectFilter } from '@/components/site/FilterForm'
import { PageIntro } from '@/components/site/PageIntro'
import { Pagination } from '@/components/site/Pagination'
import { localizedPath } from '@/domain/locale/locales'
import { pageNumber } from '@/domain/site/pagination'
import { paths } from '@/domain/site/paths'
import { slugParam, type RawSearchParams } from '@/domain/site/searchParams'
import { messagesFor, plural } from '@/i18n/messages'
import { pageMetadata } from '@/site/metadata'
import { localeOf } from '@/site/params'
import { currentViewer } from '@/site/viewer'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const query = await searchParams
  const t = messagesFor(locale)
  return pageMetadata({ locale, path: paths.news, title: t.news.title, description: t.news.intro, noIndex: Object.keys(query).length > 0 })
}

export default async function NewsListPage({ params, searchParams }: Props) {
  const locale = await localeOf(params)
  const query = await searchParams
  const t = messagesFor(locale)
  const filter = { category: slugParam(query, 'category'), page: pageNumber(query.page) }
  const { news, categories, category } = await readNewsList(await currentViewer(), locale, filter)
  return (
    <>
      <PageIntro locale={locale} trail={[{ label: t.news.title }]} title={t.news.title} lead={t.news.intro}>
        <p className="feed-links">
          {t.news.subscribe}: <a href={localizedPath(locale, paths.newsRss)} type="application/rss+xml">RSS</a> ·{' '}
          <a href={localizedPath(locale, paths.newsAtom)} type="application/atom+xml">Atom</a>
        </p>
      </PageIntro>
      {categories.length > 0 ? (
        <FilterForm locale={locale} path={paths.news} active={Boolean(category)}>
          <SelectFilter
            name="category"
            label={t.news.category}
            value={category?.slug ?? undefined}
            allLabel={t.list.all}
            options={categories.map((option) => ({ value: option.slug ?? '', label: option.title }))}
          />
        </FilterForm>
      ) : null}
      <p className="result-count" role="status">
        {plural(locale, news.totalDocs, t.list.results)}
      </p>
      {news.docs.length === 0 ? (
        <p>{category ? t.list.noResults : t.news.noNews}</p>
      ) : (
        <ul className="cards">
          {news.docs.map((article) => (
            <li key={article.id}>
              <NewsCard article={article} locale={locale} level={2} />
            </li>
          ))}
        </ul>
      )}
      <Pagination locale={locale} path={paths.news} query={{ category: category?.slug ?? undefined }} page={news.page ?? 1} totalPages={news.totalPages} />
    </>
  )
}
