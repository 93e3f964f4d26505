import type { TaskConfig } from 'payload'

import { isLocale, localizedPath } from '@/domain/locale/locales'
import { composeApplicationEmail, type ApplicationEmailEvent } from '@/domain/partnerships/emails'
import { isPartnershipStatus } from '@/domain/partnerships/status'

export const SEND_APPLICATION_EMAIL = 'sendApplicationEmail'

type ApplicationEmailJob = {
  input: {
    /** Id of the application, as text: ids are numbers on SQLite and strings on MongoDB. */
    application: string
    event: 'confirmation' | 'status'
    /** The status, message and partner at the time of the change, not whatever holds when the job runs. */
    status?: string | null
    message?: string | null
    proposedPartner?: string | null
  }
  output: { to: string }
}

/**
 * Sends one e-mail to an applicant, in the language they chose. A mail server that is down makes
 * the task fail; the queue tries again with growing pauses (1, 2, 4 … 32 minutes) before giving up.
 */
export const sendApplicationEmailTask: TaskConfig<ApplicationEmailJob> = {
  slug: SEND_APPLICATION_EMAIL,
  label: 'E-mail to a partnership applicant',
  retries: { attempts: 6, backoff: { type: 'exponential', delay: 60_000 } },
  // One e-mail of an application at a time, so the applicant reads the steps in the order they happened.
  concurrency: ({ input }) => `partnership-application-${input.application}`,
  inputSchema: [
    { name: 'application', type: 'text', required: true },
    { name: 'event', type: 'select', required: true, options: ['confirmation', 'status'] },
    { name: 'status', type: 'text' },
    { name: 'message', type: 'textarea' },
    { name: 'proposedPartner', type: 'text' },
  ],
  outputSchema: [{ name: 'to', type: 'text', required: true }],
  handler: async ({ input, req }) => {
    const { payload } = req
    const id = payload.db.defaultIDType === 'number' ? Number(input.application) : input.application
    const application = await payload.findByID({ collection: 'partnership-requests', id, depth: 0, overrideAccess: true, req })
    const locale = isLocale(application.correspondenceLanguage ?? '') ? application.correspondenceLanguage! : 'cs'
    let event: ApplicationEmailEvent = { kind: 'confirmation' }
    if (input.event === 'status') {
      if (!isPartnershipStatus(input.status)) throw new Error(`Unknown status "${input.status}" for application ${input.application}`)
      event = { kind: 'status', status: input.status, message: input.message, proposedPartner: input.proposedPartner }
    }
    const link = application.submittedBy ? `${payload.config.serverURL}${localizedPath(locale, `/partnerships/applications/${application.id}`)}` : null
    const email = composeApplicationEmail(
      { reference: application.reference ?? '', applicantName: application.applicantName ?? '', contactName: application.contact?.name ?? '', link },
      event,
      locale,
    )
    const to = application.contact?.email
    if (!to) throw new Error(`Application ${input.application} has no contact e-mail`)
    await payload.sendEmail({ to, subject: email.subject, text: email.text, html: email.html })
    return { output: { to } }
  },
}
