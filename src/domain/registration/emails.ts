import type { Locale } from '../locale/locales'

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
