import { readCounts } from '@/collections/Registrations/service'
import { eventTarget, seminarTermTarget } from '@/collections/Registrations/targets'
import { formatEventDate } from '@/domain/events/formatEventDate'
import { localizedPath, type Locale } from '@/domain/locale/locales'
import { remainingSeats } from '@/domain/registration/seats'
import { acceptsRegistrations, registrationState } from '@/domain/registration/window'
import { registrationMessagesFor } from '@/i18n/registrationMessages'
import { payloadClient } from '@/lib/payload'
import type { Event, Seminar } from '@/payload-types'

import './registration.css'

export type RegistrationCallToActionProps = ({ event: Event } | { seminar: Seminar; termId: string }) & { locale: Locale }

/**
 * The registration box of an event or seminar term detail page: open (with seats left), full with
 * a waitlist, full, closed or not yet open, and the link to the form. Renders nothing when the
 * event takes no registrations. Reads one counter per render.
 */
export async function RegistrationCallToAction(props: RegistrationCallToActionProps) {
  const target = 'event' in props ? eventTarget(props.event) : seminarTermTarget(props.seminar, props.termId)
  if (!target?.window.enabled) return null
  const { locale } = props
  const t = registrationMessagesFor(locale)
  const counts = await readCounts(await payloadClient(), target.key)
  const state = registrationState(target.window, counts, target.policy, new Date())
  const seatsLeft = remainingSeats(counts, target.policy)
  const formPath =
    target.ref.kind === 'event'
      ? `/events/${target.slug}/register`
      : `/seminars/${target.slug}/terms/${encodeURIComponent(target.ref.termId)}/register`
  const when = (date: string) => formatEventDate(date, target.timeZone, locale)

  return (
    <aside className="registration-cta" aria-label={t.form.title}>
      <p className="registration-state">
        {t.states[state]}
        {state === 'open' && seatsLeft !== null ? ` ${t.states.seatsLeft(seatsLeft)}` : ''}
      </p>
      {state === 'not-yet-open' && target.window.opensAt ? <p>{t.states.opensAt(when(target.window.opensAt))}</p> : null}
      {acceptsRegistrations(state) && target.window.closesAt ? <p>{t.states.closesAt(when(target.window.closesAt))}</p> : null}
      {target.membersOnly ? <p>{t.states.membersOnly}</p> : null}
      {acceptsRegistrations(state) ? (
        <a className="button-link" href={localizedPath(locale, formPath)}>
          {state === 'waitlist' ? t.form.joinWaitlist : t.states.register}
        </a>
      ) : null}
    </aside>
  )
}
