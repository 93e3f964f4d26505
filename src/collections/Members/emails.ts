import type { Payload, PayloadRequest } from 'payload'

import { isLocale, localizedPath, type Locale } from '@/domain/locale/locales'
import { accountMessagesFor, type AccountMessages } from '@/i18n/accountMessages'
import type { Member } from '@/payload-types'

/** The language a member reads e-mails in. */
export const memberLocale = (member: Pick<Member, 'preferredLanguage'> | null | undefined): Locale =>
  member?.preferredLanguage && isLocale(member.preferredLanguage) ? member.preferredLanguage : 'cs'

/** An absolute link to a page of the member portal in the member's language. */
export function portalLink(payload: Payload, locale: Locale, path: string, token?: string): string {
  const base = payload.config.serverURL || 'http://localhost:3000'
  return `${base}${localizedPath(locale, path)}${token ? `?token=${encodeURIComponent(token)}` : ''}`
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] ?? character)

type Mail = { subject: string; html: string; text: string }

/** A short plain e-mail: greeting, a paragraph, an optional link and a closing paragraph. */
export function accountMail(locale: Locale, name: string, pick: (mail: AccountMessages['mail']) => { subject: string; body: string; after?: string }, link?: string): Mail {
  const mail = accountMessagesFor(locale).mail
  const { subject, body, after } = pick(mail)
  const paragraphs = [mail.greeting(name), body]
  const html = [
    ...paragraphs.map((paragraph) => `<p>${escape(paragraph)}</p>`),
    link ? `<p><a href="${escape(link)}">${escape(link)}</a></p>` : '',
    after ? `<p>${escape(after)}</p>` : '',
    `<p>${escape(mail.signature)}</p>`,
  ].join('\n')
  const text = [...paragraphs, link ?? '', after ?? '', mail.signature].filter(Boolean).join('\n\n')
  return { subject, html, text }
}

export async function sendAccountMail(req: Pick<PayloadRequest, 'payload'>, to: string, mail: Mail): Promise<void> {
  await req.payload.sendEmail({ to, subject: mail.subject, html: mail.html, text: mail.text })
}

const fullName = (member: Partial<Member> | undefined) => [member?.firstName, member?.lastName].filter(Boolean).join(' ')

/** Payload sends these when a member signs up (verify) and asks for a new password (forgotPassword). */
export const verificationMail = {
  subject: ({ user }: { user: Member }) => accountMessagesFor(memberLocale(user)).mail.verifySubject,
  html: ({ req, token, user }: { req: PayloadRequest; token: string; user: Member }) => {
    const locale = memberLocale(user)
    return accountMail(locale, fullName(user), (mail) => ({ subject: mail.verifySubject, body: mail.verifyBody, after: mail.verifyAfter }), portalLink(req.payload, locale, '/account/verify', token)).html
  },
}

export const passwordResetMail = {
  subject: (args?: { user?: Member }) => accountMessagesFor(memberLocale(args?.user)).mail.resetSubject,
  html: (args?: { req?: PayloadRequest; token?: string; user?: Member }) => {
    const locale = memberLocale(args?.user)
    const link = args?.req && args.token ? portalLink(args.req.payload, locale, '/account/reset-password', args.token) : undefined
    return accountMail(locale, fullName(args?.user), (mail) => ({ subject: mail.resetSubject, body: mail.resetBody, after: mail.resetAfter }), link).html
  },
}
