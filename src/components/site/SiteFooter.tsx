import { localizedPath, type Locale } from '@/domain/locale/locales'
import { paths } from '@/domain/site/paths'
import { accountMessagesFor } from '@/i18n/accountMessages'
import { messagesFor } from '@/i18n/messages'
import type { LayoutData } from '@/site/layoutData'

import { navigationHref } from './SiteHeader'

export function SiteFooter({ locale, layout, siteName }: { locale: Locale; layout: LayoutData; siteName: string }) {
  const t = messagesFor(locale)
  const contact = layout.contact ?? {}
  return (
    <footer className="site-footer">
      <div>
        <p className="footer-name">{siteName}</p>
        {contact.email ? (
          <p>
            <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </p>
        ) : null}
        {contact.phone ? <p>{contact.phone}</p> : null}
      </div>
      <nav aria-label={t.footerNavigation}>
        <ul>
          {layout.footerLinks.map((link) => (
            <li key={link.href}>
              <a href={navigationHref(locale, link.href)}>{link.label}</a>
            </li>
          ))}
          <li>
            <a href={localizedPath(locale, paths.accessibility)}>{t.nav.accessibility}</a>
          </li>
          <li>
            <a href={localizedPath(locale, paths.newsRss)} type="application/rss+xml">
              {t.news.rss}
            </a>
          </li>
          <li>
            <a href={localizedPath(locale, paths.upcomingEventsCalendar)} type="text/calendar">
              {t.events.subscribeCalendar}
            </a>
          </li>
          <li>
            <a href={localizedPath(locale, paths.account)}>{accountMessagesFor(locale).membersArea}</a>
          </li>
          <li>
            <a href="/admin">{t.adminLink}</a>
          </li>
        </ul>
      </nav>
    </footer>
  )
}
