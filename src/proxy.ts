import { NextResponse, type NextRequest } from 'next/server'

import { routeLocale } from '@/domain/locale/locales'

export function proxy(request: NextRequest) {
  const routing = routeLocale(request.nextUrl.pathname)
  if (routing.action === 'next') return NextResponse.next()
  const url = request.nextUrl.clone()
  url.pathname = routing.path
  return routing.action === 'redirect' ? NextResponse.redirect(url, 308) : NextResponse.rewrite(url)
}

export const config = {
  // Everything but the admin, the API, Next's assets and files with an extension.
  matcher: ['/((?!admin|api|_next|.*\\..*).*)'],
}
