import type { Metadata } from 'next'

import { accountMessagesFor } from '@/i18n/accountMessages'

import { AccountForm } from '../_components/AccountForm'
import { pageLocale } from '../_lib/page'
import { confirmEmail } from '../actions'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: accountMessagesFor(await pageLocale(params)).profile.emailConfirmTitle }
}

export default async function ConfirmEmailPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const t = accountMessagesFor(locale)
  const { token } = await searchParams
  return (
    <>
      <h1>{t.profile.emailConfirmTitle}</h1>
      <AccountForm
        action={confirmEmail}
        submitLabel={t.profile.emailConfirmSubmit}
        errorSummaryTitle={t.errors.summary}
        hidden={{ locale, token: typeof token === 'string' ? token : '' }}
        fields={[]}
      />
    </>
  )
}
