import { headers } from 'next/headers'
import type { Payload } from 'payload'

import type { MemberUser, StaffUser } from '@/access/roles'

import { currentMember } from './currentUser'

export type Viewer = MemberUser | StaffUser | null

/**
 * Who is looking at a page: a staff user logged in to the admin (`payload-token`), else a member
 * logged in on the portal (their own session cookie, see currentMember), else nobody. Staff win,
 * as on the API.
 */
export async function currentViewer(payload: Payload): Promise<Viewer> {
  const { user } = await payload.auth({ headers: await headers() })
  if (user?.collection === 'users') return user as StaffUser
  return currentMember()
}

export const isApprovedMemberViewer = (viewer: Viewer): viewer is MemberUser =>
  viewer?.collection === 'members' && viewer.approvalStatus === 'approved'

export const isStaffViewer = (viewer: Viewer): viewer is StaffUser => viewer?.collection === 'users'
