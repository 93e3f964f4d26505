import { cookies } from 'next/headers'

import type { MemberUser } from '@/access/roles'
import { MEMBER_SESSION_COOKIE } from '@/collections/Members/sessionCookie'

import { payloadClient } from './payload'

/**
 * The member logged in on the public site, or null. Authenticates by the member's own session
 * cookie alone (see src/collections/Members/session.ts), so a staff session of the same browser
 * neither hides the member nor passes for one.
 */
export async function currentMember(): Promise<MemberUser | null> {
  const token = (await cookies()).get(MEMBER_SESSION_COOKIE)?.value
  if (!token) return null
  const payload = await payloadClient()
  // A page render is a same-origin request; Payload's CSRF check of cookie sessions wants to know.
  const { user } = await payload.auth({ headers: new Headers({ Cookie: `${MEMBER_SESSION_COOKIE}=${token}`, 'Sec-Fetch-Site': 'same-origin' }) })
  return user?.collection === 'members' ? (user as MemberUser) : null
}
