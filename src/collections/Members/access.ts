import type { Access, FieldAccess, Where } from 'payload'

import { reviewableMunicipalities } from '@/access/reviewableMembers'
import { isAdminUser, memberOf, staffOf } from '@/access/roles'

const nothing: Where = { id: { exists: false } }

/**
 * A member sees and changes their own account. Staff see the members of municipalities that
 * belong to their associations (admins all), to approve them; personal data of other
 * associations' members stays with those associations.
 */
export const ownAccountOrReviewer: Access = async ({ req }) => {
  const member = memberOf(req)
  if (member) return { id: { equals: member.id } }
  if (!staffOf(req)) return false
  const municipalities = reviewableMunicipalities(req)
  if (municipalities === null) return true
  const ids = await municipalities
  return ids.length > 0 ? { municipality: { in: ids } } : nothing
}

/** Personal details: the member themselves (collection access limits them to their own account) and admins. */
export const selfOrAdminField: FieldAccess = ({ req }) => memberOf(req) !== null || isAdminUser(staffOf(req))
