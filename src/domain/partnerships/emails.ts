import type { Locale } from '@/domain/locale/locales'
import { partnershipMessagesFor } from '@/i18n/partnershipMessages'

import type { PartnershipStatus } from './status'

export type ApplicationEmailEvent =
  | { kind: 'confirmation' }
  | { kind: 'status'; status: PartnershipStatus; message?: string | null; proposedPartner?: string | null }

export type ApplicationEmailContext = {
  reference: string
  applicantName: string
  contactName: string
  /** Where a member follows the application; absent for applicants without an account. */
  link?: string | null
}

export type ComposedEmail = { subject: string; text: string; html: string }

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char)

/** The e-mail an applicant receives, in their language: plain text, and the same as simple HTML. */
export function composeApplicationEmail(context: ApplicationEmailContext, event: ApplicationEmailEvent, locale: Locale): ComposedEmail {
  const t = partnershipMessagesFor(locale)
  const paragraphs: string[] = [t.email.greeting(context.contactName)]
  let subject: string
  if (event.kind === 'confirmation') {
    subject = t.email.confirmationSubject(context.reference)
    paragraphs.push(t.email.confirmationBody(context.applicantName, context.reference))
  } else {
    const status = t.statuses[event.status]
    subject = t.email.statusSubject(context.reference, status)
    paragraphs.push(t.email.statusBody(status))
    if (event.proposedPartner) paragraphs.push(`${t.email.proposedPartner}: ${event.proposedPartner}`)
    if (event.message) paragraphs.push(`${t.email.message}:\n${event.message}`)
  }
  const toHtml = (paragraph: string) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`
  const closing = [t.email.signature]
  const linkText = context.link ? [`${t.email.link}: ${context.link}`] : []
  const linkHtml = context.link ? [`<p>${escapeHtml(t.email.link)}: <a href="${escapeHtml(context.link)}">${escapeHtml(context.link)}</a></p>`] : []
  return {
    subject,
    text: [...paragraphs, ...linkText, ...closing].join('\n\n'),
    html: [...paragraphs.map(toHtml), ...linkHtml, ...closing.map(toHtml)].join('\n'),
  }
}
