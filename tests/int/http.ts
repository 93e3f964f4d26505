import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'

/**
 * Payload's own Next route handlers called with Web `Request`s, exactly as Next calls them (as
 * Payload's test/helpers/NextRESTClient.ts does): REST and GraphQL without a running server.
 */
export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'
type Handler = (request: Request, args: { params: Promise<{ slug?: string[] }> }) => Promise<Response>

export type HttpResult = { status: number; headers: Headers; body: Record<string, unknown>; text: string }
export type GraphQLError = { message: string; extensions?: { statusCode?: number; name?: string; data?: { errors?: { path: string; message: string }[] } } }
export type GraphQLResult = { data?: Record<string, unknown> | null; errors?: GraphQLError[] }

export type Http = {
  serverURL: string
  rest: (method: Method, path: string, options?: { body?: unknown; form?: FormData; headers?: HeadersInit }) => Promise<HttpResult>
  graphql: (query: string, options?: { variables?: Record<string, unknown>; headers?: HeadersInit }) => Promise<GraphQLResult>
}

export function httpFor(payload: Payload): Http {
  const serverURL = payload.config.serverURL || 'http://localhost:3000'
  const handlers: Record<Method, Handler> = {
    GET: REST_GET(payload.config),
    POST: REST_POST(payload.config),
    PATCH: REST_PATCH(payload.config),
    DELETE: REST_DELETE(payload.config),
  }
  const graphqlHandler = GRAPHQL_POST(payload.config)

  return {
    serverURL,
    async rest(method, path, { body, form, headers } = {}) {
      const [pathname = ''] = path.split('?')
      const requestHeaders = new Headers(headers)
      if (body !== undefined) requestHeaders.set('Content-Type', 'application/json')
      const request = new Request(`${serverURL}/api/${path}`, {
        method,
        headers: requestHeaders,
        body: form ?? (body === undefined ? undefined : JSON.stringify(body)),
      })
      const response = await handlers[method](request, { params: Promise.resolve({ slug: pathname.split('/') }) })
      const text = await response.text()
      const json = response.headers.get('content-type')?.includes('json') && text ? (JSON.parse(text) as Record<string, unknown>) : {}
      return { status: response.status, headers: response.headers, body: json, text }
    },
    async graphql(query, { variables, headers } = {}) {
      const requestHeaders = new Headers(headers)
      requestHeaders.set('Content-Type', 'application/json')
      const request = new Request(`${serverURL}/api/graphql`, { method: 'POST', headers: requestHeaders, body: JSON.stringify({ query, variables }) })
      return (await (await graphqlHandler(request)).json()) as GraphQLResult
    },
  }
}

/** `Authorization: JWT …` for a session token, nothing for anonymous. */
export const bearer = (token: string | undefined): HeadersInit => (token ? { Authorization: `JWT ${token}` } : {})
