import type { Access } from 'payload'

import { idsOf } from '@/access/ids'
import { isAdminUser, isManagerUser, staffOf } from '@/access/roles'

/**
 * Memberships are kept by admins and by the managers of the association the membership is in:
 * a manager of the Plzeň association may not touch a municipality's membership in the union.
 * (Beside the collection rather than in src/access, which the member-portal work owns.)
 */
export const managerOfMembershipAssociation: Access = ({ req }) => {
  const user = staffOf(req)
  if (isAdminUser(user)) return true
  if (user && isManagerUser(user)) return { association: { in: idsOf(user.associations) } }
  return false
}
