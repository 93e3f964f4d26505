import { readSeminar } from '@/collections/Seminars/queries'
import { buildCalendar } from '@/domain/calendar/icalendar'
import { isLocale, localizedPath } from '@/domain/locale/locales'
import { paths } from '@/domain/site/paths'
import { calendarLocation, calendarResponse, calendarUid } from '@/site/calendars'
import { absoluteUrl } from '@/site/metadata'
import { ANONYMOUS } from '@/site/viewer'

/** One term of a seminar as an .ics file. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string; termId: string }> }) {
  const { locale, slug, termId } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const seminar = await readSeminar(ANONYMOUS, locale, slug)
  const term = seminar?.terms.find((candidate) => candidate.id === termId)
  if (!seminar || !term) return new Response('Not found', { status: 404 })
  const url = absoluteUrl(localizedPath(locale, paths.seminar(slug)))
  const body = buildCalendar({
    name: seminar.title,
    url,
    entries: [
      {
        uid: calendarUid('seminar', seminar.id, termId),
        title: seminar.title,
        description: [seminar.summary, url].filter(Boolean).join('\n\n'),
        startsAt: term.startsAt,
        endsAt: term.endsAt,
        timeZone: term.timeZone,
        location: calendarLocation(term.venue),
        url,
        updatedAt: seminar.updatedAt,
      },
    ],
  })
  return calendarResponse(body, `${slug}-${termId}`)
}
