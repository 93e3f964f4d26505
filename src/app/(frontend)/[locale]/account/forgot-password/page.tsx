import type { Metadata } from 'next'

import { accountMessagesFor } from '@/i18n/accountMessages'

import { AccountForm } from '../_components/AccountForm'
import { pageLocale } from '../_lib/page'
import { forgotPassword } from '../actions'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: accountMessagesFor(await pageLocale(params)).forgotPassword.title }
}

export default async function ForgotPasswordPage({ params }: Props) {
  const locale = await pageLocale(params)
  const t = accountMessagesFor(locale)
  return (
    <>
      <h1>{t.forgotPassword.title}</h1>
      <p>{t.forgotPassword.intro}</p>
      <AccountForm
        action={forgotPassword}
        submitLabel={t.forgotPassword.submit}
        errorSummaryTitle={t.errors.summary}
        hidden={{ locale }}
        fields={[{ name: 'email', label: t.fields.email, type: 'email', autoComplete: 'email', required: true }]}
      />
    </>
  )
}
