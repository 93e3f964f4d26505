import { currentHour, readCalendarEvents } from '@/collections/Events/queries'
import { buildCalendar } from '@/domain/calendar/icalendar'
import { isLocale, localizedPath } from '@/domain/locale/locales'
import { paths } from '@/domain/site/paths'
import { messagesFor } from '@/i18n/messages'
import { calendarResponse, eventCalendarEntry } from '@/site/calendars'
import { absoluteUrl } from '@/site/metadata'
import { ANONYMOUS } from '@/site/viewer'

/** The subscribable calendar of all upcoming public events. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const events = await readCalendarEvents(ANONYMOUS, locale, currentHour())
  const body = buildCalendar({
    name: messagesFor(locale).events.calendarName,
    url: absoluteUrl(localizedPath(locale, paths.events)),
    entries: events.map((event) => eventCalendarEntry(event, locale, paths.event(event.slug ?? ''))),
  })
  return calendarResponse(body)
}
