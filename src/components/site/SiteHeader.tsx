import { localizedPath, type Locale } from '@/domain/locale/locales'
import { paths } from '@/domain/site/paths'
import { accountMessagesFor } from '@/i18n/accountMessages'
import { messagesFor } from '@/i18n/messages'
import type { NavigationLink } from '@/site/layoutData'

import { LanguageSwitcher } from './LanguageSwitcher'

/** A link from the navigation global: site paths get the locale prefix, other addresses stay as they are. */
export const navigationHref = (locale: Locale, href: string): string => (href.startsWith('/') ? localizedPath(locale, href) : href)

type Props = { locale: Locale; path: string; siteName: string; tagline: string; links: NavigationLink[]; signedInMember: boolean }

export function SiteHeader({ locale, path, siteName, tagline, links, signedInMember }: Props) {
  const t = messagesFor(locale)
  const account = accountMessagesFor(locale)
  const defaultLinks: NavigationLink[] = [
    { label: t.nav.news, href: paths.news },
    { label: t.nav.events, href: paths.events },
    { label: t.nav.seminars, href: paths.seminars },
    { label: t.nav.services, href: paths.services },
    { label: t.nav.associations, href: paths.associations },
    { label: t.nav.municipalities, href: paths.municipalities },
    { label: t.nav.goodPractices, href: paths.goodPractices },
  ]
  const menu = links.length > 0 ? links : defaultLinks
  const section = '/' + (path.split(/[/?]/)[1] ?? '')
  return (
    <header className="site-header">
      <div className="header-top">
        <a className="brand" href={localizedPath(locale, '/')}>
          <span className="brand-name">{siteName}</span>
          <span className="brand-tagline">{tagline}</span>
        </a>
        <div className="header-tools">
          <form role="search" action={localizedPath(locale, paths.search)} method="get" className="search-form">
            <label htmlFor="site-search">{t.searchForm.label}</label>
            <input id="site-search" type="search" name="q" placeholder={t.searchForm.placeholder} autoComplete="off" />
            <button type="submit">{t.searchForm.submit}</button>
          </form>
          <LanguageSwitcher current={locale} path={path} label={t.language} />
          {signedInMember ? (
            <a className="login-link" href={localizedPath(locale, paths.account)}>
              {account.account}
            </a>
          ) : (
            <a className="login-link" href={localizedPath(locale, paths.login)}>
              {t.logIn}
            </a>
          )}
        </div>
      </div>
      <nav aria-label={t.mainNavigation} className="main-nav">
        <ul>
          {menu.map((link) => (
            <li key={link.href}>
              <a href={navigationHref(locale, link.href)} aria-current={link.href === section ? 'page' : undefined}>
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}
