import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { publicPartnershipData } from '@/collections/Partnerships/publicData'
import { isLocale, localizedPath } from '@/domain/locale/locales'
import { partnershipMessagesFor } from '@/i18n/partnershipMessages'
import { currentMember } from '@/lib/currentUser'
import { docId } from '@/lib/docId'
import { payloadClient } from '@/lib/payload'

import { ApplicationForm } from './ApplicationForm'
import { emptyValues, type ApplicationFormValues } from './formState'

import '@/components/partnerships/partnerships.css'

// Rendered per request from data cached across requests (publicPartnershipData); never prerendered
// at build time, when the database is not the one the server will use.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: partnershipMessagesFor(locale).page.applicationTitle } : {}
}

const single = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined)

/**
 * The application for a foreign partner: first the region the applicant belongs to (its office
 * handles the application and its partner regions are the choice), then the form. A member may
 * come back to a saved draft with `?draft=<id>`.
 */
export default async function ApplyPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = partnershipMessagesFor(locale)
  const query = await searchParams
  const member = await currentMember()
  const payload = await payloadClient()

  let values: ApplicationFormValues = { ...emptyValues }
  let regionCode = single(query.region)
  const draftId = single(query.draft)
  if (draftId && member) {
    const draft = await payload
      .findByID({ collection: 'partnership-requests', id: draftId, depth: 1, overrideAccess: false, user: member, disableErrors: true })
      .catch(() => null)
    if (!draft) notFound()
    if (draft.status !== 'draft') redirect(localizedPath(locale, `/partnerships/applications/${draft.id}`))
    regionCode = typeof draft.homeRegion === 'object' && draft.homeRegion ? draft.homeRegion.code : regionCode
    values = {
      ...values,
      applicantKind: draft.applicantKind ?? 'municipality',
      applicantName: draft.applicantName ?? '',
      contactName: draft.contact?.name ?? '',
      contactPosition: draft.contact?.position ?? '',
      contactEmail: draft.contact?.email ?? '',
      contactPhone: draft.contact?.phone ?? '',
      desiredRegions: (draft.desiredRegions ?? []).map((region) => String(docId(region))),
      cooperationAreas: draft.cooperationAreas ?? [],
      offer: draft.offer ?? '',
      lookingFor: draft.lookingFor ?? '',
      motivation: draft.motivation ?? '',
      languages: draft.languages ?? [],
      population: draft.population === null || draft.population === undefined ? '' : String(draft.population),
    }
  } else if (member) {
    values = { ...values, contactName: `${member.firstName} ${member.lastName}`, contactEmail: member.email, contactPhone: member.phone ?? '' }
  }

  const { regions } = await publicPartnershipData(locale)
  const open = regions.filter((region) => region.kind === 'cz-region' && region.acceptsApplications && region.partnerRegionIds.length > 0)
  const region = open.find((candidate) => candidate.code === regionCode)
  const municipality = !member
    ? null
    : typeof member.municipality === 'object'
      ? member.municipality
      : await payload.findByID({ collection: 'municipalities', id: member.municipality, depth: 0, overrideAccess: false })
  if (member && !draftId && values.applicantName === '' && municipality) values.applicantName = municipality.name

  return (
    <article>
      <p>
        <a href={localizedPath(locale, '/partnerships')}>{t.page.partnershipsTitle}</a>
      </p>
      <h1>{t.page.applicationTitle}</h1>
      {query.saved ? (
        <p className="notice" role="status">
          {t.page.draftSaved}
        </p>
      ) : null}
      {region ? (
        <ApplicationForm
          locale={locale}
          regionCode={region.code}
          regionName={region.name}
          partnerRegions={region.partnerRegionIds.flatMap((id) => {
            const partner = regions.find((candidate) => candidate.id === id)
            return partner ? [{ id: partner.id, name: partner.name, country: partner.country }] : []
          })}
          initialValues={values}
          draftId={draftId}
          memberMunicipality={municipality?.name ?? null}
        />
      ) : (
        <>
          <p>{t.page.chooseRegionFirst}</p>
          <ul>
            {open.map((candidate) => (
              <li key={candidate.id}>
                <a href={localizedPath(locale, `/partnerships/apply?region=${candidate.code}`)}>{candidate.name}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  )
}
