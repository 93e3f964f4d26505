import { notFound } from 'next/navigation'

import { isLocale, type Locale } from '@/domain/locale/locales'

/** The locale segment of a public route; anything else is a 404. */
export async function localeOf(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return locale
}
