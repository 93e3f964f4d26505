import type { Locale } from '@/domain/locale/locales'

/** Interface strings of the public site; content comes localized from Payload. */
const cs = {
  siteName: 'Municipia',
  tagline: 'Portál svazů a sdružení měst a obcí',
  skipToContent: 'Přejít na obsah',
  language: 'Jazyk',
  upcomingEvents: 'Nadcházející akce',
  pastEvents: 'Proběhlé akce',
  latestNews: 'Aktuality',
  noEvents: 'Žádné akce nejsou naplánovány.',
  noNews: 'Zatím žádné aktuality.',
  adminLink: 'Administrace',
  mainNavigation: 'Hlavní navigace',
}

export type Messages = typeof cs

const pl: Messages = {
  siteName: 'Municipia',
  tagline: 'Portal związków i stowarzyszeń gmin',
  skipToContent: 'Przejdź do treści',
  language: 'Język',
  upcomingEvents: 'Nadchodzące wydarzenia',
  pastEvents: 'Minione wydarzenia',
  latestNews: 'Aktualności',
  noEvents: 'Brak zaplanowanych wydarzeń.',
  noNews: 'Brak aktualności.',
  adminLink: 'Administracja',
  mainNavigation: 'Nawigacja główna',
}

const en: Messages = {
  siteName: 'Municipia',
  tagline: 'The portal of associations of towns and municipalities',
  skipToContent: 'Skip to content',
  language: 'Language',
  upcomingEvents: 'Upcoming events',
  pastEvents: 'Past events',
  latestNews: 'News',
  noEvents: 'No events are scheduled.',
  noNews: 'No news yet.',
  adminLink: 'Admin',
  mainNavigation: 'Main navigation',
}

const dictionaries: Record<Locale, Messages> = { cs, pl, en }

export const messagesFor = (locale: Locale): Messages => dictionaries[locale]
