import type { ReactNode } from 'react'

import { localizedPath, type Locale } from '@/domain/locale/locales'
import { messagesFor } from '@/i18n/messages'

/**
 * A list filter that works without JavaScript: a GET form whose choices become the query of
 * the list's URL (shareable, cacheable), with a link that clears them.
 */
export function FilterForm({ locale, path, children, active }: { locale: Locale; path: string; children: ReactNode; active: boolean }) {
  const t = messagesFor(locale)
  return (
    <form className="filters" method="get" action={localizedPath(locale, path)} aria-label={t.list.filter}>
      <div className="filter-fields">{children}</div>
      <div className="filter-actions">
        <button type="submit">{t.list.apply}</button>
        {active ? <a href={localizedPath(locale, path)}>{t.list.reset}</a> : null}
      </div>
    </form>
  )
}

type Option = { value: string; label: string }

export function SelectFilter({ name, label, value, options, allLabel }: { name: string; label: string; value?: string; options: Option[]; allLabel: string }) {
  const id = `filter-${name}`
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ''}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}

export function TextFilter({ name, label, value, type = 'text' }: { name: string; label: string; value?: string; type?: 'text' | 'search' }) {
  const id = `filter-${name}`
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} type={type} defaultValue={value ?? ''} />
    </div>
  )
}
