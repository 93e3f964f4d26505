import type { Metadata } from 'next'

import { LOCALES, localizedPath } from '@/domain/locale/locales'
import { MEMBER_POSITIONS } from '@/domain/members/signUp'
import { searchKey } from '@/domain/search/searchKey'
import { accountMessagesFor } from '@/i18n/accountMessages'
import { payloadClient } from '@/lib/payload'

import { AccountForm } from '../_components/AccountForm'
import { pageLocale } from '../_lib/page'
import { signUp } from '../actions'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: accountMessagesFor(await pageLocale(params)).signUp.title }
}

/**
 * Sign-up in two steps that work without JavaScript: find the municipality by name (a GET
 * form), then fill in the account with the municipality chosen from the matches.
 */
export default async function SignUpPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const t = accountMessagesFor(locale)
  const { q } = await searchParams
  const query = (typeof q === 'string' ? q : '').trim()
  const payload = await payloadClient()
  const matches =
    query.length >= 3
      ? (
          await payload.find({
            collection: 'municipalities',
            where: { searchName: { like: searchKey(query) } },
            sort: 'name',
            limit: 20,
            depth: 0,
            overrideAccess: false,
            select: { name: true, district: true },
          })
        ).docs
      : []

  return (
    <>
      <h1>{t.signUp.title}</h1>
      <p>{t.signUp.intro}</p>
      <form method="get" role="search" className="account-form">
        <div className="field">
          <label htmlFor="municipality-search">{t.fields.municipality}</label>
          <input id="municipality-search" name="q" defaultValue={query} aria-describedby="municipality-search-help" />
          <p id="municipality-search-help" className="help">
            {t.signUp.municipalityHelp}
          </p>
        </div>
        <button type="submit">{t.signUp.findMunicipality}</button>
      </form>
      {query.length >= 3 && matches.length === 0 ? <p role="status">{t.signUp.noMunicipality}</p> : null}
      {matches.length > 0 ? (
        <AccountForm
          action={signUp}
          submitLabel={t.signUp.submit}
          errorSummaryTitle={t.errors.summary}
          hidden={{ locale }}
          fields={[
            {
              name: 'municipality',
              label: t.signUp.chooseMunicipality,
              type: 'radio',
              required: true,
              defaultValue: matches.length === 1 ? String(matches[0]?.id) : undefined,
              options: matches.map((municipality) => ({
                value: String(municipality.id),
                label: municipality.district ? `${municipality.name}, ${municipality.district}` : municipality.name,
              })),
            },
            { name: 'firstName', label: t.fields.firstName, autoComplete: 'given-name', required: true },
            { name: 'lastName', label: t.fields.lastName, autoComplete: 'family-name', required: true },
            { name: 'email', label: t.fields.email, type: 'email', autoComplete: 'email', required: true },
            { name: 'password', label: t.fields.password, type: 'password', autoComplete: 'new-password', required: true, help: t.signUp.passwordHelp },
            {
              name: 'position',
              label: t.fields.position,
              type: 'select',
              required: true,
              defaultValue: 'mayor',
              options: MEMBER_POSITIONS.map((position) => ({ value: position, label: t.positions[position] })),
            },
            { name: 'phone', label: t.fields.phone, type: 'tel', autoComplete: 'tel' },
            {
              name: 'preferredLanguage',
              label: t.fields.preferredLanguage,
              type: 'select',
              required: true,
              defaultValue: locale,
              options: LOCALES.map((language) => ({ value: language, label: t.languages[language] })),
            },
          ]}
        />
      ) : null}
      <p>
        <a href={localizedPath(locale, '/account/log-in')}>{t.signUp.haveAccount}</a>
      </p>
    </>
  )
}
