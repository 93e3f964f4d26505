import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { readSeminar } from '@/collections/Seminars/queries'
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
import { formatPrice, messagesFor } from '@/i18n/messages'
import type { Association, Document, Media, Person } from '@/payload-types'
import { absoluteUrl, pageMetadata } from '@/site/metadata'
import { localeOf } from '@/site/params'
import { populated, populatedAll } from '@/site/relations'
import { currentViewer } from '@/site/viewer'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const { slug } = await params
  const seminar = await readSeminar(await currentViewer(), locale, slug)
  if (!seminar) return {}
  return pageMetadata({ locale, path: paths.seminar(slug), title: seminar.meta?.title || seminar.title, description: seminar.meta?.description || seminar.summary })
}

export default async function SeminarPage({ params }: Props) {
  const locale = await localeOf(params)
  const { slug } = await params
  const t = messagesFor(locale)
  const seminar = await readSeminar(await currentViewer(), locale, slug)
  if (!seminar) notFound()
  const now = new Date()
  const cover = populated<Media>(seminar.coverImage)
  const lecturers = populatedAll<Person>(seminar.lecturers)
  const organiser = populated<Association>(seminar.association)
  const materials = populatedAll<Document>(seminar.materials)
  const terms = [...(seminar.terms ?? [])].sort((a, b) => a.startsAt.localeCompare(b.startsAt))
  const price = (value: number | null | undefined) => (value === null || value === undefined ? null : value === 0 ? t.seminars.free : formatPrice(locale, value))
  return (
    <article className="detail">
      {terms.map((term) => (
        <JsonLd
          key={term.id ?? term.startsAt}
          data={eventJsonLd({
            name: seminar.title,
            url: absoluteUrl(localizedPath(locale, paths.seminar(slug))),
            description: seminar.summary,
            startsAt: term.startsAt,
            endsAt: term.endsAt,
            timeZone: term.timeZone,
            venue: term.venue ? { name: term.venue.name, ...term.venue.address } : null,
            onlineUrl: term.venue?.onlineUrl,
            organiser: organiser ? { name: organiser.name, url: absoluteUrl(localizedPath(locale, paths.association(organiser.slug ?? ''))) } : null,
            offer:
              seminar.registration?.enabled && term.id
                ? { url: absoluteUrl(localizedPath(locale, paths.seminarTermRegistration(slug, term.id))), price: seminar.priceNonMembers ?? 0, validFrom: seminar.registration.opensAt }
                : null,
            inLanguage: INTL_LOCALE[locale],
          })}
        />
      ))}
      <PageIntro locale={locale} trail={[{ label: t.seminars.title, path: paths.seminars }, { label: seminar.title }]} title={seminar.title} lead={seminar.summary}>
        <p className="eyebrow">{seminar.topics.map((value) => t.options.topic[value]).join(', ')}</p>
      </PageIntro>
      <div className="detail-layout">
        <div className="detail-main">
          {cover ? <MediaImage media={cover} size="hero" sizes="(min-width: 70rem) 45rem, 100vw" priority className="cover" /> : null}
          <RichTextContent data={seminar.content} locale={locale} />
          <section aria-labelledby="terms-heading">
            <h2 id="terms-heading">{t.seminars.terms}</h2>
            <ol className="terms">
              {terms.map((term, index) => (
                <li key={term.id ?? term.startsAt} className="term">
                  <h3>{t.seminars.termLabel(index + 1)}</h3>
                  <p>
                    <time dateTime={term.startsAt}>{formatEventRange(term.startsAt, term.endsAt, term.timeZone, locale)}</time>{' '}
                    <span className="meta">({timeZoneName(term.startsAt, term.timeZone, locale)})</span>
                  </p>
                  <Venue venue={term.venue} locale={locale} />
                  {term.capacity ? (
                    <p className="meta">
                      {t.seminars.capacity}: {term.capacity}
                    </p>
                  ) : null}
                  {term.id ? (
                    <>
                      <RegistrationLink
                        locale={locale}
                        settings={seminar.registration}
                        startsAt={term.startsAt}
                        timeZone={term.timeZone}
                        registerPath={paths.seminarTermRegistration(slug, term.id)}
                        now={now}
                      />
                      <p>
                        <a href={localizedPath(locale, paths.seminarTermCalendar(slug, term.id))} type="text/calendar" download>
                          {t.events.addToCalendar}
                        </a>
                      </p>
                    </>
                  ) : null}
                </li>
              ))}
            </ol>
          </section>
          {lecturers.length > 0 ? (
            <section aria-labelledby="lecturers-heading">
              <h2 id="lecturers-heading">{t.seminars.lecturers}</h2>
              <ul className="people">
                {lecturers.map((person) => (
                  <li key={person.id}>
                    <PersonCard person={person} locale={locale} showContact={false} />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
        <aside className="detail-aside" aria-label={t.seminars.format}>
          <dl className="facts">
            <dt>{t.seminars.format}</dt>
            <dd>{t.options.seminarFormat[seminar.format]}</dd>
            {price(seminar.priceMembers) ? (
              <>
                <dt>{t.seminars.priceMembers}</dt>
                <dd>{price(seminar.priceMembers)}</dd>
              </>
            ) : null}
            {price(seminar.priceNonMembers) ? (
              <>
                <dt>{t.seminars.priceNonMembers}</dt>
                <dd>{price(seminar.priceNonMembers)}</dd>
              </>
            ) : null}
            {seminar.accreditationNumber ? (
              <>
                <dt>{t.seminars.accreditation}</dt>
                <dd>{seminar.accreditationNumber}</dd>
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
          </dl>
          <section aria-labelledby="materials-heading">
            <h2 id="materials-heading">{t.seminars.materials}</h2>
            {materials.length > 0 ? <DocumentLinks documents={materials} locale={locale} /> : <p>{t.seminars.materialsForMembers}</p>}
          </section>
        </aside>
      </div>
    </article>
  )
}
