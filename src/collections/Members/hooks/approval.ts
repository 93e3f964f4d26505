import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { staffOf } from '@/access/roles'
import type { Member } from '@/payload-types'

import { accountMail, memberLocale, portalLink, sendAccountMail } from '../emails'

/** Who approved a member and when; cleared when the approval is withdrawn. */
export const recordApproval: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || data.approvalStatus === undefined || data.approvalStatus === originalDoc?.approvalStatus) return data
  if (data.approvalStatus === 'approved') {
    return { ...data, approvedBy: staffOf(req)?.id ?? null, approvedAt: new Date().toISOString() }
  }
  return { ...data, approvedBy: null, approvedAt: null }
}

/** Tells the member, in their language, that they now see members-only content. */
export const announceApproval: CollectionAfterChangeHook<Member> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || doc.approvalStatus !== 'approved' || previousDoc?.approvalStatus === 'approved') return doc
  const locale = memberLocale(doc)
  const name = `${doc.firstName} ${doc.lastName}`
  try {
    await sendAccountMail(req, doc.email, accountMail(locale, name, (mail) => ({ subject: mail.approvedSubject, body: mail.approvedBody }), portalLink(req.payload, locale, '/account/members-only')))
  } catch (error) {
    // The approval stands even when the mail server is down; the member sees it on the account page.
    req.payload.logger.error({ err: error, msg: `Approval e-mail to member ${doc.id} failed` })
  }
  return doc
}
