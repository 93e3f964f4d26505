import { LOCALES, localizedPath, type Locale } from '@/domain/locale/locales'
import { LANGUAGE_NAMES } from '@/i18n/messages'

/** Links to the same page in the other languages (slugs are shared, so the path is the same). */
export function LanguageSwitcher({ current, path, label }: { current: Locale; path: string; label: string }) {
  return (
    <nav aria-label={label} className="language-switcher">
      <ul>
        {LOCALES.map((locale) => (
          <li key={locale}>
            <a
              href={localizedPath(locale, path)}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? 'true' : undefined}
            >
              {LANGUAGE_NAMES[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
