import type { Metadata } from 'next'

import { searchSite, type SearchHit } from '@/collections/Search/queries'
import { PageIntro } from '@/components/site/PageIntro'
import { localizedPath } from '@/domain/locale/locales'
import { MIN_QUERY_LENGTH, normalizeQuery } from '@/domain/search/siteSearch'
import { paths } from '@/domain/site/paths'
import { textParam, type RawSearchParams } from '@/domain/site/searchParams'
import { messagesFor, plural } from '@/i18n/messages'
import { pageMetadata } from '@/site/metadata'
import { localeOf } from '@/site/params'
import { currentViewer } from '@/site/viewer'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> }

const GROUP_ORDER = ['events', 'news', 'seminars', 'services', 'good-practices', 'pages', 'associations', 'municipalities'] as const

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const t = messagesFor(locale)
  return pageMetadata({ locale, path: paths.search, title: t.search.title, noIndex: true })
}

/** Search across all content types, grouped by type; works as a plain GET form without JavaScript. */
export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await localeOf(params)
  const query = await searchParams
  const t = messagesFor(locale)
  const text = textParam(query, 'q') ?? ''
  const key = normalizeQuery(text)
  const { hits } = await searchSite(await currentViewer(), locale, key)
  const groups = GROUP_ORDER.map((group) => ({ group, hits: hits.filter((hit) => hit.group === group) })).filter((entry) => entry.hits.length > 0)
  return (
    <>
      <PageIntro locale={locale} trail={[{ label: t.search.title }]} title={text ? t.search.heading(text) : t.search.title} />
      <form role="search" method="get" action={localizedPath(locale, paths.search)} className="search-page-form">
        <label htmlFor="search-query">{t.searchForm.label}</label>
        <div className="search-row">
          <input id="search-query" type="search" name="q" defaultValue={text} minLength={MIN_QUERY_LENGTH} aria-describedby="search-hint" />
          <button type="submit">{t.searchForm.submit}</button>
        </div>
        <p id="search-hint" className="meta">
          {t.search.prompt}
        </p>
      </form>
      {text && key.length < MIN_QUERY_LENGTH ? <p role="status">{t.search.tooShort}</p> : null}
      {key.length >= MIN_QUERY_LENGTH ? (
        <p className="result-count" role="status">
          {hits.length === 0 ? t.search.none(text) : plural(locale, hits.length, t.list.results)}
        </p>
      ) : null}
      {groups.map(({ group, hits: groupHits }) => (
        <section key={group} aria-labelledby={`results-${group}`} className="search-group">
          <h2 id={`results-${group}`}>{t.search.groups[group]}</h2>
          <ul className="results">
            {groupHits.map((hit: SearchHit) => (
              <li key={`${hit.group}-${hit.path}`}>
                <a href={localizedPath(locale, hit.path)}>{hit.title}</a>
                {hit.summary ? <p>{hit.summary}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
