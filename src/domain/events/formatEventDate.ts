import { INTL_LOCALE, type Locale } from '../locale/locales'

/**
 * An event's date and time as its visitors expect it: in the event's own time zone (a
 * congress in Warsaw keeps Warsaw time for a reader in Prague) and in the reader's language.
 */
export function formatEventDate(startsAt: string | Date, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(startsAt))
}

export function formatDay(date: string | Date, locale: Locale, timeZone = 'Europe/Prague'): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(date))
}

/** A short numeric date for tables ("4. 3. 2025", "4.03.2025", "04/03/2025"). */
export function formatShortDay(date: string | Date, locale: Locale, timeZone = 'Europe/Prague'): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone, day: 'numeric', month: 'numeric', year: 'numeric' }).format(new Date(date))
}

/**
 * When an event runs, from start to end, written the short way the language allows
 * ("29.–30. května 2025", "4 March 2025, 09:00–15:00"), in the event's zone.
 */
export function formatEventRange(startsAt: string, endsAt: string | null | undefined, timeZone: string, locale: Locale): string {
  const format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  })
  if (!endsAt) return format.format(new Date(startsAt))
  return format.formatRange(new Date(startsAt), new Date(endsAt))
}

/** The name of the zone for readers who are elsewhere ("středoevropský čas"). */
export function timeZoneName(at: string, timeZone: string, locale: Locale): string {
  const part = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone, timeZoneName: 'long' })
    .formatToParts(new Date(at))
    .find((piece) => piece.type === 'timeZoneName')
  return part?.value ?? timeZone
}
