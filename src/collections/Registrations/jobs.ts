import type { TaskConfig, TaskHandler } from 'payload'

import { formatEventDate } from '@/domain/events/formatEventDate'
import { localizedPath } from '@/domain/locale/locales'
import { calendarFile } from '@/domain/registration/calendar'
import { emailStillApplies, REGISTRATION_EMAIL_KINDS, registrationEmail, type RegistrationEmailKind } from '@/domain/registration/emails'
import { retentionCutoff } from '@/domain/registration/privacy'

import { anonymiseExpiredRegistrations } from './retention'
import { manageUrl, tokenOf } from './service'
import { loadTarget, refOfRegistration, venueText } from './targets'

const CALENDAR_NOTICES = new Set(['venue-change', 'time-change'])

/**
 * Sends one registration e-mail in the registrant's language, with the calendar file when the
 * registrant holds a seat (and again after a venue or time change). A failing mail server fails
 * the task, and the jobs queue retries it with growing pauses for about eleven hours; the
 * registration itself is long committed by then. Mails that no longer fit (a confirmation for a
 * registration cancelled meanwhile, anything for erased data) are dropped.
 */
const sendRegistrationEmail: TaskHandler<'registrationEmail'> = async ({ input, req }) => {
  const { payload } = req
  const kind = input.kind as RegistrationEmailKind
  const registration = await payload.findByID({ collection: 'registrations', id: input.registration, depth: 0, disableErrors: true, req })
  if (!registration || !emailStillApplies(kind, { status: registration.status, anonymised: Boolean(registration.anonymisedAt) })) {
    return { output: { sent: false } }
  }
  const { locale } = registration
  const ref = refOfRegistration(registration)
  // Not through `req`: the queue runs jobs side by side on one shared request object, so a
  // locale set on it by one registrant's job would leak into another's.
  const target = ref ? await loadTarget(payload, ref, { locale }) : null
  const notice = kind === 'notice' ? target?.notices.find((candidate) => candidate.id === input.notice) : undefined
  if (!target || (kind === 'notice' && !notice)) return { output: { sent: false } }

  const { subject, text } = registrationEmail(kind, {
    locale,
    attendeeName: registration.attendeeName,
    title: target.title,
    when: formatEventDate(target.startsAt, target.timeZone, locale),
    where: venueText(target.venue),
    manageUrl: manageUrl(payload, locale, tokenOf(payload, registration)),
    waitlistPosition: registration.waitlistPosition,
    notice: notice ? { title: notice.title, body: notice.body } : undefined,
  })
  const withCalendar = kind === 'confirmation' || kind === 'promoted' || (notice !== undefined && CALENDAR_NOTICES.has(notice.kind))
  const calendar = withCalendar
    ? calendarFile({
        uid: `registration-${registration.id}@${new URL(payload.config.serverURL || 'http://localhost').hostname}`,
        title: target.title,
        startsAt: target.startsAt,
        endsAt: target.endsAt,
        location: venueText(target.venue),
        url: `${payload.config.serverURL}${localizedPath(locale, `/${target.collection}/${target.slug}`)}`,
        // Each notified change of venue or time updates the entry already in the calendar.
        sequence: target.notices.filter((candidate) => candidate.notifiedAt && CALENDAR_NOTICES.has(candidate.kind)).length,
      })
    : null
  await payload.sendEmail({
    to: registration.email,
    subject,
    text,
    ...(calendar ? { attachments: [{ filename: `${target.slug}.ics`, content: calendar, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }] } : {}),
  })
  return { output: { sent: true } }
}

export const registrationEmailTask: TaskConfig<'registrationEmail'> = {
  slug: 'registrationEmail',
  label: 'Registration e-mail',
  inputSchema: [
    { name: 'registration', type: 'text', required: true },
    { name: 'kind', type: 'select', required: true, options: [...REGISTRATION_EMAIL_KINDS] },
    { name: 'notice', type: 'text' },
  ],
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  // 5 s, 10 s, 20 s … doubling: fourteen attempts span about eleven hours of mail server outage.
  retries: { attempts: 14, backoff: { type: 'exponential', delay: 5_000 } },
  handler: sendRegistrationEmail,
}

/** Every night: anonymise registrations of events older than the retention period in the site settings. */
export const anonymiseRegistrationsTask: TaskConfig<'anonymiseRegistrations'> = {
  slug: 'anonymiseRegistrations',
  label: 'Anonymise old registrations',
  outputSchema: [{ name: 'anonymised', type: 'number' }],
  schedule: [{ cron: '15 3 * * *', queue: 'default' }],
  retries: 3,
  handler: async ({ req }) => {
    const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, req })
    const cutoff = retentionCutoff(new Date(), settings.registrationRetentionMonths ?? 24)
    return { output: { anonymised: await anonymiseExpiredRegistrations(req.payload, cutoff) } }
  },
}

export const registrationTasks = [registrationEmailTask, anonymiseRegistrationsTask]
