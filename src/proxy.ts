import { NextResponse, type NextRequest } from 'next/server'

import { MEMBER_SESSION_COOKIE } from '@/collections/Members/sessionCookie'
import { routeLocale } from '@/domain/locale/locales'

/** The path and query the visitor asked for, before the locale rewrite; the layout links the other languages to it. */
export const PUBLIC_PATH_HEADER = 'x-municipia-path'

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
  if (routing.action === 'redirect') {
    const url = request.nextUrl.clone()
    url.pathname = routing.path
    return NextResponse.redirect(url, 308)
  }
  const headers = new Headers(request.headers)
  // One leading slash only, so a request for "//host/x" cannot turn the language links into links to another site.
  headers.set(PUBLIC_PATH_HEADER, `/${pathname.replace(/^\/+/, '')}${request.nextUrl.search}`)
  if (routing.action === 'next') return NextResponse.next({ request: { headers } })
  const url = request.nextUrl.clone()
  url.pathname = routing.path
  return NextResponse.rewrite(url, { request: { headers } })
}

export const config = {
  // The admin (to hide the member cookie), and everything but the API and Next's assets;
  // routeLocale passes static files through and localizes feeds and calendars.
  matcher: ['/admin', '/admin/:path*', '/((?!admin|api|_next).*)'],
}
