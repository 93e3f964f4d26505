import { cookies, headers } from 'next/headers'

import { memberCookieOptions } from '@/collections/Members/session'
import { MEMBER_SESSION_COOKIE } from '@/collections/Members/sessionCookie'

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
