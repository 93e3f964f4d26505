import type { CollectionBeforeChangeHook } from 'payload'

import { idOf, type Ref } from '@/access/ids'
import { memberOf } from '@/access/roles'

/**
 * A member's submission is for their own municipality, goes straight into review and is
 * reviewed by the first association their municipality is an active member of. Nothing of
 * this is taken from the request body.
 */
export const prepareMemberSubmission: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  const member = memberOf(req)
  if (!member || operation !== 'create') return data
  const municipalityId = idOf(member.municipality as Ref)
  const municipality =
    municipalityId === undefined
      ? null
      : await req.payload.findByID({ collection: 'municipalities', id: municipalityId, depth: 0, select: { memberships: true }, disableErrors: true, req })
  const reviewing = municipality?.memberships?.find((membership) => membership.status === 'active')?.association
  return {
    ...data,
    municipality: municipalityId,
    submittedBy: member.id,
    association: idOf(reviewing as Ref) ?? null,
    reviewStatus: 'in-review',
    _status: 'draft',
  }
}
