import type { Metadata } from 'next'

import { localizedPath } from '@/domain/locale/locales'
import { accountMessagesFor } from '@/i18n/accountMessages'

import { AccountForm } from '../_components/AccountForm'
import { pageLocale } from '../_lib/page'
import { resetPassword } from '../actions'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: accountMessagesFor(await pageLocale(params)).resetPassword.title }
}

export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const t = accountMessagesFor(locale)
  const { token } = await searchParams
  return (
    <>
      <h1>{t.resetPassword.title}</h1>
      <AccountForm
        action={resetPassword}
        submitLabel={t.resetPassword.submit}
        errorSummaryTitle={t.errors.summary}
        hidden={{ locale, token: typeof token === 'string' ? token : '' }}
        fields={[{ name: 'password', label: t.fields.newPassword, type: 'password', autoComplete: 'new-password', required: true, help: t.signUp.passwordHelp }]}
      />
      <p>
        <a href={localizedPath(locale, '/account/log-in')}>{t.logIn.title}</a>
      </p>
    </>
  )
}
