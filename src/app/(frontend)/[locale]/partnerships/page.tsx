import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { isLocale, localizedPath } from '@/domain/locale/locales'
import { COOPERATION_AREAS } from '@/domain/partnerships/cooperationAreas'
import { partnershipMessagesFor } from '@/i18n/partnershipMessages'
import { currentMember } from '@/lib/currentUser'
import { payloadClient } from '@/lib/payload'

import '@/components/partnerships/partnerships.css'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: partnershipMessagesFor(locale).page.partnershipsTitle } : {}
}

/** How the partner matching works, where to apply, and — for a logged-in member — their applications and drafts. */
export default async function PartnershipsPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = partnershipMessagesFor(locale)
  const member = await currentMember()
  const applications = member
    ? (
        await (await payloadClient()).find({
          collection: 'partnership-requests',
          user: member,
          overrideAccess: false,
          depth: 0,
          sort: '-updatedAt',
          pagination: false,
          select: { reference: true, applicantName: true, status: true, submittedAt: true, updatedAt: true },
        })
      ).docs
    : []
  const date = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso))

  return (
    <article>
      <h1>{t.page.partnershipsTitle}</h1>
      <p className="lead">{t.page.partnershipsIntro}</p>
      <p>
        <a className="button" href={localizedPath(locale, '/partnerships/apply')}>
          {t.page.applyCta}
        </a>{' '}
        <a href={localizedPath(locale, '/partner-regions')}>{t.regions.title}</a>
      </p>

      <section aria-labelledby="my-applications">
        <h2 id="my-applications">{t.page.myApplications}</h2>
        {!member ? (
          <p>{t.page.loginToSeeApplications}</p>
        ) : applications.length === 0 ? (
          <p>{t.page.noApplications}</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t.page.reference}</th>
                <th scope="col">{t.fields.applicantName}</th>
                <th scope="col">{t.page.status}</th>
                <th scope="col">{t.page.submittedAt}</th>
              </tr>
            </thead>
            <tbody>
              {applications.map((application) => (
                <tr key={application.id}>
                  <th scope="row">
                    {application.status === 'draft' ? (
                      <a href={localizedPath(locale, `/partnerships/apply?draft=${application.id}`)}>{t.page.continueDraft}</a>
                    ) : (
                      <a href={localizedPath(locale, `/partnerships/applications/${application.id}`)}>{application.reference}</a>
                    )}
                  </th>
                  <td>{application.applicantName}</td>
                  <td>
                    <span className="status-badge">{t.statuses[application.status]}</span>
                  </td>
                  <td>{application.submittedAt ? date(application.submittedAt) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="benefits">
        <h2 id="benefits">{t.page.benefitsHeading}</h2>
        <ul>
          {COOPERATION_AREAS.map((area) => (
            <li key={area}>{t.areas[area]}</li>
          ))}
        </ul>
      </section>
    </article>
  )
}
