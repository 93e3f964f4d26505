import type { Metadata } from 'next'

import { readAssociationList } from '@/collections/Associations/queries'
import { currentHour, readUpcomingEvents } from '@/collections/Events/queries'
import { readLatestNews } from '@/collections/News/queries'
import { readServiceList } from '@/collections/Services/queries'
import { EventCard } from '@/components/events/EventCard'
import { NewsCard } from '@/components/news/NewsCard'
import { JsonLd } from '@/components/site/JsonLd'
import { localizedPath } from '@/domain/locale/locales'
import { organizationJsonLd } from '@/domain/seo/jsonLd'
import { paths } from '@/domain/site/paths'
import { formatNumber, messagesFor, plural } from '@/i18n/messages'
import { absoluteUrl, pageMetadata } from '@/site/metadata'
import { localeOf } from '@/site/params'
import { currentViewer } from '@/site/viewer'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const t = messagesFor(locale)
  return { ...pageMetadata({ locale, path: '/', title: `${t.siteName} – ${t.tagline}`, description: t.tagline }), title: { absolute: `${t.siteName} – ${t.tagline}` } }
}

export default async function HomePage({ params }: Props) {
  const locale = await localeOf(params)
  const t = messagesFor(locale)
  const viewer = await currentViewer()
  const [events, news, services, associations] = await Promise.all([
    readUpcomingEvents(viewer, locale, currentHour(), 6),
    readLatestNews(viewer, locale, 4),
    readServiceList(viewer, locale, {}),
    readAssociationList(viewer, locale),
  ])
  const members = associations.filter((association) => (association.memberCount ?? 0) > 0).sort((a, b) => (b.memberCount ?? 0) - (a.memberCount ?? 0))
  return (
    <div className="home">
      <JsonLd data={organizationJsonLd({ name: t.siteName, url: absoluteUrl(localizedPath(locale, '/')) })} />
      <div className="home-hero">
        <h1>{t.siteName}</h1>
        <p className="lead">{t.tagline}</p>
      </div>

      <section aria-labelledby="upcoming-events" className="home-section">
        <h2 id="upcoming-events">{t.homePage.upcomingEvents}</h2>
        {events.length === 0 ? (
          <p>{t.events.noUpcoming}</p>
        ) : (
          <ul className="cards">
            {events.map((event) => (
              <li key={event.id}>
                <EventCard event={event} locale={locale} />
              </li>
            ))}
          </ul>
        )}
        <p className="more">
          <a href={localizedPath(locale, paths.events)}>{t.homePage.allEvents}</a>
        </p>
      </section>

      <section aria-labelledby="latest-news" className="home-section">
        <h2 id="latest-news">{t.homePage.latestNews}</h2>
        {news.length === 0 ? (
          <p>{t.news.noNews}</p>
        ) : (
          <ul className="cards">
            {news.map((article) => (
              <li key={article.id}>
                <NewsCard article={article} locale={locale} />
              </li>
            ))}
          </ul>
        )}
        <p className="more">
          <a href={localizedPath(locale, paths.news)}>{t.homePage.allNews}</a>
        </p>
      </section>

      <section aria-labelledby="home-services" className="home-section">
        <h2 id="home-services">{t.homePage.services}</h2>
        <ul className="link-list">
          {services.slice(0, 6).map((service) => (
            <li key={service.id}>
              <a href={localizedPath(locale, paths.service(service.slug ?? ''))}>{service.title}</a>
              {service.summary ? <p>{service.summary}</p> : null}
            </li>
          ))}
        </ul>
        <p className="more">
          <a href={localizedPath(locale, paths.services)}>{t.homePage.allServices}</a>
        </p>
      </section>

      <section aria-labelledby="home-members" className="home-section">
        <h2 id="home-members">{t.homePage.members}</h2>
        <ul className="stats">
          {members.map((association) => (
            <li key={association.id}>
              <a href={localizedPath(locale, paths.association(association.slug ?? ''))}>
                <span className="stat-number">{formatNumber(locale, association.memberCount ?? 0)}</span>
                <span className="stat-label">
                  {plural(locale, association.memberCount ?? 0, t.homePage.memberMunicipalities)} · {association.name}
                </span>
              </a>
            </li>
          ))}
        </ul>
        <p className="more">
          <a href={localizedPath(locale, paths.associations)}>{t.homePage.allAssociations}</a>
        </p>
      </section>
    </div>
  )
}
