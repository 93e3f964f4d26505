import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { findByToken } from '@/collections/Registrations/service'
import { loadTarget, refOfRegistration, venueText } from '@/collections/Registrations/targets'
import { cancelThroughLink, eraseThroughLink } from '@/components/registration/actions'
import { formatEventDate } from '@/domain/events/formatEventDate'
import { isLocale, localizedPath } from '@/domain/locale/locales'
import { registrationMessagesFor } from '@/i18n/registrationMessages'
import { payloadClient } from '@/lib/payload'

import '@/components/registration/registration.css'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

// The address holds the secret token: keep it out of search engines and of other sites' logs.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: isLocale(locale) ? registrationMessagesFor(locale).manage.title : undefined, robots: { index: false, follow: false }, referrer: 'no-referrer' }
}

/** The registrant's own page behind the secret link: status, cancel, download and erase. */
export default async function ManageRegistrationPage({ params, searchParams }: Props) {
  const { locale, token } = await params
  if (!isLocale(locale)) notFound()
  const query = await searchParams
  const t = registrationMessagesFor(locale)
  const payload = await payloadClient()
  const registration = await findByToken(payload, token)
  if (!registration) {
    return (
      <article className="registration">
        <h1>{t.manage.title}</h1>
        <p className="notice-box">{t.manage.invalidLink}</p>
      </article>
    )
  }
  const ref = refOfRegistration(registration)
  const target = ref ? await loadTarget(payload, ref, { locale }) : null
  const upcoming = target ? new Date(target.endsAt ?? target.startsAt) > new Date() : false
  const position = registration.waitlistPosition ?? 0

  return (
    <article className="registration">
      <h1>{t.manage.title}</h1>
      {query.registered ? (
        <p className="notice-box" role="status">
          {registration.status === 'waitlisted' ? t.manage.registeredWaitlisted(position) : t.manage.registeredConfirmed}
        </p>
      ) : null}
      {query.cancelled && registration.status === 'cancelled' ? (
        <p className="notice-box" role="status">
          {t.manage.cancelled}
        </p>
      ) : null}
      <dl className="registration-facts">
        {target ? (
          <>
            <dt>{t.manage.event}</dt>
            <dd>
              <a href={localizedPath(locale, `/${target.collection}/${target.slug}`)}>{target.title}</a>
            </dd>
            <dt>{t.manage.when}</dt>
            <dd>
              <time dateTime={target.startsAt}>{formatEventDate(target.startsAt, target.timeZone, locale)}</time>
            </dd>
            {target.venue ? (
              <>
                <dt>{t.manage.where}</dt>
                <dd>{venueText(target.venue)}</dd>
              </>
            ) : null}
          </>
        ) : null}
        <dt>{t.fields.name}</dt>
        <dd>{registration.attendeeName}</dd>
        <dt>{t.manage.status}</dt>
        <dd>
          {t.status[registration.status]}
          {registration.status === 'waitlisted' ? ` (${t.manage.waitlistPosition(position)})` : ''}
        </dd>
      </dl>
      <p>{t.manage.bookmark}</p>
      <div className="registration-actions">
        {upcoming && registration.status !== 'cancelled' ? (
          <form action={cancelThroughLink}>
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="locale" value={locale} />
            <button type="submit">{t.manage.cancel}</button>
          </form>
        ) : null}
        <a href={localizedPath(locale, `/registrations/${token}/data`)} download>
          {t.manage.download}
        </a>
      </div>
      <form action={eraseThroughLink} className="registration-actions">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="locale" value={locale} />
        <p id="erase-explained">{t.manage.eraseExplained}</p>
        <button type="submit" className="danger" aria-describedby="erase-explained">
          {t.manage.erase}
        </button>
      </form>
    </article>
  )
}
