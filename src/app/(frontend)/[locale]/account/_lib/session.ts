import { cookies, headers } from 'next/headers'

import type { MemberUser } from '@/access/roles'
import { memberCookieOptions } from '@/collections/Members/session'
import { MEMBER_SESSION_COOKIE } from '@/collections/Members/sessionCookie'
import { payloadClient } from '@/lib/payload'

/**
 * The member logged in to the portal in this request, or null. Authenticates by the member
 * cookie alone, so a staff session of the same browser (the admin's cookie) does not count here.
 */
export async function currentMember(): Promise<MemberUser | null> {
  const token = (await cookies()).get(MEMBER_SESSION_COOKIE)?.value
  if (!token) return null
  const payload = await payloadClient()
  // A page render is a same-origin request; Payload's CSRF check of cookie sessions wants to know.
  const { user } = await payload.auth({ headers: new Headers({ Cookie: `${MEMBER_SESSION_COOKIE}=${token}`, 'Sec-Fetch-Site': 'same-origin' }) })
  return user?.collection === 'members' ? (user as MemberUser) : null
}

export async function startMemberSession(token: string, expiresAtSeconds: number | undefined): Promise<void> {
  const expires = new Date((expiresAtSeconds ?? Date.now() / 1000 + 3600) * 1000)
  ;(await cookies()).set(MEMBER_SESSION_COOKIE, token, memberCookieOptions(expires))
}

export async function endMemberSession(): Promise<void> {
  ;(await cookies()).delete(MEMBER_SESSION_COOKIE)
}

/** The incoming request's headers for Local API calls, so rate limits see the client's address. */
export async function requestHeaders(): Promise<Headers> {
  return new Headers(await headers())
}
