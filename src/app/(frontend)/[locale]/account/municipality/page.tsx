import type { Metadata } from 'next'

import { idOf, type Ref } from '@/access/ids'
import { accountMessagesFor } from '@/i18n/accountMessages'
import { payloadClient } from '@/lib/payload'
import type { Media } from '@/payload-types'

import { AccountForm } from '../_components/AccountForm'
import { AccountNav } from '../_components/AccountNav'
import { memberOrLogIn, pageLocale } from '../_lib/page'
import { updateMunicipality } from '../actions'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: accountMessagesFor(await pageLocale(params)).municipality.title }
}

/** Approved representatives keep their municipality's website, contact and coat of arms current. */
export default async function MunicipalityPage({ params }: Props) {
  const locale = await pageLocale(params)
  const t = accountMessagesFor(locale)
  const member = await memberOrLogIn(locale, '/account/municipality')
  const payload = await payloadClient()
  const id = idOf(member.municipality as Ref)
  const municipality =
    id === undefined ? null : await payload.findByID({ collection: 'municipalities', id, depth: 1, locale, user: member, overrideAccess: false, disableErrors: true })
  const coatOfArms = municipality?.coatOfArms && typeof municipality.coatOfArms === 'object' ? (municipality.coatOfArms as Media) : null

  return (
    <>
      <AccountNav locale={locale} current="municipality" />
      <h1>
        {t.municipality.title}
        {municipality ? `: ${municipality.name}` : ''}
      </h1>
      {coatOfArms?.url ? (
        <figure>
          <img src={coatOfArms.sizes?.thumbnail?.url ?? coatOfArms.url} alt={coatOfArms.alt} width={160} />
          <figcaption>{t.municipality.currentCoatOfArms}</figcaption>
        </figure>
      ) : null}
      {member.approvalStatus !== 'approved' || !municipality ? (
        <p className="notice">{t.municipality.onlyApproved}</p>
      ) : (
        <>
          <p>{t.municipality.help}</p>
          <AccountForm
            action={updateMunicipality}
            submitLabel={t.municipality.submit}
            errorSummaryTitle={t.errors.summary}
            hidden={{ locale }}
            keepFormWhenDone
            fields={[
              { name: 'website', label: t.fields.website, type: 'url', autoComplete: 'url', defaultValue: municipality.website ?? '' },
              { name: 'contactEmail', label: t.fields.contactEmail, type: 'email', defaultValue: municipality.contact?.email ?? '' },
              { name: 'contactPhone', label: t.fields.contactPhone, type: 'tel', defaultValue: municipality.contact?.phone ?? '' },
              { name: 'coatOfArms', label: t.fields.coatOfArms, type: 'file', accept: 'image/png,image/jpeg,image/webp,image/gif' },
              { name: 'coatOfArmsAlt', label: t.fields.coatOfArmsAlt },
            ]}
          />
        </>
      )}
    </>
  )
}
