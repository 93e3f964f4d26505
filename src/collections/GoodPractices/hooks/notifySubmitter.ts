import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '@/access/ids'
import { submitterMail } from '@/domain/goodPractices/notices'
import { submitterNotice } from '@/domain/goodPractices/workflow'
import { isLocale, localizedPath } from '@/domain/locale/locales'
import type { GoodPractice } from '@/payload-types'

import { keepRequestLocale } from './keepRequestLocale'

/**
 * Tells the submitting member by e-mail when their practice is returned for changes (with the
 * editors' note) or published. A mail server outage is logged and does not undo the review.
 */
export const notifySubmitter: CollectionAfterChangeHook<GoodPractice> = async ({ doc, previousDoc, req }) => {
  const notice = submitterNotice(previousDoc?.workflowStatus, doc.workflowStatus)
  const memberId = idOf(doc.submittedBy)
  if (!notice || memberId === undefined) return doc
  const member = await req.payload.findByID({
    collection: 'members',
    id: memberId,
    select: { email: true, firstName: true, preferredLanguage: true },
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!member) return doc
  const locale = isLocale(member.preferredLanguage) ? member.preferredLanguage : 'cs'
  const practice = await keepRequestLocale(req, () =>
    req.payload.findByID({ collection: 'good-practices', id: doc.id, select: { title: true }, locale, draft: true, overrideAccess: true, req }),
  )
  const serverURL = req.payload.config.serverURL || 'http://localhost:3000'
  const path = notice === 'published' ? `/good-practices/${doc.slug ?? ''}` : `/account/good-practices/${String(doc.id)}`
  const mail = submitterMail({
    locale,
    notice,
    name: member.firstName,
    title: practice.title,
    note: doc.reviewNote ?? null,
    url: `${serverURL}${localizedPath(locale, path)}`,
  })
  try {
    await req.payload.sendEmail({ to: member.email, ...mail })
  } catch (error) {
    req.payload.logger.error({ err: error, practice: doc.id }, 'could not e-mail the submitter about the review of their good practice')
  }
  return doc
}
