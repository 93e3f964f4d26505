import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'

/**
 * REST and GraphQL through Payload's own Next route handlers, called with Web `Request`s exactly
 * as Next calls them (the way Payload's test/helpers/NextRESTClient.ts does).
 */
export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'
export type RestResult = { status: number; headers: Headers; body: Record<string, unknown>; bytes: Uint8Array }
export type GraphQLResult = {
  data?: Record<string, unknown> | null
  errors?: { message: string; extensions?: { statusCode?: number; data?: { errors?: { path: string; message: string }[] } } }[]
}
export type Caller = { token?: string; language?: 'cs' | 'en' }

type Handler = (request: Request, args: { params: Promise<{ slug?: string[] }> }) => Promise<Response>

export function apiClient(payload: Payload) {
  const serverURL = payload.config.serverURL || 'http://localhost:3000'
  const handlers: Record<Method, Handler> = {
    GET: REST_GET(payload.config),
    POST: REST_POST(payload.config),
    PATCH: REST_PATCH(payload.config),
    DELETE: REST_DELETE(payload.config),
  }
  const graphqlHandler = GRAPHQL_POST(payload.config)
  const headersOf = ({ token, language }: Caller, json = true): Headers => {
    const headers = new Headers(json ? { 'Content-Type': 'application/json' } : {})
    if (token) headers.set('Authorization', `JWT ${token}`)
    if (language) headers.set('Accept-Language', language)
    return headers
  }

  async function rest(caller: Caller, method: Method, path: string, body?: unknown): Promise<RestResult> {
    const [pathname = ''] = path.split('?')
    const isForm = body instanceof FormData
    const request = new Request(`${serverURL}/api/${path}`, {
      method,
      headers: headersOf(caller, !isForm),
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    })
    const response = await handlers[method](request, { params: Promise.resolve({ slug: pathname.split('/') }) })
    const bytes = new Uint8Array(await response.arrayBuffer())
    const text = new TextDecoder().decode(bytes)
    const json = response.headers.get('content-type')?.includes('json')
    return { status: response.status, headers: response.headers, body: json && text ? JSON.parse(text) : { text }, bytes }
  }

  async function graphql(caller: Caller, query: string, variables?: Record<string, unknown>): Promise<GraphQLResult> {
    const request = new Request(`${serverURL}/api/graphql`, { method: 'POST', headers: headersOf(caller), body: JSON.stringify({ query, variables }) })
    return (await (await graphqlHandler(request)).json()) as GraphQLResult
  }

  async function login(collection: 'users' | 'members', email: string, password: string): Promise<string> {
    const { status, body } = await rest({}, 'POST', `${collection}/login`, { email, password })
    if (status !== 200) throw new Error(`Log-in of ${email} failed: ${status} ${JSON.stringify(body)}`)
    return String(body.token)
  }

  return { rest, graphql, login }
}

/** Field paths and messages of a refused REST write (Payload's ValidationError body). */
export const fieldErrors = (body: Record<string, unknown>): { path: string; message: string }[] =>
  ((body.errors as { data?: { errors?: { path: string; message: string }[] } }[] | undefined) ?? []).flatMap((error) => error.data?.errors ?? [])

/** An id as a GraphQL literal: `5` on SQLite, `"65f…"` on MongoDB. */
export const literal = (id: number | string): string => JSON.stringify(id)
