import { LOCALES, localizedPath, type Locale } from '@/domain/locale/locales'

const names: Record<Locale, string> = { cs: 'Čeština', pl: 'Polski', en: 'English' }

export function LanguageSwitcher({ current, label }: { current: Locale; label: string }) {
  return (
    <nav aria-label={label}>
      <ul className="language-switcher">
        {LOCALES.map((locale) => (
          <li key={locale}>
            <a href={localizedPath(locale, '/')} hrefLang={locale} lang={locale} aria-current={locale === current ? 'true' : undefined}>
              {names[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
