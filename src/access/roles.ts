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
