import type { Endpoint, PayloadHandler } from 'payload'

import { crossSiteMessage, isCrossSiteRequest } from '@/domain/security/crossSite'

/**
 * Wraps the handler of a custom endpoint that changes state so that a form on another site
 * cannot post to it (CSRF): the origins allowed are Payload's own `csrf` list, which holds the
 * server URL. Payload's CSRF check only drops the session cookie of such a request; these
 * endpoints also act for anonymous visitors, so they refuse the request outright.
 */
export function sameSiteOnly(endpoint: Endpoint): Endpoint {
  const handler: PayloadHandler = async (req) => {
    if (isCrossSiteRequest(req.headers, req.payload.config.csrf)) {
      return Response.json({ errors: [{ message: crossSiteMessage(req.i18n?.language ?? 'cs') }] }, { status: 403 })
    }
    return endpoint.handler(req)
  }
  return { ...endpoint, handler }
}
