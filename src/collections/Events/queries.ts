import type { Where } from 'payload'

import { collectionTag } from '@/domain/cache/tags'
import type { Locale } from '@/domain/locale/locales'
import { publicRead } from '@/site/read'

export const EVENTS_PER_PAGE = 12

const EVENT_TAGS = ['events', 'event-series', 'people', 'partners', 'media', 'regions', 'documents', 'associations'].map(collectionTag)

/**
 * The current hour, as the boundary between upcoming and past events: cached lists keep one key
 * per hour, and an event stays "upcoming" until its end (or its start, when no end is given).
 */
export const currentHour = (now = new Date()): string => {
  const hour = new Date(now)
  hour.setUTCMinutes(0, 0, 0)
  return hour.toISOString()
}

const upcoming = (from: string): Where => ({ or: [{ endsAt: { greater_than_equal: from } }, { startsAt: { greater_than_equal: from } }] })
const past = (from: string): Where => ({
  and: [{ startsAt: { less_than: from } }, { or: [{ endsAt: { less_than: from } }, { endsAt: { exists: false } }] }],
})

export type EventListFilter = { when: 'upcoming' | 'past'; kind?: string; region?: string; page: number }

const LIST_FIELDS = { title: true, slug: true, kind: true, startsAt: true, endsAt: true, timeZone: true, venue: true, summary: true, coverImage: true, regions: true, notices: true } as const

export const readEventList = publicRead('event-list', EVENT_TAGS, async (payload, as, locale: Locale, hour: string, filter: EventListFilter) => {
  const regions = await payload.find({ collection: 'regions', locale, where: { kind: { equals: 'cz-region' } }, sort: 'name', pagination: false, depth: 0, ...as })
  const region = filter.region ? regions.docs.find((candidate) => candidate.code === filter.region) : undefined
  const conditions: Where[] = [filter.when === 'past' ? past(hour) : upcoming(hour)]
  if (filter.kind) conditions.push({ kind: { equals: filter.kind } })
  if (region) conditions.push({ regions: { in: [region.id] } })
  const events = await payload.find({
    collection: 'events',
    locale,
    where: { and: conditions },
    sort: filter.when === 'past' ? '-startsAt' : 'startsAt',
    limit: EVENTS_PER_PAGE,
    page: filter.page,
    depth: 1,
    select: LIST_FIELDS,
    ...as,
  })
  return { events, regions: regions.docs, region: region ?? null }
})

export const readUpcomingEvents = publicRead('events-upcoming', EVENT_TAGS, async (payload, as, locale: Locale, hour: string, limit: number) => {
  const { docs } = await payload.find({
    collection: 'events',
    locale,
    where: upcoming(hour),
    sort: 'startsAt',
    limit,
    depth: 1,
    select: LIST_FIELDS,
    ...as,
  })
  return docs
})

/** An event with everything its page shows: programme speakers, partner logos, patrons, documents. */
export const readEvent = publicRead('event', EVENT_TAGS, async (payload, as, locale: Locale, slug: string) => {
  const { docs } = await payload.find({ collection: 'events', locale, where: { slug: { equals: slug } }, limit: 1, depth: 2, ...as })
  return docs[0] ?? null
})

export const readEventSeries = publicRead('event-series', EVENT_TAGS, async (payload, as, locale: Locale, slug: string) => {
  const { docs } = await payload.find({ collection: 'event-series', locale, where: { slug: { equals: slug } }, limit: 1, depth: 1, ...as })
  const series = docs[0]
  if (!series) return null
  const events = await payload.find({
    collection: 'events',
    locale,
    where: { series: { equals: series.id } },
    sort: 'startsAt',
    pagination: false,
    depth: 1,
    select: LIST_FIELDS,
    ...as,
  })
  return { series, events: events.docs }
})

/** Upcoming events for the subscribable calendar (always as an anonymous reader). */
export const readCalendarEvents = publicRead('events-calendar', EVENT_TAGS, async (payload, as, locale: Locale, hour: string) => {
  const { docs } = await payload.find({
    collection: 'events',
    locale,
    where: upcoming(hour),
    sort: 'startsAt',
    limit: 500,
    depth: 0,
    select: { title: true, slug: true, startsAt: true, endsAt: true, timeZone: true, venue: true, summary: true, updatedAt: true, notices: true },
    ...as,
  })
  return docs
})
