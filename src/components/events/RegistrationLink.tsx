import { formatEventDate } from '@/domain/events/formatEventDate'
import { registrationState, type RegistrationSettings } from '@/domain/events/registrationState'
import { localizedPath, type Locale } from '@/domain/locale/locales'
import { messagesFor } from '@/i18n/messages'

type Props = {
  locale: Locale
  settings: RegistrationSettings | null | undefined
  startsAt: string
  timeZone: string
  /** Where the registration form of this event or seminar term lives, without locale prefix. */
  registerPath: string
  /** Evaluated at render time; the cached page is refreshed at least every minute. */
  now: Date
}

/**
 * The registration call to action of an event or seminar term: whether registration is open,
 * will open or has closed, and a link to the form while it is open.
 */
export function RegistrationLink({ locale, settings, startsAt, timeZone, registerPath, now }: Props) {
  const t = messagesFor(locale).registration
  const state = registrationState(settings, startsAt, now)
  return (
    <div className={`registration registration-${state.kind}`}>
      {state.kind === 'none' ? <p>{t.none}</p> : null}
      {state.kind === 'not-yet-open' ? <p>{t.opensOn(formatEventDate(state.opensAt, timeZone, locale))}</p> : null}
      {state.kind === 'closed' ? <p>{t.closed}</p> : null}
      {state.kind === 'open' ? (
        <>
          <p>{state.closesAt ? t.openUntil(formatEventDate(state.closesAt, timeZone, locale)) : t.open}</p>
          <a className="button" href={localizedPath(locale, registerPath)}>
            {t.register}
          </a>
        </>
      ) : null}
    </div>
  )
}
