import { createEvent, type EventAttributes } from 'ics'

export type CalendarEntry = {
  /** Stable per registration, so an update (a venue change) replaces the entry instead of adding one. */
  uid: string
  title: string
  startsAt: string
  endsAt?: string | null
  location?: string
  description?: string
  url?: string
  /** Raised with every update of the same entry. */
  sequence?: number
}

/**
 * An iCalendar file for one event or seminar term. Times are written in UTC, which every calendar
 * shows in the reader's zone; the e-mail text gives the time in the event's own zone.
 */
export function calendarFile(entry: CalendarEntry): string {
  const attributes = {
    productId: 'municipia/registration',
    method: 'PUBLISH',
    uid: entry.uid,
    title: entry.title,
    start: Date.parse(entry.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    ...(entry.endsAt ? { end: Date.parse(entry.endsAt), endInputType: 'utc' as const, endOutputType: 'utc' as const } : {}),
    ...(entry.location ? { location: entry.location } : {}),
    ...(entry.description ? { description: entry.description } : {}),
    ...(entry.url ? { url: entry.url } : {}),
    sequence: entry.sequence ?? 0,
  }
  // RFC 5545 allows an event with a start only, and ics writes one; its types insist on an end or a duration.
  const { error, value } = createEvent(attributes as EventAttributes)
  if (error || !value) throw new Error(`The calendar file for "${entry.title}" cannot be built: ${error?.message ?? 'no output'}`)
  return value
}
