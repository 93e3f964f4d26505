import { ICalCalendar, ICalCalendarMethod, ICalEventStatus } from 'ical-generator'
import { tzlib_get_ical_block } from 'timezones-ical-library'

import { toZonedIso } from './zonedTime'

export type CalendarEntry = {
  /** Stable across updates, so calendar programs update the entry instead of adding a new one. */
  uid: string
  title: string
  description?: string | null
  startsAt: string
  endsAt?: string | null
  timeZone: string
  location?: string | null
  url: string
  cancelled?: boolean
  updatedAt?: string | null
}

/** The wall-clock time of an instant in a zone, without offset ("2025-03-04T09:00:00"). */
const wallClock = (instant: string, timeZone: string): string => toZonedIso(instant, timeZone).slice(0, 19)

/**
 * An iCalendar (RFC 5545) file: every event in the time zone of its venue (DTSTART;TZID=…) with
 * a VTIMEZONE definition of each zone used, so a meeting in Prague at 09:00 stays at 09:00 Prague
 * time in any calendar program, across daylight saving changes.
 */
export function buildCalendar({ name, url, entries }: { name: string; url: string; entries: readonly CalendarEntry[] }): string {
  const calendar = new ICalCalendar({
    name,
    url,
    prodId: { company: 'Municipia', product: 'Public calendar', language: 'CS' },
    method: ICalCalendarMethod.PUBLISH,
    // VTIMEZONE blocks from the IANA database for every zone the events use.
    timezone: { name: entries[0]?.timeZone ?? 'Europe/Prague', generator: (zone) => tzlib_get_ical_block(zone)[0] ?? null },
  })
  for (const entry of entries) {
    calendar.createEvent({
      id: entry.uid,
      summary: entry.title,
      description: entry.description ?? undefined,
      // ical-generator writes a zoned date as given: pass the venue's wall-clock time.
      start: wallClock(entry.startsAt, entry.timeZone),
      end: entry.endsAt ? wallClock(entry.endsAt, entry.timeZone) : undefined,
      timezone: entry.timeZone,
      location: entry.location ?? undefined,
      url: entry.url,
      status: entry.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      stamp: entry.updatedAt ? new Date(entry.updatedAt) : new Date(0),
      lastModified: entry.updatedAt ? new Date(entry.updatedAt) : undefined,
    })
  }
  return calendar.toString()
}
