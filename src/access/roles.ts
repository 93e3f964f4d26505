import type { PayloadRequest } from 'payload'

import type { Member, User } from '@/payload-types'

import { idsOf, type Id } from './ids'

export type StaffUser = User & { collection: 'users' }
export type MemberUser = Member & { collection: 'members' }

type Req = Pick<PayloadRequest, 'user'>

export const staffOf = (req: Req): StaffUser | null =>
  req.user?.collection === 'users' ? (req.user as StaffUser) : null

export const memberOf = (req: Req): MemberUser | null =>
  req.user?.collection === 'members' ? (req.user as MemberUser) : null

export const isAdminUser = (user: StaffUser | null): boolean => user?.role === 'admin'

export const isManagerUser = (user: StaffUser | null): boolean => user?.role === 'manager'

/** Associations a staff user may work for; admins are not limited and get `null`. */
export const scopedAssociations = (user: StaffUser): Id[] | null =>
  isAdminUser(user) ? null : idsOf(user.associations)

export const isApprovedMember = (req: Req): boolean => memberOf(req)?.approvalStatus === 'approved'

/**
 * Admins and association managers publish; editors (and members submitting good practices)
 * write drafts and submit them for review. Which documents a manager may publish is limited
 * by the collection's update access to their own associations.
 */
export const canPublish = (req: Req): boolean => {
  const user = staffOf(req)
  return isAdminUser(user) || isManagerUser(user)
}
