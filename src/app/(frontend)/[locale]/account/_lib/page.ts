import { notFound, redirect } from 'next/navigation'

import type { MemberUser } from '@/access/roles'
import { isLocale, localizedPath, type Locale } from '@/domain/locale/locales'

import { currentMember } from '@/lib/currentUser'

type Params = Promise<{ locale: string }>

export async function pageLocale(params: Params): Promise<Locale> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return locale
}

/** The logged-in member, or a redirect to the log-in page that comes back here afterwards. */
export async function memberOrLogIn(locale: Locale, path: string): Promise<MemberUser> {
  const member = await currentMember()
  if (!member) redirect(`${localizedPath(locale, '/account/log-in')}?next=${encodeURIComponent(localizedPath(locale, path))}`)
  return member
}
