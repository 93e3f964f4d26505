import { cookies, draftMode, headers } from 'next/headers'
import type { TypedUser } from 'payload'
import { cache } from 'react'

import { memberOf, type MemberUser } from '@/access/roles'
import { currentMember } from '@/lib/currentUser'
import { payloadClient } from '@/lib/payload'

/**
 * Who is looking at a page. Anonymous visitors (almost everyone) get cached data; a signed-in
 * member or editor gets data read with their own access, and an editor in preview gets drafts.
 */
export type Viewer = { user: null; draft: false } | { user: TypedUser; draft: boolean }

export const ANONYMOUS: Viewer = { user: null, draft: false }

/** Payload's session cookie (cookiePrefix "payload"): the staff's. Members have their own, see currentMember. */
export const SESSION_COOKIE = 'payload-token'

/** The staff account of the admin session in this browser, if any. */
async function currentStaff(): Promise<TypedUser | null> {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user?.collection === 'users' ? user : null
}

/**
 * The one answer to "who is the visitor" for public pages: an editor's admin session wins (it
 * alone may preview drafts), else the member of the portal session, else nobody.
 */
export const currentViewer = cache(async (): Promise<Viewer> => {
  const [jar, preview] = await Promise.all([cookies(), draftMode()])
  const staff = jar.has(SESSION_COOKIE) ? await currentStaff() : null
  if (staff) return { user: staff, draft: preview.isEnabled }
  const member = await currentMember()
  return member ? { user: member, draft: false } : ANONYMOUS
})

/** Staff see exports and previews the public does not. */
export const isStaffViewer = (viewer: Viewer): boolean => viewer.user?.collection === 'users'

/** The viewer as a member whose account an editor approved, or null. */
export const approvedMemberOf = (viewer: Viewer): MemberUser | null => {
  const member = memberOf({ user: viewer.user })
  return member?.approvalStatus === 'approved' ? member : null
}
