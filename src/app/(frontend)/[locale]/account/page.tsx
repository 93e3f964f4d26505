import type { Metadata } from 'next'

import { localizedPath } from '@/domain/locale/locales'
import { accountMessagesFor } from '@/i18n/accountMessages'
import { payloadClient } from '@/lib/payload'

import { AccountNav } from './_components/AccountNav'
import { memberOrLogIn, pageLocale } from './_lib/page'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: accountMessagesFor(await pageLocale(params)).account }
}

const titleOf = (value: unknown): string => (value && typeof value === 'object' && 'title' in value ? String(value.title) : '')

/** The member's own page: approval, registrations, shared good practices and partnership requests. */
export default async function AccountPage({ params }: Props) {
  const locale = await pageLocale(params)
  const t = accountMessagesFor(locale)
  const member = await memberOrLogIn(locale, '/account')
  const payload = await payloadClient()
  const asMember = { user: member, overrideAccess: false, locale } as const

  const [registrations, practices, requests] = await Promise.all([
    payload.find({
      collection: 'registrations',
      where: { member: { equals: member.id } },
      sort: '-createdAt',
      limit: 100,
      depth: 1,
      select: { event: true, seminar: true, status: true, waitlistPosition: true },
      populate: { events: { title: true }, seminars: { title: true } },
      ...asMember,
    }),
    payload.find({
      collection: 'good-practices',
      where: { submittedBy: { equals: member.id } },
      sort: '-createdAt',
      limit: 100,
      depth: 0,
      select: { title: true, reviewStatus: true },
      ...asMember,
    }),
    payload.find({
      collection: 'partnership-requests',
      where: { submittedBy: { equals: member.id } },
      sort: '-createdAt',
      limit: 100,
      depth: 0,
      select: { reference: true, applicantName: true, status: true },
      ...asMember,
    }),
  ])

  return (
    <>
      <AccountNav locale={locale} current="overview" />
      <h1>{t.overview.greeting(`${member.firstName} ${member.lastName}`)}</h1>
      <p className="notice">{t.approval[member.approvalStatus]}</p>
      {member.approvalStatus === 'approved' ? (
        <p>
          <a href={localizedPath(locale, '/account/members-only')}>{t.overview.membersOnlyLink}</a>
        </p>
      ) : null}

      <section aria-labelledby="registrations">
        <h2 id="registrations">{t.overview.registrations}</h2>
        {registrations.docs.length === 0 ? (
          <p>{t.overview.noRegistrations}</p>
        ) : (
          <>
            <ul>
              {registrations.docs.map((registration) => (
                <li key={registration.id}>
                  {titleOf(registration.event) || `${t.overview.seminarTerm}: ${titleOf(registration.seminar)}`} – {t.overview.registrationStatus[registration.status]}
                  {registration.status === 'waitlisted' && registration.waitlistPosition ? ` (${registration.waitlistPosition}.)` : ''}
                </li>
              ))}
            </ul>
            <p className="help">{t.overview.cancelHint}</p>
          </>
        )}
      </section>

      <section aria-labelledby="good-practices">
        <h2 id="good-practices">{t.overview.goodPractices}</h2>
        {practices.docs.length === 0 ? (
          <p>{t.overview.noGoodPractices}</p>
        ) : (
          <ul>
            {practices.docs.map((practice) => (
              <li key={practice.id}>
                {practice.title} – {t.overview.reviewStatus[practice.reviewStatus ?? 'draft']}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="partnership-requests">
        <h2 id="partnership-requests">{t.overview.partnershipRequests}</h2>
        {requests.docs.length === 0 ? (
          <p>{t.overview.noPartnershipRequests}</p>
        ) : (
          <ul>
            {requests.docs.map((request) => (
              <li key={request.id}>
                {request.reference} – {request.applicantName}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}
