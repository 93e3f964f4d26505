import { GRAPHQL_POST, REST_GET } from '@payloadcms/next/routes'
import fc from 'fast-check'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Id } from '@/access/ids'
import { GRAPHQL_MAX_COMPLEXITY, MAX_ANONYMOUS_DEPTH, MAX_ANONYMOUS_LIMIT } from '@/domain/queryLimits/clampQuery'

import { createAssociation, createStaffUser, ref, validData } from './fixtures'
import { getTestPayload } from './harness'

/**
 * What an anonymous visitor may ask of the REST and GraphQL APIs: at most
 * MAX_ANONYMOUS_LIMIT documents and MAX_ANONYMOUS_DEPTH levels of relations per request, a
 * bounded GraphQL query complexity, and for odd `where`, `sort`, `limit`, `depth` … values a 2xx
 * or a clear 4xx, never a 5xx or a stack trace. Requests go through Payload's own route handlers.
 */

let payload: Payload
let serverURL: string
let getHandler: (request: Request, args: { params: Promise<{ slug?: string[] }> }) => Promise<Response>
let graphqlHandler: (request: Request) => Promise<Response>
let adminToken: string
let newsId: Id

const MUNICIPALITIES = MAX_ANONYMOUS_LIMIT + 20

type Result = { status: number; text: string; body: Record<string, unknown> }

async function rest(path: string, token?: string): Promise<Result> {
  const [pathname = ''] = path.split('?')
  const request = new Request(`${serverURL}/api/${path}`, { headers: token ? { Authorization: `JWT ${token}` } : {} })
  const response = await getHandler(request, { params: Promise.resolve({ slug: pathname.split('/') }) })
  const text = await response.text()
  let body: Record<string, unknown> = {}
  try {
    body = JSON.parse(text) as Record<string, unknown>
  } catch {
    body = { text }
  }
  return { status: response.status, text, body }
}

