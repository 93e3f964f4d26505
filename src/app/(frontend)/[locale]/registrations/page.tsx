import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import { memberOf } from '@/access/roles'
import { loadTarget, refOfRegistration } from '@/collections/Registrations/targets'
import { cancelMemberRegistration } from '@/components/registration/actions'
import { formatEventDate } from '@/domain/events/formatEventDate'
import { isLocale, localizedPath } from '@/domain/locale/locales'
import { registrationMessagesFor } from '@/i18n/registrationMessages'
import { payloadClient } from '@/lib/payload'

import '@/components/registration/registration.css'

export const dynamic = 'force-dynamic'

/** A logged-in member's registrations, each with its cancel button. */
export default async function MyRegistrationsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = registrationMessagesFor(locale)
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  const member = memberOf({ user })
  if (!member) {
    return (
      <article>
        <h1>{t.mine.title}</h1>
        <p>
          <a href={localizedPath(locale, '/account/login')}>{t.mine.loginFirst}</a>
        </p>
      </article>
    )
  }
  const { docs } = await payload.find({ collection: 'registrations', overrideAccess: false, user, sort: '-createdAt', limit: 100, depth: 0 })
  const rows = await Promise.all(
    docs.map(async (registration) => {
      const ref = refOfRegistration(registration)
      return { registration, target: ref ? await loadTarget(payload, ref, { locale }) : null }
    }),
  )
  return (
    <article>
      <h1>{t.mine.title}</h1>
      {rows.length === 0 ? <p>{t.mine.none}</p> : null}
      <ul className="cards">
        {rows.map(({ registration, target }) => (
          <li key={registration.id} className="card">
            <h2>{target ? <a href={localizedPath(locale, `/${target.collection}/${target.slug}`)}>{target.title}</a> : '—'}</h2>
            {target ? <p>{formatEventDate(target.startsAt, target.timeZone, locale)}</p> : null}
            <p>
              {t.manage.status}: {t.status[registration.status]}
              {registration.status === 'waitlisted' ? ` (${t.manage.waitlistPosition(registration.waitlistPosition ?? 0)})` : ''}
            </p>
            {registration.status === 'confirmed' || registration.status === 'waitlisted' ? (
              <form action={cancelMemberRegistration} className="registration-actions">
                <input type="hidden" name="registration" value={String(registration.id)} />
                <input type="hidden" name="locale" value={locale} />
                <button type="submit">{t.manage.cancel}</button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
    </article>
  )
}
