import { readEvent } from '@/collections/Events/queries'
import { buildCalendar } from '@/domain/calendar/icalendar'
import { isLocale, localizedPath } from '@/domain/locale/locales'
import { paths } from '@/domain/site/paths'
import { calendarResponse, eventCalendarEntry } from '@/site/calendars'
import { absoluteUrl } from '@/site/metadata'
import { ANONYMOUS } from '@/site/viewer'

/** One event as an .ics file to add to a calendar. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const event = await readEvent(ANONYMOUS, locale, slug)
  if (!event) return new Response('Not found', { status: 404 })
  const body = buildCalendar({ name: event.title, url: absoluteUrl(localizedPath(locale, paths.event(slug))), entries: [eventCalendarEntry(event, locale, paths.event(slug))] })
  return calendarResponse(body, slug)
}
