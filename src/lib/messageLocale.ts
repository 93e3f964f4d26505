import type { PayloadRequest } from 'payload'

import { isLocale, type Locale } from '@/domain/locale/locales'

/**
 * The language of validation messages for a request: pages of the public site pass their locale
 * (cs, pl or en) in `context.publicLocale`; everything else (the admin, API clients) gets the
 * admin language (cs or en).
 */
export function messageLocaleOf(req: Pick<PayloadRequest, 'context' | 'i18n'>): Locale {
  const fromPage = req.context?.publicLocale
  if (typeof fromPage === 'string' && isLocale(fromPage)) return fromPage
  return req.i18n?.language === 'cs' ? 'cs' : 'en'
}
