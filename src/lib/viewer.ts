import { headers } from 'next/headers'
import type { Payload } from 'payload'

import type { MemberUser, StaffUser } from '@/access/roles'

export type Viewer = MemberUser | StaffUser | null

/** Who is looking at a page: a logged-in member or staff user (from the session cookie), or nobody. */
export async function currentViewer(payload: Payload): Promise<Viewer> {
  const { user } = await payload.auth({ headers: await headers() })
  return (user as Viewer) ?? null
}

export const isApprovedMemberViewer = (viewer: Viewer): viewer is MemberUser =>
  viewer?.collection === 'members' && viewer.approvalStatus === 'approved'

export const isStaffViewer = (viewer: Viewer): viewer is StaffUser => viewer?.collection === 'users'
