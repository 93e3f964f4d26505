import { localizedPath, type Locale } from '@/domain/locale/locales'
import { accountMessagesFor } from '@/i18n/accountMessages'

import { logOut } from '../actions'

type Section = 'overview' | 'settings' | 'municipality' | 'members-only'

/** The member portal's own navigation, with the log-out button (a POST, never a link). */
export function AccountNav({ locale, current }: { locale: Locale; current: Section }) {
  const t = accountMessagesFor(locale)
  const links: [Section, string, string][] = [
    ['overview', '/account', t.account],
    ['members-only', '/account/members-only', t.overview.membersOnly],
    ['municipality', '/account/municipality', t.municipality.title],
    ['settings', '/account/settings', t.overview.settings],
  ]
  return (
    <nav className="account-nav" aria-label={t.membersArea}>
      <ul>
        {links.map(([section, path, label]) => (
          <li key={section}>
            <a href={localizedPath(locale, path)} aria-current={section === current ? 'page' : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
      <form action={logOut}>
        <input type="hidden" name="locale" value={locale} />
        <button type="submit">{t.logOut.submit}</button>
      </form>
    </nav>
  )
}
