import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { readEventSeries } from '@/collections/Events/queries'
import { PageIntro } from '@/components/site/PageIntro'
import { PersonCard } from '@/components/site/PersonCard'
import { RichTextContent } from '@/components/site/RichTextContent'
import { formatShortDay } from '@/domain/events/formatEventDate'
import { addressLine } from '@/domain/events/venue'
import { localizedPath } from '@/domain/locale/locales'
import { paths } from '@/domain/site/paths'
import { messagesFor } from '@/i18n/messages'
import type { Association, Person, Region } from '@/payload-types'
import { pageMetadata } from '@/site/metadata'
import { localeOf } from '@/site/params'
import { populated, populatedAll } from '@/site/relations'
import { currentViewer } from '@/site/viewer'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const { slug } = await params
  const found = await readEventSeries(await currentViewer(), locale, slug)
  if (!found) return {}
  return pageMetadata({ locale, path: paths.eventSeries(slug), title: found.series.title })
}

/** A series such as the seven regional meetings: one table of regions, dates, cities and venues. */
export default async function EventSeriesPage({ params }: Props) {
  const locale = await localeOf(params)
  const { slug } = await params
  const t = messagesFor(locale)
  const found = await readEventSeries(await currentViewer(), locale, slug)
  if (!found) notFound()
  const { series, events } = found
  const organiser = populated<Association>(series.association)
  const contact = populated<Person>(series.contactPerson)
  return (
    <article className="detail">
      <PageIntro locale={locale} trail={[{ label: t.events.title, path: paths.events }, { label: series.title }]} title={series.title}>
        {organiser ? (
          <p className="meta">
            {t.events.organiser}: <a href={localizedPath(locale, paths.association(organiser.slug ?? ''))}>{organiser.name}</a>
          </p>
        ) : null}
      </PageIntro>
      <section aria-labelledby="series-table">
        <h2 id="series-table">{t.events.seriesTable}</h2>
        <div className="table-scroll">
          <table className="series-table">
            <thead>
              <tr>
                <th scope="col">{t.events.regions}</th>
                <th scope="col">{t.events.date}</th>
                <th scope="col">{t.events.city}</th>
                <th scope="col">{t.events.venue}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => {
                const venueChanged = (event.notices ?? []).some((notice) => notice.kind === 'venue-change')
                return (
                  <tr key={event.id}>
                    <td>{populatedAll<Region>(event.regions).map((region) => region.name).join(', ')}</td>
                    <td>
                      <time dateTime={event.startsAt}>{formatShortDay(event.startsAt, locale, event.timeZone)}</time>
                    </td>
                    <th scope="row">
                      <a href={localizedPath(locale, paths.event(event.slug ?? ''))}>{event.venue?.address?.city ?? event.title}</a>
                    </th>
                    <td>
                      {venueChanged ? <strong className="badge badge-warning">{t.options.noticeKind['venue-change']}</strong> : null}{' '}
                      {[event.venue?.name, addressLine(event.venue?.address)].filter(Boolean).join(', ')}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      </section>
      <RichTextContent data={series.intro} locale={locale} />
      {contact ? (
        <section aria-labelledby="series-contact">
          <h2 id="series-contact">{t.events.contact}</h2>
          <PersonCard person={contact} locale={locale} />
        </section>
      ) : null}
    </article>
  )
}
