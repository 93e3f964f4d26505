import type { Metadata } from 'next'

import { readSeminarList } from '@/collections/Seminars/queries'
import { FilterForm, SelectFilter } from '@/components/site/FilterForm'
import { PageIntro } from '@/components/site/PageIntro'
import { formatEventDate } from '@/domain/events/formatEventDate'
import { localizedPath } from '@/domain/locale/locales'
import { paths } from '@/domain/site/paths'
import { choiceParam, type RawSearchParams } from '@/domain/site/searchParams'
import { TOPIC_AREAS } from '@/domain/topics/topicAreas'
import { messagesFor, plural } from '@/i18n/messages'
import { pageMetadata } from '@/site/metadata'
import { localeOf } from '@/site/params'
import { currentViewer } from '@/site/viewer'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const query = await searchParams
  const t = messagesFor(locale)
  return pageMetadata({ locale, path: paths.seminars, title: t.seminars.title, description: t.seminars.intro, noIndex: Object.keys(query).length > 0 })
}

/** Seminars by topic, those with the nearest upcoming term first. */
export default async function SeminarsPage({ params, searchParams }: Props) {
  const locale = await localeOf(params)
  const query = await searchParams
  const t = messagesFor(locale)
  const topic = choiceParam(query, 'topic', TOPIC_AREAS)
  const seminars = await readSeminarList(await currentViewer(), locale, { topic })
  const now = Date.now()
  const listed = seminars
    .map((seminar) => ({ seminar, next: (seminar.terms ?? []).filter((term) => Date.parse(term.startsAt) >= now).sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0] }))
    .sort((a, b) => (a.next && b.next ? a.next.startsAt.localeCompare(b.next.startsAt) : a.next ? -1 : b.next ? 1 : a.seminar.title.localeCompare(b.seminar.title)))
  return (
    <>
      <PageIntro locale={locale} trail={[{ label: t.seminars.title }]} title={t.seminars.title} lead={t.seminars.intro} />
      <FilterForm locale={locale} path={paths.seminars} active={Boolean(topic)}>
        <SelectFilter name="topic" label={t.seminars.topic} value={topic} allLabel={t.seminars.allTopics} options={TOPIC_AREAS.map((value) => ({ value, label: t.options.topic[value] }))} />
      </FilterForm>
      <p className="result-count" role="status">
        {plural(locale, listed.length, t.list.results)}
      </p>
      {listed.length === 0 ? (
        <p>{t.seminars.noSeminars}</p>
      ) : (
        <ul className="cards">
          {listed.map(({ seminar, next }) => (
            <li key={seminar.id}>
              <article className="card">
                <div className="card-body">
                  <p className="eyebrow">{seminar.topics.map((value) => t.options.topic[value]).join(', ')}</p>
                  <h2>
                    <a href={localizedPath(locale, paths.seminar(seminar.slug ?? ''))}>{seminar.title}</a>
                  </h2>
                  {next ? (
                    <p className="meta">
                      {t.seminars.nextTerm}: <time dateTime={next.startsAt}>{formatEventDate(next.startsAt, next.timeZone, locale)}</time>
                      {next.venue?.address?.city ? ` · ${next.venue.address.city}` : ''}
                    </p>
                  ) : null}
                  <p className="meta">
                    {t.seminars.format}: {t.options.seminarFormat[seminar.format]}
                  </p>
                  {seminar.summary ? <p>{seminar.summary}</p> : null}
                </div>
              </article>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
