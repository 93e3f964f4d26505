import type { Event, NewsArticle, Organization, WithContext } from 'schema-dts'

import { toZonedIso } from '../calendar/zonedTime'

/** schema.org descriptions of pages for search engines (rendered as JSON-LD). */

export type OrganizationFacts = { name: string; url: string; logo?: string | null; email?: string | null; phone?: string | null; sameAs?: string | null }

export function organizationJsonLd(facts: OrganizationFacts): WithContext<Organization> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: facts.name,
    url: facts.url,
    ...(facts.logo ? { logo: facts.logo } : {}),
    ...(facts.email ? { email: facts.email } : {}),
    ...(facts.phone ? { telephone: facts.phone } : {}),
    ...(facts.sameAs ? { sameAs: facts.sameAs } : {}),
  }
}

export type EventFacts = {
  name: string
  url: string
  description?: string | null
  startsAt: string
  endsAt?: string | null
  timeZone: string
  image?: string | null
  venue?: { name?: string | null; street?: string | null; postalCode?: string | null; city?: string | null; country?: string | null; latitude?: number | null; longitude?: number | null } | null
  onlineUrl?: string | null
  organiser?: { name: string; url: string } | null
  cancelled?: boolean
  /** Where to register, and from when; the events of the associations are free of charge. */
  offer?: { url: string; validFrom?: string | null; price?: number | null; currency?: string } | null
  inLanguage: string
}

export function eventJsonLd(facts: EventFacts): WithContext<Event> {
  const place = facts.venue && (facts.venue.name || facts.venue.city)
  const physical = place
    ? {
        '@type': 'Place' as const,
        name: facts.venue?.name ?? facts.venue?.city ?? '',
        address: {
          '@type': 'PostalAddress' as const,
          ...(facts.venue?.street ? { streetAddress: facts.venue.street } : {}),
          ...(facts.venue?.postalCode ? { postalCode: facts.venue.postalCode } : {}),
          ...(facts.venue?.city ? { addressLocality: facts.venue.city } : {}),
          ...(facts.venue?.country && facts.venue.country !== 'OTHER' ? { addressCountry: facts.venue.country } : {}),
        },
        ...(typeof facts.venue?.latitude === 'number' && typeof facts.venue?.longitude === 'number'
          ? { geo: { '@type': 'GeoCoordinates' as const, latitude: facts.venue.latitude, longitude: facts.venue.longitude } }
          : {}),
      }
    : null
  const virtual = facts.onlineUrl ? { '@type': 'VirtualLocation' as const, url: facts.onlineUrl } : null
  const locations = [physical, virtual].filter((location) => location !== null)
  const mode = physical && virtual ? 'MixedEventAttendanceMode' : virtual ? 'OnlineEventAttendanceMode' : 'OfflineEventAttendanceMode'
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: facts.name,
    url: facts.url,
    inLanguage: facts.inLanguage,
    startDate: toZonedIso(facts.startsAt, facts.timeZone),
    ...(facts.endsAt ? { endDate: toZonedIso(facts.endsAt, facts.timeZone) } : {}),
    ...(facts.description ? { description: facts.description } : {}),
    ...(facts.image ? { image: facts.image } : {}),
    eventStatus: facts.cancelled ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    eventAttendanceMode: `https://schema.org/${mode}`,
    ...(locations.length === 1 ? { location: locations[0] } : locations.length > 1 ? { location: locations } : {}),
    ...(facts.organiser ? { organizer: { '@type': 'Organization', name: facts.organiser.name, url: facts.organiser.url } } : {}),
    ...(facts.offer
      ? {
          offers: {
            '@type': 'Offer',
            url: facts.offer.url,
            price: facts.offer.price ?? 0,
            priceCurrency: facts.offer.currency ?? 'CZK',
            availability: 'https://schema.org/InStock',
            ...(facts.offer.validFrom ? { validFrom: facts.offer.validFrom } : {}),
          },
        }
      : {}),
  }
}

export type ArticleFacts = {
  headline: string
  url: string
  description?: string | null
  publishedAt?: string | null
  modifiedAt?: string | null
  image?: string | null
  publisher: { name: string; url: string }
  inLanguage: string
}

export function newsArticleJsonLd(facts: ArticleFacts): WithContext<NewsArticle> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: facts.headline.slice(0, 110),
    url: facts.url,
    mainEntityOfPage: facts.url,
    inLanguage: facts.inLanguage,
    ...(facts.description ? { description: facts.description } : {}),
    ...(facts.publishedAt ? { datePublished: facts.publishedAt } : {}),
    ...(facts.modifiedAt ? { dateModified: facts.modifiedAt } : {}),
    ...(facts.image ? { image: [facts.image] } : {}),
    publisher: { '@type': 'Organization', name: facts.publisher.name, url: facts.publisher.url },
    author: { '@type': 'Organization', name: facts.publisher.name, url: facts.publisher.url },
  }
}
