import type { Metadata } from 'next'

import { LOCALES } from '@/domain/locale/locales'
import { MEMBER_POSITIONS } from '@/domain/members/signUp'
import { accountMessagesFor } from '@/i18n/accountMessages'

import { AccountForm } from '../_components/AccountForm'
import { AccountNav } from '../_components/AccountNav'
import { memberOrLogIn, pageLocale } from '../_lib/page'
import { changePassword, requestEmailChange, updateProfile } from '../actions'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: accountMessagesFor(await pageLocale(params)).overview.settings }
}

export default async function SettingsPage({ params }: Props) {
  const locale = await pageLocale(params)
  const t = accountMessagesFor(locale)
  const member = await memberOrLogIn(locale, '/account/settings')
  return (
    <>
      <AccountNav locale={locale} current="settings" />
      <h1>{t.overview.settings}</h1>

      <h2>{t.profile.title}</h2>
      <AccountForm
        action={updateProfile}
        submitLabel={t.profile.submit}
        errorSummaryTitle={t.errors.summary}
        hidden={{ locale }}
        keepFormWhenDone
        fields={[
          { name: 'firstName', label: t.fields.firstName, autoComplete: 'given-name', required: true, defaultValue: member.firstName },
          { name: 'lastName', label: t.fields.lastName, autoComplete: 'family-name', required: true, defaultValue: member.lastName },
          {
            name: 'position',
            label: t.fields.position,
            type: 'select',
            required: true,
            defaultValue: member.position,
            options: MEMBER_POSITIONS.map((position) => ({ value: position, label: t.positions[position] })),
          },
          { name: 'phone', label: t.fields.phone, type: 'tel', autoComplete: 'tel', defaultValue: member.phone ?? '' },
          {
            name: 'preferredLanguage',
            label: t.fields.preferredLanguage,
            type: 'select',
            required: true,
            defaultValue: member.preferredLanguage,
            options: LOCALES.map((language) => ({ value: language, label: t.languages[language] })),
          },
        ]}
      />

      <h2>{t.profile.changePassword}</h2>
      <AccountForm
        action={changePassword}
        submitLabel={t.profile.passwordSubmit}
        errorSummaryTitle={t.errors.summary}
        hidden={{ locale }}
        fields={[
          { name: 'currentPassword', label: t.fields.currentPassword, type: 'password', autoComplete: 'current-password', required: true },
          { name: 'newPassword', label: t.fields.newPassword, type: 'password', autoComplete: 'new-password', required: true, help: t.signUp.passwordHelp },
        ]}
      />

      <h2>{t.profile.changeEmail}</h2>
      <p className="help">{t.profile.emailHelp}</p>
      <AccountForm
        action={requestEmailChange}
        submitLabel={t.profile.emailSubmit}
        errorSummaryTitle={t.errors.summary}
        hidden={{ locale }}
        fields={[
          { name: 'newEmail', label: t.fields.newEmail, type: 'email', autoComplete: 'email', required: true },
          { name: 'currentPassword', label: t.fields.currentPassword, type: 'password', autoComplete: 'current-password', required: true },
        ]}
      />
    </>
  )
}
