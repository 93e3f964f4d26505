import { createHash, randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { requiredEmail, type FieldProblem } from '@/domain/accounts/formProblems'
import type { Member } from '@/payload-types'

import { accountMail, memberLocale, portalLink, sendAccountMail } from './emails'

const VALID_FOR_MS = 24 * 60 * 60 * 1000

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex')

const nameOf = (member: Member) => `${member.firstName} ${member.lastName}`

/**
 * Starts changing a member's e-mail: the new address gets a link, and the account keeps its old
 * address until the link is used, so a typo or someone else's address cannot lock the member
 * out. The caller has already checked the member's current password.
 */
export async function requestEmailChange(payload: Payload, member: Member, newEmailInput: string): Promise<FieldProblem | 'same' | 'sent'> {
  const problem = requiredEmail(newEmailInput)
  if (problem) return problem
  const newEmail = newEmailInput.trim().toLowerCase()
  if (newEmail === member.email.toLowerCase()) return 'same'

  const locale = memberLocale(member)
  const taken = await payload.count({ collection: 'members', where: { email: { equals: newEmail } }, overrideAccess: true })
  if (taken.totalDocs > 0) {
    // Same answer as for a free address; whoever owns it learns that someone tried.
    await sendAccountMail({ payload }, newEmail, accountMail(locale, nameOf(member), (mail) => ({ subject: mail.emailTakenSubject, body: mail.emailTakenBody })))
    return 'sent'
  }

  const token = randomBytes(32).toString('hex')
  await payload.update({
    collection: 'members',
    id: member.id,
    data: { pendingEmail: newEmail, emailChangeTokenHash: hashOf(token), emailChangeExpiresAt: new Date(Date.now() + VALID_FOR_MS).toISOString() },
    overrideAccess: true,
  })
  const link = portalLink(payload, locale, '/account/confirm-email', token)
  await sendAccountMail({ payload }, newEmail, accountMail(locale, nameOf(member), (mail) => ({ subject: mail.emailChangeSubject, body: mail.emailChangeBody }), link))
  return 'sent'
}

/** Completes the change from the link in the new mailbox; the old address is told about it. */
export async function confirmEmailChange(payload: Payload, token: string): Promise<'changed' | 'invalid'> {
  if (!/^[0-9a-f]{64}$/.test(token)) return 'invalid'
  const { docs } = await payload.find({
    collection: 'members',
    where: { and: [{ emailChangeTokenHash: { equals: hashOf(token) } }, { emailChangeExpiresAt: { greater_than: new Date().toISOString() } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
  const member = docs[0]
  const newEmail = member?.pendingEmail
  if (!member || !newEmail) return 'invalid'
  const cleared = { pendingEmail: null, emailChangeTokenHash: null, emailChangeExpiresAt: null }
  const taken = await payload.count({ collection: 'members', where: { email: { equals: newEmail } }, overrideAccess: true })
  if (taken.totalDocs > 0) {
    await payload.update({ collection: 'members', id: member.id, data: cleared, overrideAccess: true })
    return 'invalid'
  }
  await payload.update({ collection: 'members', id: member.id, data: { ...cleared, email: newEmail, _verified: true }, overrideAccess: true })
  const locale = memberLocale(member)
  await sendAccountMail(
    { payload },
    member.email,
    accountMail(locale, nameOf(member), (mail) => ({ subject: mail.emailChangedSubject, body: mail.emailChangedBody(newEmail) })),
  )
  return 'changed'
}
