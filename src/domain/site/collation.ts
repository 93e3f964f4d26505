import { INTL_LOCALE, type Locale } from '../locale/locales'

const collators = new Map<Locale, Intl.Collator>()

/** A comparer that sorts names the way readers of the locale expect (Czech: "ch" after "h", "Č" after "C"). */
export function nameCollator(locale: Locale): Intl.Collator {
  let collator = collators.get(locale)
  if (!collator) {
    collator = new Intl.Collator(INTL_LOCALE[locale], { sensitivity: 'base', numeric: true })
    collators.set(locale, collator)
  }
  return collator
}

export function sortByName<T>(items: readonly T[], locale: Locale, nameOf: (item: T) => string): T[] {
  const collator = nameCollator(locale)
  return [...items].sort((a, b) => collator.compare(nameOf(a), nameOf(b)))
}
