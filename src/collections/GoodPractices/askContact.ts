import type { Payload } from 'payload'

import { idOf, type Id } from '@/access/ids'
import type { MemberUser } from '@/access/roles'
import { checkQuestion, questionMail, type QuestionProblem } from '@/domain/goodPractices/question'
import { localizedPath, type Locale } from '@/domain/locale/locales'

export type AskOutcome =
  | { sent: true }
  | { sent: false; reason: 'notMember' | 'notFound' | 'noContact' | 'mailFailed' }
  | { sent: false; reason: 'invalid'; problem: QuestionProblem }

/**
 * Sends a member's question to a practice's contact person. The member must be able to read the
 * practice; the contact's address is read here, on the server, and never leaves it: the e-mail
 * goes to the contact with the member's address as Reply-To.
 */
export async function askContact(
  payload: Payload,
  { practice, member, message, locale }: { practice: Id; member: MemberUser | null; message: string; locale: Locale },
): Promise<AskOutcome> {
  if (!member || member.approvalStatus !== 'approved') return { sent: false, reason: 'notMember' }
  const { text, problem } = checkQuestion(message)
  if (problem || text === null) return { sent: false, reason: 'invalid', problem: problem ?? { problem: 'required' } }

  const readable = await payload.find({
    collection: 'good-practices',
    where: { id: { equals: practice } },
    select: { title: true, slug: true },
    limit: 1,
    depth: 0,
    locale,
    overrideAccess: false,
    user: member,
  })
  const found = readable.docs[0]
  if (!found) return { sent: false, reason: 'notFound' }
  const contact = await payload.findByID({ collection: 'good-practices', id: found.id, select: { contact: true }, depth: 0, overrideAccess: true })
  const to = contact.contact?.email
  if (!to) return { sent: false, reason: 'noContact' }

  const municipality = await payload.findByID({
    collection: 'municipalities',
    id: idOf(member.municipality) as Id,
    select: { name: true },
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  const serverURL = payload.config.serverURL || 'http://localhost:3000'
  const mail = questionMail({
    locale,
    asker: `${member.firstName} ${member.lastName}`,
    municipality: municipality?.name ?? '',
    title: found.title,
    message: text,
    url: `${serverURL}${localizedPath(locale, `/good-practices/${found.slug ?? ''}`)}`,
  })
  try {
    await payload.sendEmail({ to, replyTo: member.email, ...mail })
  } catch (error) {
    payload.logger.error({ err: error, practice: found.id }, 'could not send a question to the contact of a good practice')
    return { sent: false, reason: 'mailFailed' }
  }
  return { sent: true }
}
