import { headers } from 'next/headers'

import { PageIntro } from '@/components/site/PageIntro'
import { localizedPath, splitLocale } from '@/domain/locale/locales'
import { paths } from '@/domain/site/paths'
import { messagesFor } from '@/i18n/messages'
import { PUBLIC_PATH_HEADER } from '@/proxy'

/** The 404 page, in the language of the address that was not found. */
export default async function NotFound() {
  const requested = (await headers()).get(PUBLIC_PATH_HEADER) ?? '/'
  const { locale } = splitLocale(requested)
  const t = messagesFor(locale)
  return (
    <div className="not-found">
      <PageIntro locale={locale} trail={[{ label: t.notFound.title }]} title={t.notFound.title} lead={t.notFound.text} />
      <ul className="link-list">
        <li>
          <a href={localizedPath(locale, '/')}>{t.notFound.home}</a>
        </li>
        <li>
          <a href={localizedPath(locale, paths.search)}>{t.notFound.search}</a>
        </li>
      </ul>
    </div>
  )
}
