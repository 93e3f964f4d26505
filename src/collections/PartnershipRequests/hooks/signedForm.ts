import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { idOf, sameId, type Ref } from '@/access/ids'
import { memberOf } from '@/access/roles'
import { docId } from '@/lib/docId'
import type { PartnershipRequest } from '@/payload-types'

/**
 * An applicant may attach only a file they uploaded themselves that no application has claimed
 * yet, so nobody can hand another applicant's signed form to their own office.
 */
export async function isOwnUnclaimedAttachment(req: PayloadRequest, attachment: Ref): Promise<boolean> {
  const id = idOf(attachment)
  if (id === undefined) return true
  const file = await req.payload
    .findByID({ collection: 'partnership-attachments', id, depth: 0, req, overrideAccess: true, disableErrors: true })
    .catch(() => null)
  if (!file || file.association) return false
  const member = memberOf(req)
  return member ? sameId(file.uploadedBy, member.id) : !file.uploadedBy
}

/** Once submitted, the signed form becomes readable by the office handling the application. */
export const shareSignedFormWithOffice: CollectionAfterChangeHook<PartnershipRequest> = async ({ doc, req }) => {
  const attachment = docId(doc.signedForm)
  const association = docId(doc.association)
  if (attachment === undefined || association === undefined || doc.status === 'draft') return doc
  await req.payload.update({ collection: 'partnership-attachments', id: attachment, data: { association }, req, overrideAccess: true, depth: 0 })
  return doc
}
