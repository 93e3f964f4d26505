import { JWTAuthentication, type AuthStrategy } from 'payload'
import { parseCookies } from 'payload/shared'

import { secureCookies } from '@/domain/security/crossSite'

import { MEMBER_SESSION_COOKIE } from './sessionCookie'

/** HTTP-only, `Secure` in production (unless INSECURE_COOKIES for a local demo without TLS). */
export const memberCookieOptions = (expires: Date) => ({
  httpOnly: true,
  secure: secureCookies(process.env),
  sameSite: 'lax' as const,
  path: '/',
  expires,
})

/**
 * Authenticates a request by the member cookie, through Payload's own JWT verification (same
 * signature, session and CSRF checks as `payload-token`). A staff session or an explicit token
 * in the same request wins, so the admin keeps working.
 */
export const memberSessionStrategy: AuthStrategy = {
  name: 'member-session',
  authenticate: async (args) => {
    const cookies = parseCookies(args.headers)
    const token = cookies.get(MEMBER_SESSION_COOKIE)
    const staffCookie = `${args.payload.config.cookiePrefix}-token`
    if (!token || cookies.has(staffCookie) || args.headers.get('Authorization')) return { user: null }

    const headers = new Headers({ Cookie: `${staffCookie}=${token}`, DisableAutologin: 'true' })
    for (const name of ['Origin', 'Sec-Fetch-Site']) {
      const value = args.headers.get(name)
      if (value) headers.set(name, value)
    }
    const result = await JWTAuthentication({ ...args, headers })
    return result.user?.collection === 'members' ? result : { user: null }
  },
}
