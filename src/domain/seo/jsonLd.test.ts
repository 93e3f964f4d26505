import { describe, expect, it } from 'vitest'

import { eventJsonLd, newsArticleJsonLd } from './jsonLd'

describe('eventJsonLd', () => {
  const meeting = {
    name: 'Krajské setkání – Pardubice',
    url: 'https://portal.example/events/ks-pardubice',
    startsAt: '2025-03-04T08:00:00.000Z',
    endsAt: '2025-03-04T14:00:00.000Z',
    timeZone: 'Europe/Prague',
    venue: { name: 'Congress Centre Pardubice', street: 'Masarykovo nám. 2799', postalCode: '536 02', city: 'Pardubice', country: 'CZ' },
    organiser: { name: 'SMO ČR', url: 'https://portal.example/associations/smocr' },
    offer: { url: 'https://portal.example/events/ks-pardubice/register', validFrom: '2025-02-01T00:00:00.000Z' },
    inLanguage: 'cs-CZ',
  }

  it('describes an event at a place, in the local time of the venue, with a free offer', () => {
    const data = eventJsonLd(meeting)
    expect(data).toMatchObject({
      '@type': 'Event',
      startDate: '2025-03-04T09:00:00+01:00',
      endDate: '2025-03-04T15:00:00+01:00',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      location: { '@type': 'Place', name: 'Congress Centre Pardubice', address: { addressLocality: 'Pardubice', postalCode: '536 02', addressCountry: 'CZ' } },
      offers: { '@type': 'Offer', price: 0, priceCurrency: 'CZK', url: meeting.offer.url },
    })
  })
  it('marks online and cancelled events', () => {
    const data = eventJsonLd({ ...meeting, venue: null, onlineUrl: 'https://meet.example/x', cancelled: true, offer: null })
    expect(data).toMatchObject({
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      eventStatus: 'https://schema.org/EventCancelled',
      location: { '@type': 'VirtualLocation', url: 'https://meet.example/x' },
    })
    expect(data).not.toHaveProperty('offers')
  })
})

describe('newsArticleJsonLd', () => {
  it('names the headline, dates and publisher', () => {
    expect(
      newsArticleJsonLd({
        headline: 'Krajská setkání 2025',
        url: 'https://portal.example/news/ks',
        publishedAt: '2025-02-14T08:00:00.000Z',
        publisher: { name: 'SMO ČR', url: 'https://portal.example' },
        inLanguage: 'cs-CZ',
      }),
    ).toMatchObject({ '@type': 'NewsArticle', headline: 'Krajská setkání 2025', datePublished: '2025-02-14T08:00:00.000Z', publisher: { name: 'SMO ČR' } })
  })
})
