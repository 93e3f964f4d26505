import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'
type Handler = (request: Request, args: { params: Promise<{ slug?: string[] }> }) => Promise<Response>

export interface RestOptions {
  /** A JWT from /api/<collection>/login. */
  token?: string
  /** JSON-encoded unless it is already a string or FormData. */
  body?: unknown
  headers?: Record<string, string>
}

/**
 * Calls Payload's REST and GraphQL route handlers with Web `Request`s, exactly as Next calls
 * them, so custom endpoints run with the same authentication and access as in production.
 */
export function restClient(payload: Payload) {
  const serverURL = payload.config.serverURL || 'http://localhost:3000'
  const handlers: Record<Method, Handler> = {
    GET: REST_GET(payload.config),
    POST: REST_POST(payload.config),
    PATCH: REST_PATCH(payload.config),
    DELETE: REST_DELETE(payload.config),
  }
  const graphqlHandler = GRAPHQL_POST(payload.config)

  const headersFor = ({ token, body, headers = {} }: RestOptions): Headers => {
    const result = new Headers(headers)
    if (token) result.set('Authorization', `JWT ${token}`)
    if (body !== undefined && typeof body !== 'string' && !(body instanceof FormData) && !result.has('Content-Type')) {
      result.set('Content-Type', 'application/json')
    }
    return result
  }

  const request = (method: Method, path: string, options: RestOptions = {}): Promise<Response> => {
    const [pathname = ''] = path.split('?')
    const { body } = options
    const payloadBody = body === undefined ? undefined : typeof body === 'string' || body instanceof FormData ? body : JSON.stringify(body)
    const webRequest = new Request(`${serverURL}/api/${path}`, { method, headers: headersFor(options), body: payloadBody })
    return handlers[method](webRequest, { params: Promise.resolve({ slug: pathname.split('/') }) })
  }

  return {
    request,
    async login(collection: 'users' | 'members', email: string, password: string): Promise<string> {
      const response = await request('POST', `${collection}/login`, { body: { email, password } })
      const body = (await response.json()) as { token?: string }
      if (response.status !== 200 || !body.token) throw new Error(`Log-in of ${email} failed with ${response.status}`)
      return body.token
    },
    async graphql(query: string, options: Omit<RestOptions, 'body'> & { variables?: Record<string, unknown> } = {}) {
      const webRequest = new Request(`${serverURL}/api/graphql`, {
        method: 'POST',
        headers: headersFor({ ...options, body: {} }),
        body: JSON.stringify({ query, variables: options.variables }),
      })
      return (await (await graphqlHandler(webRequest)).json()) as { data?: Record<string, unknown> | null; errors?: { message: string }[] }
    },
  }
}
