/**
 * Whether a state-changing request comes from another site's page: a form on evil.example
 * posting to our endpoints with the visitor's cookies. Browsers send `Origin` with every POST and
 * `Sec-Fetch-Site` with every request; a program (curl, an integration) sends neither and is not
 * refused, since it cannot carry a visitor's cookies.
 */
export type HeaderReader = { get(name: string): string | null }

export function isCrossSiteRequest(headers: HeaderReader, allowedOrigins: readonly string[]): boolean {
  const origin = headers.get('origin')
  // Privacy-sensitive contexts (sandboxed frames, file: pages) send the literal "null".
  if (origin) return !allowedOrigins.some((allowed) => sameOrigin(allowed, origin))
  return headers.get('sec-fetch-site') === 'cross-site'
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin
  } catch {
    return false
  }
}

export const crossSiteMessage = (language: string): string =>
  language === 'cs'
    ? 'Požadavek z cizího webu byl odmítnut. Odešlete formulář přímo z portálu.'
    : 'A request from another website was refused. Submit the form on the portal itself.'

/** `Secure` cookies in production, unless a local demo without TLS opts out with INSECURE_COOKIES=true. */
export const secureCookies = (env: { NODE_ENV?: string; INSECURE_COOKIES?: string }): boolean =>
  env.NODE_ENV === 'production' && env.INSECURE_COOKIES !== 'true'
