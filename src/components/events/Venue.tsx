import { addressLine, mapLink } from '@/domain/events/venue'
import type { Locale } from '@/domain/locale/locales'
import { messagesFor } from '@/i18n/messages'
import type { Event } from '@/payload-types'

/** Where it happens: venue name, address, a map link, and the online link when there is one. */
export function Venue({ venue, locale }: { venue: Event['venue']; locale: Locale }) {
  const t = messagesFor(locale)
  const address = addressLine(venue?.address)
  const map = mapLink(venue?.name, venue?.address)
  if (!venue?.name && !address && !venue?.onlineUrl) return null
  return (
    <address className="venue">
      {venue?.name ? <span className="venue-name">{venue.name}</span> : null}
      {address ? <span>{address}</span> : null}
      {map ? (
        <a href={map} rel="external">
          {t.events.showOnMap}
        </a>
      ) : null}
      {venue?.onlineUrl ? (
        <a href={venue.onlineUrl} rel="external">
          {t.events.onlineLink}
        </a>
      ) : null}
    </address>
  )
}
