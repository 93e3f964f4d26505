import { notFound } from 'next/navigation'

import { formatDay, formatEventDate } from '@/domain/events/formatEventDate'
import { isLocale } from '@/domain/locale/locales'
import { messagesFor } from '@/i18n/messages'
import { payloadClient } from '@/lib/payload'

// Reads through Payload on each request until the publish-purged page cache of the public-site issue lands.
export const dynamic = 'force-dynamic'

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = messagesFor(locale)
  const payload = await payloadClient()
  const [events, news] = await Promise.all([
    payload.find({
      collection: 'events',
      locale,
      overrideAccess: false,
      where: { startsAt: { greater_than_equal: new Date().toISOString() } },
      sort: 'startsAt',
      limit: 6,
      depth: 0,
      select: { title: true, startsAt: true, timeZone: true, venue: true, slug: true },
    }),
    payload.find({
      collection: 'news',
      locale,
      overrideAccess: false,
      sort: '-publishedAt',
      limit: 5,
      depth: 0,
      select: { title: true, excerpt: true, publishedAt: true, slug: true },
    }),
  ])

  return (
    <div className="home">
      <h1>{t.siteName}</h1>
      <p className="lead">{t.tagline}</p>
      <section aria-labelledby="upcoming-events">
        <h2 id="upcoming-events">{t.upcomingEvents}</h2>
        {events.docs.length === 0 ? (
          <p>{t.noEvents}</p>
        ) : (
          <ul className="cards">
            {events.docs.map((event) => (
              <li key={event.id} className="card">
                <h3>{event.title}</h3>
                <p>
                  <time dateTime={event.startsAt}>{formatEventDate(event.startsAt, event.timeZone, locale)}</time>
                  {event.venue?.name ? ` · ${event.venue.name}` : ''}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="latest-news">
        <h2 id="latest-news">{t.latestNews}</h2>
        {news.docs.length === 0 ? (
          <p>{t.noNews}</p>
        ) : (
          <ul className="cards">
            {news.docs.map((article) => (
              <li key={article.id} className="card">
                <h3>{article.title}</h3>
                {article.publishedAt ? <time dateTime={article.publishedAt}>{formatDay(article.publishedAt, locale)}</time> : null}
                {article.excerpt ? <p>{article.excerpt}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
