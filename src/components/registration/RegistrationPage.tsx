import type { TypedUser } from 'payload'

import { isApprovedMember, memberOf } from '@/access/roles'
import { idOf, type Ref } from '@/access/ids'
import { municipalityLabel } from '@/collections/Registrations/municipalities'
import { currentState, readCounts } from '@/collections/Registrations/service'
import { venueText, type RegistrationTarget } from '@/collections/Registrations/targets'
import { formatEventDate } from '@/domain/events/formatEventDate'
import { localizedPath, type Locale } from '@/domain/locale/locales'
import { remainingSeats } from '@/domain/registration/seats'
import { acceptsRegistrations } from '@/domain/registration/window'
import { registrationMessagesFor } from '@/i18n/registrationMessages'
import { payloadClient } from '@/lib/payload'

import { RegistrationForm } from './RegistrationForm'

import './registration.css'

/** The registration page of an event or seminar term: what, when, where, whether one can register, and the form. */
export async function RegistrationPage({ target, locale, user }: { target: RegistrationTarget; locale: Locale; user: TypedUser | null }) {
  const payload = await payloadClient()
  const t = registrationMessagesFor(locale)
  const [state, counts] = await Promise.all([currentState(payload, target), readCounts(payload, target.key)])
  const seatsLeft = remainingSeats(counts, target.policy)
  const member = memberOf({ user })
  const mayRegister = !target.membersOnly || isApprovedMember({ user })
  const detailPath = localizedPath(locale, `/${target.collection}/${target.slug}`)

  const prefill: Record<string, string> = {}
  if (member) {
    const municipalityId = idOf(member.municipality as Ref)
    const municipality = municipalityId === undefined ? null : await payload.findByID({ collection: 'municipalities', id: municipalityId, depth: 0, disableErrors: true, select: { name: true, district: true } })
    Object.assign(prefill, {
      name: `${member.firstName} ${member.lastName}`,
      email: member.email,
      ...(member.phone ? { phone: member.phone } : {}),
      ...(municipality ? { municipality: municipalityLabel(municipality) } : {}),
      position: member.position,
    })
  }

  return (
    <article className="registration">
      <p>
        <a href={detailPath}>← {t.form.backToEvent}</a>
      </p>
      <h1>
        {t.form.registerFor} {target.title}
      </h1>
      <dl className="registration-facts">
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
      </dl>
      <p className="registration-state" role="status">
        {t.states[state]}
        {state === 'open' && seatsLeft !== null ? ` ${t.states.seatsLeft(seatsLeft)}` : ''}
        {state === 'not-yet-open' && target.window.opensAt ? ` ${t.states.opensAt(formatEventDate(target.window.opensAt, target.timeZone, locale))}` : ''}
      </p>
      {acceptsRegistrations(state) && !mayRegister ? <p className="notice-box">{t.refusals.membersOnly}</p> : null}
      {acceptsRegistrations(state) && mayRegister ? (
        <>
          {member ? <p className="notice-box">{t.form.loggedInAs(`${member.firstName} ${member.lastName}`)}</p> : null}
          <RegistrationForm
            locale={locale}
            target={target.ref.kind === 'event' ? { eventId: String(target.ref.eventId) } : { seminarId: String(target.ref.seminarId), termId: target.ref.termId }}
            consentText={target.consentText ?? ''}
            consentVersion={target.consentVersion}
            proxyAllowed={target.isAssembly}
            joinsWaitlist={state === 'waitlist'}
            prefill={prefill}
          />
        </>
      ) : null}
    </article>
  )
}
