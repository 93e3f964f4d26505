import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { readEvent } from '@/collections/Events/queries'
import { EventNotices } from '@/components/events/EventNotices'
import { PartnerTiers } from '@/components/events/PartnerTiers'
import { Programme } from '@/components/events/Programme'
import { RegistrationLink } from '@/components/events/RegistrationLink'
import { Venue } from '@/components/events/Venue'
import { DocumentLinks } from '@/components/site/DocumentLinks'
import { JsonLd } from '@/components/site/JsonLd'
import { MediaImage } from '@/components/site/MediaImage'
import { PageIntro } from '@/components/site/PageIntro'
import { PersonCard } from '@/components/site/PersonCard'
import { RichTextContent } from '@/components/site/RichTextContent'
import { formatEventRange, timeZoneName } from '@/domain/events/formatEventDate'
import { INTL_LOCALE, localizedPath } from '@/domain/locale/locales'
import { eventJsonLd } from '@/domain/seo/jsonLd'
import { paths } from '@/domain/site/paths'
import { messagesFor } from '@/i18n/messages'
import type { Association, Document, EventSery, Media, Person, Region } from '@/payload-types'
import { absoluteUrl, pageMetadata } from '@/site/metadata'
import { localeOf } from '@/site/params'
import { populated, populatedAll } from '@/site/relations'
import { currentViewer } from '@/site/viewer'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const { slug } = await params
  const event = await readEvent(await currentViewer(), locale, slug)
  if (!event) return {}
  const cover = populated<Media>(event.meta?.image) ?? populated<Media>(event.coverImage)
  const image = cover?.sizes?.hero?.url ? { url: cover.sizes.hero.url, width: cover.sizes.hero.width, height: cover.sizes.hero.height, alt: cover.alt } : null
  return pageMetadata({ locale, path: paths.event(slug), title: event.meta?.title || event.title, description: event.meta?.description || event.summary, image })
}

export default async function EventPage({ params }: Props) {
  const locale = await localeOf(params)
  const { slug } = await params
  const t = messagesFor(locale)
  const event = await readEvent(await currentViewer(), locale, slug)
  if (!event) notFound()
  const now = new Date()
  const cover = populated<Media>(event.coverImage)
  const series = populated<EventSery>(event.series)
  const organiser = populated<Association>(event.association)
  const regions = populatedAll<Region>(event.regions)
  const contact = populated<Person>(event.contactPerson)
  const documents = populatedAll<Document>(event.documents)
  const patrons = (event.patrons ?? []).flatMap((row) => {
    const person = populated<Person>(row.person)
    return person ? [{ person, office: row.office, id: row.id }] : []
  })
  const when = formatEventRange(event.startsAt, event.endsAt, event.timeZone, locale)
  const zoneNote = t.events.timeZoneNote(timeZoneName(event.startsAt, event.timeZone, locale))
  const url = absoluteUrl(localizedPath(locale, paths.event(slug)))
  const cancelled = (event.notices ?? []).some((notice) => notice.kind === 'cancellation')
  return (
    <article className="detail event-detail">
      <JsonLd
        data={eventJsonLd({
          name: event.title,
          url,
          description: event.summary,
          startsAt: event.startsAt,
          endsAt: event.endsAt,
          timeZone: event.timeZone,
          image: cover?.sizes?.hero?.url ? absoluteUrl(cover.sizes.hero.url) : null,
          venue: event.venue ? { name: event.venue.name, ...event.venue.address } : null,
          onlineUrl: event.venue?.onlineUrl,
          organiser: organiser ? { name: organiser.name, url: absoluteUrl(localizedPath(locale, paths.association(organiser.slug ?? ''))) } : null,
          cancelled,
          offer: event.registration?.enabled ? { url: absoluteUrl(localizedPath(locale, paths.eventRegistration(slug))), validFrom: event.registration.opensAt } : null,
          inLanguage: INTL_LOCALE[locale],
        })}
      />
      <PageIntro
        locale={locale}
        trail={[{ label: t.events.title, path: paths.events }, ...(series ? [{ label: series.title, path: paths.eventSeries(series.slug ?? '') }] : []), { label: event.title }]}
        title={event.title}
        lead={event.summary}
      >
        <p className="eyebrow">{t.options.eventKind[event.kind]}</p>
      </PageIntro>
      <EventNotices notices={event.notices} locale={locale} />
      <div className="detail-layout">
        <div className="detail-main">
          {cover ? <MediaImage media={cover} size="hero" sizes="(min-width: 70rem) 45rem, 100vw" priority className="cover" /> : null}
          <RichTextContent data={event.content} locale={locale} />
          <Programme programme={event.programme} locale={locale} zoneNote={zoneNote} />
          {patrons.length > 0 ? (
            <section aria-labelledby="patrons-heading" className="patrons">
              <h2 id="patrons-heading">{t.events.patrons}</h2>
              <ul className="people">
                {patrons.map(({ person, office, id }) => (
                  <li key={id ?? person.id}>
                    <PersonCard person={person} locale={locale} role={office} showContact={false} />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <PartnerTiers partners={event.partners} locale={locale} />
        </div>
        <aside className="detail-aside" aria-label={t.events.date}>
          <dl className="facts">
            <dt>{t.events.date}</dt>
            <dd>
              <time dateTime={event.startsAt}>{when}</time>
              <br />
              <span className="meta">{zoneNote}</span>
            </dd>
            <dt>{t.events.venue}</dt>
            <dd>
              <Venue venue={event.venue} locale={locale} />
            </dd>
            {regions.length > 0 ? (
              <>
                <dt>{t.events.regions}</dt>
                <dd>{regions.map((region) => region.name).join(', ')}</dd>
              </>
            ) : null}
            {organiser ? (
              <>
                <dt>{t.events.organiser}</dt>
                <dd>
                  <a href={localizedPath(locale, paths.association(organiser.slug ?? ''))}>{organiser.name}</a>
                </dd>
              </>
            ) : null}
            {series ? (
              <>
                <dt>{t.events.series}</dt>
                <dd>
                  <a href={localizedPath(locale, paths.eventSeries(series.slug ?? ''))}>{series.title}</a>
                </dd>
              </>
            ) : null}
          </dl>
          <section aria-labelledby="registration-heading">
            <h2 id="registration-heading">{t.registration.heading}</h2>
            {cancelled ? (
              <p>{t.events.cancelled}</p>
            ) : (
              <RegistrationLink locale={locale} settings={event.registration} startsAt={event.startsAt} timeZone={event.timeZone} registerPath={paths.eventRegistration(slug)} now={now} />
            )}
          </section>
          <p>
            <a href={localizedPath(locale, paths.eventCalendar(slug))} type="text/calendar" download>
              {t.events.addToCalendar}
            </a>
          </p>
          {contact ? (
            <section aria-labelledby="contact-heading">
              <h2 id="contact-heading">{t.events.contact}</h2>
              <PersonCard person={contact} locale={locale} />
            </section>
          ) : null}
          {documents.length > 0 ? (
            <section aria-labelledby="documents-heading">
              <h2 id="documents-heading">{t.events.documents}</h2>
              <DocumentLinks documents={documents} locale={locale} />
            </section>
          ) : null}
        </aside>
      </div>
    </article>
  )
}
