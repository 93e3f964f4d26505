import type { Locale } from '../locale/locales'

const intlLocale: Record<Locale, string> = { cs: 'cs-CZ', pl: 'pl-PL', en: 'en-GB' }

/**
 * An event's date and time as its visitors expect it: in the event's own time zone (a
 * congress in Warsaw keeps Warsaw time for a reader in Prague) and in the reader's language.
 */
export function formatEventDate(startsAt: string | Date, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(startsAt))
}

export function formatDay(date: string | Date, locale: Locale, timeZone = 'Europe/Prague'): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(date))
}
