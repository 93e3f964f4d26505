import type { Metadata } from 'next'

import { localizedPath } from '@/domain/locale/locales'
import { accountMessagesFor } from '@/i18n/accountMessages'

import { AccountForm } from '../_components/AccountForm'
import { pageLocale } from '../_lib/page'
import { verifyEmail } from '../actions'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: accountMessagesFor(await pageLocale(params)).verify.title }
}

/** The link from the e-mail opens this page; the address is confirmed by a button (a POST), so link scanners do not confirm it. */
export default async function VerifyPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const t = accountMessagesFor(locale)
  const { token } = await searchParams
  return (
    <>
      <h1>{t.verify.title}</h1>
      <p>{t.verify.intro}</p>
      <AccountForm action={verifyEmail} submitLabel={t.verify.submit} errorSummaryTitle={t.errors.summary} hidden={{ locale, token: typeof token === 'string' ? token : '' }} fields={[]} />
      <p>
        <a href={localizedPath(locale, '/account/log-in')}>{t.logIn.title}</a>
      </p>
    </>
  )
}
