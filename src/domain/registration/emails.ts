import type { Locale } from '../locale/locales'

import { holdsSeat, type RegistrationStatus } from './seats'

import { registrationMessagesFor } from '@/i18n/registrationMessages'

export const REGISTRATION_EMAIL_KINDS = ['confirmation', 'waitlisted', 'promoted', 'cancelled', 'notice'] as const
export type RegistrationEmailKind = (typeof REGISTRATION_EMAIL_KINDS)[number]

export type RegistrationEmailDetails = {
  locale: Locale
  attendeeName: string
  title: string
  /** Already formatted in the event's time zone and the registrant's language. */
  when: string
  where: string
  manageUrl: string
  waitlistPosition?: number | null
  notice?: { title: string; body?: string | null }
}

/** Subject and plain-text body of a registration e-mail, in the registrant's language. */
export function registrationEmail(kind: RegistrationEmailKind, details: RegistrationEmailDetails): { subject: string; text: string } {
  const t = registrationMessagesFor(details.locale).email
  const { title } = details
  const [subject, body] =
    kind === 'confirmation'
      ? [t.confirmation.subject(title), t.confirmation.body(title)]
      : kind === 'waitlisted'
        ? [t.waitlisted.subject(title), t.waitlisted.body(title, details.waitlistPosition ?? 1)]
        : kind === 'promoted'
          ? [t.promoted.subject(title), t.promoted.body(title)]
          : kind === 'cancelled'
            ? [t.cancelled.subject(title), t.cancelled.body(title)]
            : [t.notice.subject(title, details.notice?.title ?? ''), t.notice.body(title)]
  const notice = kind === 'notice' && details.notice ? [details.notice.title, details.notice.body ?? ''].filter(Boolean).join('\n\n') : null
  const paragraphs = [t.greeting(details.attendeeName), body, notice, t.details(details.when, details.where), `${t.manageLink}\n${details.manageUrl}`, t.signature]
  return { subject, text: paragraphs.filter((paragraph): paragraph is string => Boolean(paragraph)).join('\n\n') }
}

/** The e-mail a registration's new status calls for, if any (a check-in needs none). */
export function emailForStatus(from: RegistrationStatus | null, to: RegistrationStatus): RegistrationEmailKind | null {
  if (from === to || (from && holdsSeat(from) && holdsSeat(to))) return null
  if (holdsSeat(to)) return from === 'waitlisted' ? 'promoted' : 'confirmation'
  return to === 'waitlisted' ? 'waitlisted' : 'cancelled'
}

/**
 * Whether a queued e-mail still fits the registration when it is finally sent (the mail server
 * may have been down for hours): no confirmation for a registration cancelled meanwhile, nothing
 * to an erased address.
 */
export function emailStillApplies(kind: RegistrationEmailKind, registration: { status: RegistrationStatus; anonymised: boolean }): boolean {
  if (registration.anonymised) return false
  if (kind === 'notice') return registration.status !== 'cancelled'
  if (kind === 'confirmation' || kind === 'promoted') return holdsSeat(registration.status)
  return registration.status === kind
}
