import type { Metadata } from 'next'

import { readGoodPracticeList } from '@/collections/GoodPractices/queries'
import { FilterForm, SelectFilter } from '@/components/site/FilterForm'
import { PageIntro } from '@/components/site/PageIntro'
import { Pagination } from '@/components/site/Pagination'
import { localizedPath } from '@/domain/locale/locales'
import { pageNumber } from '@/domain/site/pagination'
import { paths } from '@/domain/site/paths'
import { choiceParam, type RawSearchParams } from '@/domain/site/searchParams'
import { TOPIC_AREAS } from '@/domain/topics/topicAreas'
import { messagesFor, plural } from '@/i18n/messages'
import type { Municipality } from '@/payload-types'
import { pageMetadata } from '@/site/metadata'
import { localeOf } from '@/site/params'
import { populated } from '@/site/relations'
import { currentViewer } from '@/site/viewer'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const query = await searchParams
  const t = messagesFor(locale)
  return pageMetadata({ locale, path: paths.goodPractices, title: t.goodPractices.title, description: t.goodPractices.intro, noIndex: Object.keys(query).length > 0 })
}

/** The public part of the good-practice library; members see their members-only practices too. */
export default async function GoodPracticesPage({ params, searchParams }: Props) {
  const locale = await localeOf(params)
  const query = await searchParams
  const t = messagesFor(locale)
  const topic = choiceParam(query, 'topic', TOPIC_AREAS)
  const practices = await readGoodPracticeList(await currentViewer(), locale, { topic, page: pageNumber(query.page) })
  return (
    <>
      <PageIntro locale={locale} trail={[{ label: t.goodPractices.title }]} title={t.goodPractices.title} lead={t.goodPractices.intro} />
      <FilterForm locale={locale} path={paths.goodPractices} active={Boolean(topic)}>
        <SelectFilter name="topic" label={t.goodPractices.topic} value={topic} allLabel={t.goodPractices.allTopics} options={TOPIC_AREAS.map((value) => ({ value, label: t.options.topic[value] }))} />
      </FilterForm>
      <p className="result-count" role="status">
        {plural(locale, practices.totalDocs, t.list.results)}
      </p>
      {practices.docs.length === 0 ? (
        <p>{topic ? t.list.noResults : t.goodPractices.none}</p>
      ) : (
        <ul className="cards">
          {practices.docs.map((practice) => {
            const municipality = populated<Municipality>(practice.municipality)
            return (
              <li key={practice.id}>
                <article className="card">
                  <div className="card-body">
                    <p className="eyebrow">{practice.topics.map((value) => t.options.topic[value]).join(', ')}</p>
                    <h2>
                      <a href={localizedPath(locale, paths.goodPractice(practice.slug ?? ''))}>{practice.title}</a>
                    </h2>
                    <p className="meta">{[municipality?.name, practice.year, practice.sizeBand ? t.options.sizeBand[practice.sizeBand] : null].filter(Boolean).join(' · ')}</p>
                    {practice.summary ? <p>{practice.summary}</p> : null}
                  </div>
                </article>
              </li>
            )
          })}
        </ul>
      )}
      <Pagination locale={locale} path={paths.goodPractices} query={{ topic }} page={practices.page ?? 1} totalPages={practices.totalPages} />
    </>
  )
}
