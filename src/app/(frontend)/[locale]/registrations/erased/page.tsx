import { notFound } from 'next/navigation'

import { isLocale } from '@/domain/locale/locales'
import { registrationMessagesFor } from '@/i18n/registrationMessages'

export default async function ErasedRegistrationPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = registrationMessagesFor(locale)
  return (
    <article>
      <h1>{t.manage.title}</h1>
      <p role="status">{t.manage.erased}</p>
    </article>
  )
}