async function graphql(query: string, token?: string): Promise<Result> {
  const request = new Request(`${serverURL}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    body: JSON.stringify({ query }),
  })
  const response = await graphqlHandler(request)
  const text = await response.text()
  return { status: response.status, text, body: JSON.parse(text) as Record<string, unknown> }
}

/** Signs of an internal error leaking out: a stack frame or a source path. */
const STACK_TRACE = /\n\s+at \S|node_modules|\.(js|ts):\d+:\d+/

beforeAll(async () => {
  payload = await getTestPayload()
  serverURL = payload.config.serverURL || 'http://localhost:3000'
  getHandler = REST_GET(payload.config)
  graphqlHandler = GRAPHQL_POST(payload.config)

  const admin = await createStaffUser(payload, 'admin')
  const login = await payload.login({ collection: 'users', data: { email: admin.email, password: admin.password } })
  adminToken = String(login.token)

  // A chain of associations three deep, so population depth is visible.
  const grandparent = await createAssociation(payload, { name: 'Svaz měst a obcí České republiky', kind: 'national' })
  const parent = await createAssociation(payload, { name: 'Krajská sekce', parent: ref(grandparent.id) })
  const association = await createAssociation(payload, { name: 'Sdružení obcí Plzeňského kraje', parent: ref(parent.id) })
  newsId = (await payload.create({ collection: 'news', data: { ...validData.news({ association: association.id }), _status: 'published' } })).id
  await payload.create({ collection: 'events', data: { ...validData.events({ association: association.id }), _status: 'published' } })
  for (let n = 0; n < MUNICIPALITIES; n += 1) await payload.create({ collection: 'municipalities', data: validData.municipalities() })
}, 300_000)

describe('limits for anonymous requests', () => {
  it.each([
    ['municipalities?limit=1000', MAX_ANONYMOUS_LIMIT],
    ['municipalities?limit=0', MAX_ANONYMOUS_LIMIT],
    ['municipalities?pagination=false', MAX_ANONYMOUS_LIMIT],
    ['municipalities?limit=-1', MAX_ANONYMOUS_LIMIT],
    ['municipalities?limit=25', 25],
  ])('REST %s returns at most %i documents', async (path, expected) => {
    const { status, body } = await rest(path)
    expect(status).toBe(200)
    expect((body.docs as unknown[]).length).toBe(expected)
  })

  it('a logged-in admin is not limited', async () => {
    const { body } = await rest('municipalities?limit=1000', adminToken)
    expect((body.docs as unknown[]).length).toBe(MUNICIPALITIES)
  })

  it(`REST depth=10 populates relations only ${MAX_ANONYMOUS_DEPTH} levels deep for anonymous visitors`, async () => {
    type Level = { id: Id; parent?: Level | Id }
    const anonymous = (await rest(`news/${newsId}?depth=10`)).body as { association: Level }
    expect(typeof anonymous.association).toBe('object')
    expect(typeof (anonymous.association.parent as Level).parent).toBe('number')

    const admin = (await rest(`news/${newsId}?depth=10`, adminToken)).body as { association: Level }
    expect(typeof (admin.association.parent as Level).parent).toBe('object')
  })

  it('GraphQL limit: 1000 returns at most the anonymous limit', async () => {
    const { body } = await graphql('{ Municipalities(limit: 1000) { docs { id } } }')
    expect((body.data as { Municipalities: { docs: unknown[] } }).Municipalities.docs.length).toBe(MAX_ANONYMOUS_LIMIT)
  })

  it(`GraphQL refuses a query above complexity ${GRAPHQL_MAX_COMPLEXITY} with a clear error`, async () => {
    const fields = Array.from({ length: GRAPHQL_MAX_COMPLEXITY + 10 }, (_, n) => `m${n}: Municipalities(limit: 1) { totalDocs }`).join('\n')
    const { status, body, text } = await graphql(`{ ${fields} }`)
    // Payload's GraphQL handler reports validation errors, this one included, in `errors` with 200.
    expect(status).toBeLessThan(500)
    expect(body.data).toBeUndefined()
    expect((body.errors as { message: string }[])[0]?.message).toMatch(/complexity/i)
    expect(text).not.toMatch(STACK_TRACE)
  })

  it('an ordinary GraphQL page query stays within the complexity limit', async () => {
    const { status, body } = await graphql('{ allNews(limit: 10) { docs { id title excerpt association { name parent { name } } } totalDocs } }')
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
  })
})

describe('odd query values from anonymous requests: 2xx or a clear 4xx', () => {
  it.each([
    'news?where[title][equals]=x',
    'news?where[nonexistent][equals]=1',
    'news?where[title][no_such_operator]=1',
    'news?where[or][0][and][0][title][like]=%25',
    'news?where[id][in]=abc,def',
    'news?where[id][equals]=1e309',
    'news?where[publishedAt][greater_than]=not-a-date',
    'news?where[__proto__][equals]=1',
    'news?where[constructor][prototype][x]=1',
    'news?where=nonsense',
    'news?sort=-__proto__',
    'news?sort=nonexistent',
    'news?sort=title,-,,,',
    'news?limit=abc&page=-3',
    'news?page=99999999999999999999',
    'news?depth=-1',
    'news?depth=abc',
    'news?depth=1e309',
    'news?locale=xx&fallback-locale=yy',
    'news?draft=true',
    'news?select[nonexistent]=true',
    'news?populate[associations][name]=true',
    'events?where[startsAt][near]=1,2,3',
    'events?where[startsAt][contains]=NaN',
    'news?where[publishedAt][like]=abc',
    'events?where[association.name][like]=a',
    'municipalities?where[population][greater_than]=abc',
    'municipalities?where[ruianCode][exists]=maybe',
    'municipalities?sort=population&limit=1e3',
  ])('%s', async (path) => {
    const { status, text } = await rest(path)
    expect(status, text.slice(0, 300)).toBeLessThan(500)
    expect(text).not.toMatch(STACK_TRACE)
  })
})

/** Generated query strings: keys and values a careless or hostile client might send. */
const segment = fc.oneof(
  fc.constantFrom('title', 'slug', 'id', 'name', 'population', 'startsAt', 'association', 'association.name', 'audience', '_status', '__proto__', 'constructor', 'and', 'or', ''),
  fc.string({ maxLength: 12 }),
)
const operator = fc.constantFrom('equals', 'not_equals', 'like', 'contains', 'in', 'not_in', 'all', 'exists', 'greater_than', 'less_than_equal', 'near', 'within', 'intersects', 'bogus')
const value = fc.oneof(
  fc.constantFrom('', '0', '-1', '1e309', 'NaN', 'null', 'true', 'abc', '2025-13-45', '%', '%%', '[]', '{}', "' OR 1=1 --", '\u0000', '9'.repeat(30)),
  fc.integer().map(String),
  fc.string({ maxLength: 20 }),
)
const parameter = fc.oneof(
  fc.tuple(fc.array(segment, { minLength: 1, maxLength: 3 }), operator, value).map(([path, op, v]) => [`where${path.map((s) => `[${s}]`).join('')}[${op}]`, v] as const),
  fc.tuple(fc.constantFrom('sort', 'limit', 'depth', 'page', 'pagination', 'locale', 'fallback-locale', 'draft', 'trash', 'select[title]', 'populate[associations][name]', 'joins'), value),
)
const request = fc.record({
  collection: fc.constantFrom('news', 'events', 'municipalities'),
  parameters: fc.array(parameter, { maxLength: 5 }),
})

const GENERATED_REQUESTS = 1000

describe('generated REST queries (fast-check)', () => {
  it(`${GENERATED_REQUESTS} anonymous requests to /api/news, /api/events and /api/municipalities: no 5xx, no stack trace`, async () => {
    let sent = 0
    await fc.assert(
      fc.asyncProperty(request, async ({ collection, parameters }) => {
        const query = parameters.map(([key, v]) => `${encodeURIComponent(key).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${encodeURIComponent(v)}`).join('&')
        const { status, text } = await rest(`${collection}?${query}`)
        sent += 1
        if (status >= 500 || STACK_TRACE.test(text)) throw new Error(`${status} for /api/${collection}?${query}: ${text.slice(0, 300)}`)
      }),
      { numRuns: GENERATED_REQUESTS, seed: Number(process.env.FC_SEED ?? Date.now() % 2 ** 31) },
    )
    expect(sent).toBeGreaterThanOrEqual(GENERATED_REQUESTS)
  }, 600_000)
})
