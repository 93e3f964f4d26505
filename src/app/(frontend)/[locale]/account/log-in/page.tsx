import type { Metadata } from 'next'

import { localizedPath } from '@/domain/locale/locales'
import { accountMessagesFor } from '@/i18n/accountMessages'

import { AccountForm } from '../_components/AccountForm'
import { pageLocale } from '../_lib/page'
import { logIn } from '../actions'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string | string[]; loggedOut?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: accountMessagesFor(await pageLocale(params)).logIn.title }
}

export default async function LogInPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const t = accountMessagesFor(locale)
  const { next, loggedOut } = await searchParams
  return (
    <>
      <h1>{t.logIn.title}</h1>
      {loggedOut ? (
        <p role="status" className="form-done">
          {t.logOut.done}
        </p>
      ) : null}
      {typeof next === 'string' ? <p className="notice">{t.logIn.loginRequired}</p> : null}
      <AccountForm
        action={logIn}
        submitLabel={t.logIn.submit}
        errorSummaryTitle={t.errors.summary}
        hidden={{ locale, next: typeof next === 'string' ? next : '' }}
        fields={[
          { name: 'email', label: t.fields.email, type: 'email', autoComplete: 'username', required: true },
          { name: 'password', label: t.fields.password, type: 'password', autoComplete: 'current-password', required: true },
        ]}
      />
      <ul>
        <li>
          <a href={localizedPath(locale, '/account/forgot-password')}>{t.logIn.forgot}</a>
        </li>
        <li>
          <a href={localizedPath(locale, '/account/sign-up')}>{t.logIn.signUp}</a>
        </li>
        <li>
          {t.logIn.staffHint} <a href="/admin">/admin</a>
        </li>
      </ul>
    </>
  )
}
