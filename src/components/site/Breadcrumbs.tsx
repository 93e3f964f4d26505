import { localizedPath, type Locale } from '@/domain/locale/locales'
import { messagesFor } from '@/i18n/messages'

export type Crumb = { label: string; path?: string }

/** Where the page sits in the site; the last crumb is the page itself. */
export function Breadcrumbs({ locale, trail }: { locale: Locale; trail: Crumb[] }) {
  const t = messagesFor(locale)
  const crumbs: Crumb[] = [{ label: t.homeLink, path: '/' }, ...trail]
  return (
    <nav aria-label={t.breadcrumbs} className="breadcrumbs">
      <ol>
        {crumbs.map((crumb, index) => {
          const last = index === crumbs.length - 1
          return (
            <li key={`${crumb.label}-${index}`}>
              {last || !crumb.path ? (
                <span aria-current={last ? 'page' : undefined}>{crumb.label}</span>
              ) : (
                <a href={localizedPath(locale, crumb.path)}>{crumb.label}</a>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
