import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { isLocale, localizedPath } from '@/domain/locale/locales'
import { partnershipMessagesFor } from '@/i18n/partnershipMessages'
import { currentMember } from '@/lib/currentUser'
import { payloadClient } from '@/lib/payload'

import '@/components/partnerships/partnerships.css'

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: partnershipMessagesFor(locale).page.applicationTitle } : {}
}

const nameOf = (value: unknown): string | null =>
  typeof value === 'object' && value !== null && 'name' in value ? String((value as { name: unknown }).name) : null

/**
 * The applicant's view of one application: its status, the office's messages and the proposed
 * partner, read with the member's own access — Payload leaves out internal notes and staff names.
 */
export default async function ApplicationPage({ params, searchParams }: Props) {
  const { locale, id } = await params
  if (!isLocale(locale)) notFound()
  const t = partnershipMessagesFor(locale)
  const member = await currentMember()
  if (!member) redirect(localizedPath(locale, '/partnerships'))
  const application = await (await payloadClient())
    .findByID({ collection: 'partnership-requests', id, depth: 1, locale, user: member, overrideAccess: false, disableErrors: true })
    .catch(() => null)
  if (!application) notFound()
  if (application.status === 'draft') redirect(localizedPath(locale, `/partnerships/apply?draft=${application.id}`))
  const { submitted } = await searchParams
  const date = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Prague' }).format(new Date(iso))
  const partner = application.proposedPartner

  return (
    <article>
      <p>
        <a href={localizedPath(locale, '/partnerships')}>{t.page.backToApplications}</a>
      </p>
      <h1>
        {t.page.applicationTitle} {application.reference}
      </h1>
      {submitted ? (
        <p className="notice" role="status">
          {t.page.submitted(application.reference ?? '')}
        </p>
      ) : null}
      <dl>
        <dt>{t.page.status}</dt>
        <dd>
          <span className="status-badge">{t.statuses[application.status]}</span>
        </dd>
        <dt>{t.fields.applicantName}</dt>
        <dd>{application.applicantName}</dd>
        {application.submittedAt ? (
          <>
            <dt>{t.page.submittedAt}</dt>
            <dd>{date(application.submittedAt)}</dd>
          </>
        ) : null}
        {nameOf(application.association) ? (
          <>
            <dt>{t.page.handlingOffice}</dt>
            <dd>{nameOf(application.association)}</dd>
          </>
        ) : null}
        <dt>{t.fields.desiredRegions}</dt>
        <dd>{(application.desiredRegions ?? []).map(nameOf).filter(Boolean).join(', ')}</dd>
        <dt>{t.fields.cooperationAreas}</dt>
        <dd>{(application.cooperationAreas ?? []).map((area) => t.areas[area]).join(', ')}</dd>
      </dl>

      {partner?.name ? (
        <section aria-labelledby="proposed-partner">
          <h2 id="proposed-partner">{t.page.proposedPartner}</h2>
          <p>
            <strong>{partner.website ? <a href={partner.website}>{partner.name}</a> : partner.name}</strong>
            {nameOf(partner.region) ? ` (${nameOf(partner.region)})` : ''}
          </p>
          {partner.contact ? <p>{partner.contact}</p> : null}
        </section>
      ) : null}

      <section aria-labelledby="history">
        <h2 id="history">{t.page.history}</h2>
        <ol className="timeline">
          {(application.history ?? []).map((entry) => (
            <li key={entry.id ?? `${entry.status}-${entry.at}`}>
              <strong>{entry.status ? t.statuses[entry.status] : ''}</strong>
              {entry.at ? (
                <>
                  {' – '}
                  <time dateTime={entry.at}>{date(entry.at)}</time>
                </>
              ) : null}
              {entry.message ? (
                <p>
                  {t.page.messageFromOffice}: {entry.message}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
    </article>
  )
}
