import { NextResponse, type NextRequest } from 'next/server'

import { routeLocale } from '@/domain/locale/locales'

/** The path and query the visitor asked for, before the locale rewrite; the layout links the other languages to it. */
export const PUBLIC_PATH_HEADER = 'x-municipia-path'

export function proxy(request: NextRequest) {
  const routing = routeLocale(request.nextUrl.pathname)
  if (routing.action === 'redirect') {
    const url = request.nextUrl.clone()
    url.pathname = routing.path
    return NextResponse.redirect(url, 308)
  }
  const headers = new Headers(request.headers)
  // One leading slash only, so a request for "//host/x" cannot turn the language links into links to another site.
  headers.set(PUBLIC_PATH_HEADER, `/${request.nextUrl.pathname.replace(/^\/+/, '')}${request.nextUrl.search}`)
  if (routing.action === 'next') return NextResponse.next({ request: { headers } })
  const url = request.nextUrl.clone()
  url.pathname = routing.path
  return NextResponse.rewrite(url, { request: { headers } })
}

export const config = {
  // Everything but the admin, the API and Next's assets; routeLocale passes static files through.
  matcher: ['/((?!admin|api|_next).*)'],
}
