import type { Metadata } from 'next'

import { currentHour, readEventList } from '@/collections/Events/queries'
import { EventCard } from '@/components/events/EventCard'
import { FilterForm, SelectFilter } from '@/components/site/FilterForm'
import { PageIntro } from '@/components/site/PageIntro'
import { Pagination } from '@/components/site/Pagination'
import { localizedPath } from '@/domain/locale/locales'
import { pageNumber } from '@/domain/site/pagination'
import { paths, withQuery } from '@/domain/site/paths'
import { choiceParam, slugParam, type RawSearchParams } from '@/domain/site/searchParams'
import { messagesFor, plural } from '@/i18n/messages'
import { pageMetadata } from '@/site/metadata'
import { localeOf } from '@/site/params'
import { currentViewer } from '@/site/viewer'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> }

const EVENT_KINDS = ['regional-meeting', 'congress', 'conference', 'assembly', 'webinar', 'workshop', 'other'] as const
const WHEN = ['upcoming', 'past'] as const

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const query = await searchParams
  const t = messagesFor(locale)
  return pageMetadata({ locale, path: paths.events, title: t.events.title, description: t.events.intro, noIndex: Object.keys(query).length > 0 })
}

export default async function EventsPage({ params, searchParams }: Props) {
  const locale = await localeOf(params)
  const query = await searchParams
  const t = messagesFor(locale)
  const when = choiceParam(query, 'when', WHEN) ?? 'upcoming'
  const kind = choiceParam(query, 'kind', EVENT_KINDS)
  const filter = { when, kind, region: slugParam(query, 'region'), page: pageNumber(query.page) }
  const { events, regions, region } = await readEventList(await currentViewer(), locale, currentHour(), filter)
  const kept = { kind, region: region?.code }
  return (
    <>
      <PageIntro locale={locale} trail={[{ label: t.events.title }]} title={t.events.title} lead={t.events.intro}>
        <p className="feed-links">
          <a href={localizedPath(locale, paths.upcomingEventsCalendar)} type="text/calendar">
            {t.events.subscribeCalendar}
          </a>
        </p>
      </PageIntro>
      <nav aria-label={t.events.when} className="tabs">
        <ul>
          {WHEN.map((option) => (
            <li key={option}>
              <a href={localizedPath(locale, withQuery(paths.events, { ...kept, when: option === 'upcoming' ? undefined : option }))} aria-current={option === when ? 'page' : undefined}>
                {option === 'upcoming' ? t.events.upcoming : t.events.past}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <FilterForm locale={locale} path={paths.events} active={Boolean(kind || region)}>
        {when === 'past' ? <input type="hidden" name="when" value="past" /> : null}
        <SelectFilter name="kind" label={t.events.kind} value={kind} allLabel={t.events.allKinds} options={EVENT_KINDS.map((value) => ({ value, label: t.options.eventKind[value] }))} />
        <SelectFilter
          name="region"
          label={t.events.region}
          value={region?.code}
          allLabel={t.events.allRegions}
          options={regions.map((option) => ({ value: option.code, label: option.name }))}
        />
      </FilterForm>
      <p className="result-count" role="status">
        {plural(locale, events.totalDocs, t.list.results)}
      </p>
      {events.docs.length === 0 ? (
        <p>{kind || region ? t.list.noResults : when === 'past' ? t.events.noPast : t.events.noUpcoming}</p>
      ) : (
        <ul className="cards">
          {events.docs.map((event) => (
            <li key={event.id}>
              <EventCard event={event} locale={locale} level={2} />
            </li>
          ))}
        </ul>
      )}
      <Pagination
        locale={locale}
        path={paths.events}
        query={{ ...kept, when: when === 'past' ? 'past' : undefined }}
        page={events.page ?? 1}
        totalPages={events.totalPages}
      />
    </>
  )
}
