import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import { findEventTargetBySlug } from '@/collections/Registrations/targets'
import { RegistrationPage } from '@/components/registration/RegistrationPage'
import { isLocale } from '@/domain/locale/locales'
import { registrationMessagesFor } from '@/i18n/registrationMessages'
import { payloadClient } from '@/lib/payload'

// Seats left and the visitor's session change from request to request.
export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: registrationMessagesFor(locale).form.title, robots: { index: false } } : {}
}

export default async function EventRegistrationPage({ params }: Params) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  const target = await findEventTargetBySlug(payload, slug, { locale, asVisitor: { user } })
  if (!target) notFound()
  return <RegistrationPage target={target} locale={locale} user={user} />
}
