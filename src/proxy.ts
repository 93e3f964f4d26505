import { NextResponse, type NextRequest } from 'next/server'
import { pino } from 'pino'

import { MEMBER_SESSION_COOKIE } from '@/collections/Members/sessionCookie'
import { loggerConfig } from '@/config/logger'
import { routeLocale } from '@/domain/locale/locales'
import { loggablePath } from '@/domain/observability/redact'
import { REQUEST_ID_HEADER, requestIdFor } from '@/domain/observability/requestId'

/** One JSON line per request in production (see src/config/logger.ts); nothing in development. */
const loggerOptions = loggerConfig()
const accessLog = loggerOptions ? pino(loggerOptions.options) : undefined

/** The path and query the visitor asked for, before the locale rewrite; the layout links the other languages to it. */
export const PUBLIC_PATH_HEADER = 'x-municipia-path'

/**
 * The headers the request goes on with: its id (so Payload's hooks log it, see
 * src/hooks/logFailedRequest.ts), and for the admin without the member cookie — a member's
 * portal session must not stand in for a staff log-in there (Payload would take the member for
 * the admin's user and show "unauthorized" instead of the log-in form).
 */
function forwardedHeaders(request: NextRequest, requestId: string, isAdmin: boolean): Headers {
  const headers = new Headers(request.headers)
  headers.set(REQUEST_ID_HEADER, requestId)
  if (isAdmin) {
    const cookies = (request.headers.get('cookie') ?? '').split(';').filter((cookie) => !cookie.trim().startsWith(`${MEMBER_SESSION_COOKIE}=`))
    headers.set('cookie', cookies.join(';'))
  }
  return headers
}

function route(request: NextRequest, headers: Headers): NextResponse {
  const { pathname } = request.nextUrl
  if (pathname === '/admin' || pathname.startsWith('/admin/') || pathname.startsWith('/api/')) return NextResponse.next({ request: { headers } })
  const routing = routeLocale(pathname)
  // One leading slash only, so a request for "//host/x" cannot turn the language links into links to another site.
  headers.set(PUBLIC_PATH_HEADER, `/${pathname.replace(/^\/+/, '')}${request.nextUrl.search}`)
  if (routing.action === 'next') return NextResponse.next({ request: { headers } })
  const url = request.nextUrl.clone()
  url.pathname = routing.path
  return routing.action === 'redirect' ? NextResponse.redirect(url, 308) : NextResponse.rewrite(url, { request: { headers } })
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  const requestId = requestIdFor(request.headers.get(REQUEST_ID_HEADER), () => crypto.randomUUID())
  const isAdmin = pathname === '/admin' || pathname.startsWith('/admin/')
  const response = route(request, forwardedHeaders(request, requestId, isAdmin))
  response.headers.set(REQUEST_ID_HEADER, requestId)
  accessLog?.info({ requestId, method: request.method, path: loggablePath(pathname) }, 'request')
  return response
}

export const config = {
  // The admin, the API, and everything but Next's assets; routeLocale passes static files
  // through and localizes feeds and calendars.
  matcher: ['/admin', '/admin/:path*', '/api/:path*', '/((?!admin|api|_next).*)'],
}
