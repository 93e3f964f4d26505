import type { CalendarEntry } from '@/domain/calendar/icalendar'
import { addressLine } from '@/domain/events/venue'
import { localizedPath, type Locale } from '@/domain/locale/locales'
import type { Event } from '@/payload-types'

import { absoluteUrl, siteUrl } from './metadata'

type Venue = Event['venue']

const host = () => new URL(siteUrl()).hostname

export const calendarUid = (...parts: (string | number)[]) => `${parts.join('-')}@${host()}`

/** Where an event happens, as one line for the LOCATION of a calendar entry. */
export function calendarLocation(venue: Venue): string | null {
  const place = [venue?.name, addressLine(venue?.address)].filter(Boolean).join(', ')
  return place || venue?.onlineUrl || null
}

type Schedulable = Pick<Event, 'id' | 'title' | 'summary' | 'startsAt' | 'endsAt' | 'timeZone' | 'venue' | 'notices'> & { updatedAt?: string | null }

export function eventCalendarEntry(event: Schedulable, locale: Locale, path: string): CalendarEntry {
  const url = absoluteUrl(localizedPath(locale, path))
  return {
    uid: calendarUid('event', event.id),
    title: event.title,
    description: [event.summary, url].filter(Boolean).join('\n\n'),
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    timeZone: event.timeZone,
    location: calendarLocation(event.venue),
    url,
    cancelled: (event.notices ?? []).some((notice) => notice.kind === 'cancellation'),
    updatedAt: event.updatedAt,
  }
}

export function calendarResponse(body: string, download?: string): Response {
  return new Response(body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      ...(download ? { 'content-disposition': `attachment; filename="${download}.ics"` } : {}),
    },
  })
}
