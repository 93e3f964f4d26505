import { NextResponse, type NextRequest } from 'next/server'

import { MEMBER_SESSION_COOKIE } from '@/collections/Members/sessionCookie'
import { routeLocale } from '@/domain/locale/locales'

/**
 * The admin is for staff: a member's portal session must not stand in for a staff log-in there
 * (Payload would take the member for the admin's user and show "unauthorized" instead of the
 * log-in form), so the admin never sees the member cookie.
 */
function withoutMemberSession(request: NextRequest) {
  const headers = new Headers(request.headers)
  const cookies = (request.headers.get('cookie') ?? '').split(';').filter((cookie) => !cookie.trim().startsWith(`${MEMBER_SESSION_COOKIE}=`))
  headers.set('cookie', cookies.join(';'))
  return NextResponse.next({ request: { headers } })
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return withoutMemberSession(request)
  const routing = routeLocale(pathname)
  if (routing.action === 'next') return NextResponse.next()
  const url = request.nextUrl.clone()
  url.pathname = routing.path
  return routing.action === 'redirect' ? NextResponse.redirect(url, 308) : NextResponse.rewrite(url)
}

export const config = {
  // The admin, and everything but the API, Next's assets and files with an extension.
  matcher: ['/admin', '/admin/:path*', '/((?!admin|api|_next|.*\\..*).*)'],
}
