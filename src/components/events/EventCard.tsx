import { formatEventRange } from '@/domain/events/formatEventDate'
import { localizedPath, type Locale } from '@/domain/locale/locales'
import { paths } from '@/domain/site/paths'
import { messagesFor } from '@/i18n/messages'
import type { Event, Media } from '@/payload-types'
import { populated } from '@/site/relations'

import { MediaImage } from '../site/MediaImage'

export type EventSummary = Pick<Event, 'id' | 'title' | 'slug' | 'kind' | 'startsAt' | 'endsAt' | 'timeZone' | 'venue' | 'summary' | 'coverImage' | 'notices'>

/** An event in a list: kind, date in the venue's zone, place and a notice such as a cancellation. */
export function EventCard({ event, locale, level = 3 }: { event: EventSummary; locale: Locale; level?: 2 | 3 }) {
  const t = messagesFor(locale)
  const Heading = `h${level}` as const
  const cover = populated<Media>(event.coverImage)
  const cancelled = (event.notices ?? []).some((notice) => notice.kind === 'cancellation')
  const venueChanged = (event.notices ?? []).some((notice) => notice.kind === 'venue-change')
  return (
    <article className="card event-card">
      {cover ? <MediaImage media={cover} size="card" sizes="(min-width: 60rem) 22rem, 100vw" decorative className="card-image" /> : null}
      <div className="card-body">
        <p className="eyebrow">{t.options.eventKind[event.kind]}</p>
        <Heading>
          <a href={localizedPath(locale, paths.event(event.slug ?? ''))}>{event.title}</a>
        </Heading>
        <p className="meta">
          <time dateTime={event.startsAt}>{formatEventRange(event.startsAt, event.endsAt, event.timeZone, locale)}</time>
          {event.venue?.address?.city ? ` · ${event.venue.address.city}` : event.venue?.onlineUrl ? ` · ${t.events.online}` : ''}
        </p>
        {cancelled ? <p className="badge badge-critical">{t.events.cancelled}</p> : null}
        {!cancelled && venueChanged ? <p className="badge badge-warning">{t.options.noticeKind['venue-change']}</p> : null}
        {event.summary ? <p>{event.summary}</p> : null}
      </div>
    </article>
  )
}
