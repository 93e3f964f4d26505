import type { Access, FieldAccess, Where } from 'payload'

import { idsOf } from '@/access/ids'
import { isAdminUser, isManagerUser, staffOf } from '@/access/roles'

/**
 * Admins manage every staff account. A manager manages the editors of their associations (and
 * sees the managers there); everyone may read and change their own account.
 */
const ownOrManagedAccounts =
  (managedRoles: string[]): Access =>
  ({ req }) => {
    const user = staffOf(req)
    if (!user) return false
    if (isAdminUser(user)) return true
    const self: Where = { id: { equals: user.id } }
    if (!isManagerUser(user)) return self
    const managed: Where = { and: [{ role: { in: managedRoles } }, { associations: { in: idsOf(user.associations) } }] }
    return { or: [self, managed] }
  }

export const readStaff = ownOrManagedAccounts(['editor', 'manager'])
export const updateStaff = ownOrManagedAccounts(['editor'])

export const createStaff: Access = ({ req }) => {
  const user = staffOf(req)
  return isAdminUser(user) || isManagerUser(user)
}

export const deleteStaff: Access = ({ req }) => {
  const user = staffOf(req)
  if (isAdminUser(user)) return true
  if (!user || !isManagerUser(user)) return false
  const editors: Where[] = [{ role: { equals: 'editor' } }, { associations: { in: idsOf(user.associations) } }, { id: { not_equals: user.id } }]
  return { and: editors }
}

/** Managers may set the associations of the editors they manage (`validateManagedAssociations` limits which). */
export const adminOrManagerField: FieldAccess = ({ req }) => {
  const user = staffOf(req)
  return isAdminUser(user) || isManagerUser(user)
}
