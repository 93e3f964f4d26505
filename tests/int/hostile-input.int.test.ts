import { GRAPHQL_POST, REST_GET, REST_POST } from '@payloadcms/next/routes'
import fc from 'fast-check'
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Id } from '@/access/ids'

import { createAssociation, createMember, createMunicipality, createRegion, PASSWORD, ref, richText } from './fixtures'
import { getTestPayload } from './harness'
import { CONSENT_VERSION, openEvent } from './registrationScene'

/**
 * Generated hostile input (fast-check) against every public endpoint: registration, member
 * sign-up, log-in of staff and members, forgotten and reset passwords, partnership applications,
 * questionnaire answers, the municipality type-ahead, REST reads with odd query values and
 * GraphQL. Every answer is a 2xx or a 4xx with a message, never a 5xx, never a stack trace, and
 * a refused write leaves the collection it aimed at exactly as it was.
 */

type Handler = (request: Request, args: { params: Promise<{ slug?: string[] }> }) => Promise<Response>
type Sent = { status: number; text: string; body: unknown }

let payload: Payload
let serverURL: string
let handlers: { GET: Handler; POST: Handler }
let graphqlHandler: (request: Request) => Promise<Response>
let eventId: Id
let formId: Id
let homeRegion: Id
let partnerRegion: Id
let municipality: Id
let memberEmail: string

/** Every request this file sends, checked or not; the last test prints and checks the total. */
let requests = 0
const tally: Record<string, number> = {}

/** Signs of an internal error leaking out: a stack frame or a source path. */
const STACK_TRACE = /\n\s+at \S|node_modules|\.(js|ts|mjs):\d+:\d+/
const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31)

async function send(property: string, method: 'GET' | 'POST', path: string, init: { body?: BodyInit; headers?: HeadersInit } = {}): Promise<Sent> {
  const [pathname = ''] = path.split('?')
  const request = new Request(`${serverURL}/api/${path}`, { method, headers: init.headers, body: init.body })
  const response = await handlers[method](request, { params: Promise.resolve({ slug: pathname.split('/') }) })
  requests += 1
  tally[property] = (tally[property] ?? 0) + 1
  const text = await response.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // Not JSON: checked as text.
  }
  return { status: response.status, text, body }
}

const sendJson = (property: string, path: string, body: unknown) =>
  send(property, 'POST', path, { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', 'Accept-Language': 'en' } })

/** A message a person can read: Payload's `message` / `errors[].message`, or our endpoints' `message`. */
function messageOf(body: unknown): string {
  if (!body || typeof body !== 'object') return ''
  const { message, errors } = body as { message?: unknown; errors?: { message?: unknown }[] }
  if (typeof message === 'string' && message) return message
  return Array.isArray(errors) ? errors.map((error) => (typeof error?.message === 'string' ? error.message : '')).join(' ') : ''
}

/** The common verdict: 2xx, or a 4xx that says what is wrong; never a 5xx or an internal detail. */
function expectSane(sent: Sent, what: string): void {
  const context = `${what} → ${sent.status} ${sent.text.slice(0, 400)}`
  if (sent.status >= 500 || sent.status < 200) throw new Error(`server error: ${context}`)
  if (STACK_TRACE.test(sent.text)) throw new Error(`stack trace in the body: ${context}`)
  if (sent.status >= 400 && !messageOf(sent.body).trim()) throw new Error(`4xx without a message: ${context}`)
}

const count = async (collection: CollectionSlug) => (await payload.count({ collection, overrideAccess: true })).totalDocs

/** A refused write must leave the collection as it was; an accepted one adds at most one document. */
async function expectWholeOrNothing(collection: CollectionSlug, write: () => Promise<Sent>, what: string): Promise<Sent> {
  const before = await count(collection)
  const sent = await write()
  expectSane(sent, what)
  const after = await count(collection)
  if (sent.status >= 400 && after !== before) throw new Error(`refused (${sent.status}) but ${collection} went from ${before} to ${after}: ${what}`)
  if (after - before > 1) throw new Error(`one request stored ${after - before} ${collection}: ${what}`)
  return sent
}

// ---------------------------------------------------------------------------------------------
// Generated values

/** Values a careless or hostile client sends where a plain string is expected. */
const hostileScalar = fc.oneof(
  fc.constantFrom('', ' ', '\u0000', '\uFEFF', '\u202E', '🏛️', 'a'.repeat(5000), '<script>alert(1)</script>', "' OR 1=1 --", '../../etc/passwd', '%00', '${7*7}', '{{7*7}}', 'null', 'undefined', 'NaN', '1e309', '-0', '0x1F', 'true', '[object Object]', '__proto__'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.constantFrom(Number.MAX_SAFE_INTEGER + 2, -1, 0, 1e21),
  fc.boolean(),
  fc.constant(null),
)
const hostileValue = fc.oneof(
  { weight: 4, arbitrary: hostileScalar },
  { weight: 1, arbitrary: fc.array(hostileScalar, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom({ toString: 1 }, { valueOf: 'x' }, { __proto__: { admin: true } }, { equals: 'x' }, { $gt: '' }, {}, [[[]]], { id: 1 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
)

/** A form body: each known field valid, hostile or missing, plus stray keys. */
function formBody(valid: Record<string, unknown>) {
  const fields = Object.fromEntries(Object.entries(valid).map(([key, value]) => [key, fc.oneof({ weight: 3, arbitrary: fc.constant(value) }, { weight: 2, arbitrary: hostileValue })]))
  return fc
    .tuple(fc.record(fields, { requiredKeys: [] }), fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'id', '_status', 'status', 'approvalStatus', '_verified', 'role', 'waitlistPosition', 'createdAt', 'x'), hostileValue, { maxKeys: 3 }))
    .map(([known, stray]) => ({ ...stray, ...known }))
}

/** Bodies that are not what the Content-Type says, or not JSON at all. */
const rawBody = fc.oneof(
  fc.constantFrom('', '{', '}', 'null', '[]', '"text"', '123', '{"a":', '{"__proto__":{"x":1}}', '\u0000\u0001', 'a=1&b=2', '--boundary\r\n\r\n', '{"email": {"toString": 1}}'),
  fc.string({ maxLength: 200 }),
  fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value)),
)
const contentType = fc.constantFrom('application/json', 'text/plain', 'multipart/form-data', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'application/json; charset=utf-16', '')

// ---------------------------------------------------------------------------------------------
// Scene

beforeAll(async () => {
  payload = await getTestPayload()
  serverURL = payload.config.serverURL || 'http://localhost:3000'
  handlers = { GET: REST_GET(payload.config), POST: REST_POST(payload.config) }
  graphqlHandler = GRAPHQL_POST(payload.config)

  const association = (await createAssociation(payload, { name: 'Sdružení obcí Plzeňského kraje', shortName: 'SOPK' })).id
  // A small capacity and a waitlist, so generated registrations meet both.
  eventId = (await openEvent(payload, association, { capacity: 3, waitlist: true })).id
  partnerRegion = (await createRegion(payload, { name: 'Województwo dolnośląskie', country: 'PL', kind: 'foreign-partner-region', languages: ['pl'] })).id
  homeRegion = (await createRegion(payload, { name: 'Středočeský kraj', partnerRegions: [ref(partnerRegion)], partnershipOffice: ref(association) })).id
  municipality = (await createMunicipality(payload, { name: 'Kolín', region: ref(homeRegion), population: 33_000 })).id
  memberEmail = (await createMember(payload, municipality, 'approved')).email
  formId = (
    await payload.create({
      collection: 'forms',
      data: {
        title: 'Dotazník ke krajským setkáním',
        association: ref(association),
        audience: 'public',
        fields: [
          { blockType: 'radio', name: 'size', label: 'Velikost obce', required: true, options: [{ value: 'small', label: 'malá' }, { value: 'large', label: 'velká' }] },
          { blockType: 'scale', name: 'usefulness', label: 'Užitečnost', required: true, min: 1, max: 5 },
          { blockType: 'textarea', name: 'comment', label: 'Komentář' },
        ],
        submitButtonLabel: 'Odeslat',
        confirmationType: 'message',
        confirmationMessage: richText('Děkujeme.'),
      } as never,
    })
  ).id
}, 180_000)

afterAll(() => {
  console.log(`hostile-input suite: ${requests} generated requests (${Object.entries(tally).map(([name, n]) => `${name} ${n}`).join(', ')}), seed ${seed}`)
})

const runs = (numRuns: number) => ({ numRuns, seed, endOnFailure: true })

// ---------------------------------------------------------------------------------------------
// Properties

describe('hostile input: never a 5xx, never a stack trace, never a half-written document', () => {
  it('registration API: generated form bodies', async () => {
    const body = formBody({
      event: eventId,
      locale: 'cs',
      name: 'Jana Nováková',
      email: 'jana.novakova@obec.test.cz',
      phone: '+420 377 123 456',
      organisation: 'Obecní úřad',
      position: 'mayor',
      needs: 'Bezlepková strava',
      consent: 'on',
      consentVersion: CONSENT_VERSION,
      proxy: 'on',
      representsMunicipality: 'Kolín',
    })
    await fc.assert(
      fc.asyncProperty(body, fc.emailAddress(), async (fields, email) => {
        // A fresh address half the time, so valid bodies are stored rather than refused as duplicates.
        const data = fields.email === 'jana.novakova@obec.test.cz' ? { ...fields, email } : fields
        await expectWholeOrNothing('registrations', () => sendJson('register', 'registrations/register', data), JSON.stringify(data).slice(0, 300))
      }),
      runs(300),
    )
  }, 300_000)

  it('bodies that are not what their Content-Type claims, on every public write', async () => {
    const target = fc.constantFrom<[string, CollectionSlug]>(
      ['registrations/register', 'registrations'],
      ['members/sign-up', 'members'],
      ['members/login', 'members'],
      ['users/login', 'users'],
      ['partnership-requests', 'partnership-requests'],
      ['form-submissions', 'form-submissions'],
    )
    await fc.assert(
      fc.asyncProperty(target, rawBody, contentType, async ([path, collection], raw, type) => {
        await expectWholeOrNothing(
          collection,
          () => send('raw-bodies', 'POST', path, { body: raw, headers: type ? { 'Content-Type': type } : {} }),
          `${path} ${type}: ${raw.slice(0, 100)}`,
        )
      }),
      runs(200),
    )
  }, 120_000)

  it('registration links, the municipality type-ahead and the attendee lists', async () => {
    await fc.assert(
      fc.asyncProperty(hostileValue, fc.string({ maxLength: 120 }), async (token, typed) => {
        expectSane(await sendJson('cancel', 'registrations/cancel', { token, locale: 'en' }), `cancel ${JSON.stringify(token)}`)
        expectSane(await send('type-ahead', 'GET', `registrations/municipalities?q=${encodeURIComponent(typed)}`), `q=${typed}`)
        const target = `event:${typeof token === 'string' || typeof token === 'number' ? token : JSON.stringify(token)}`
        expectSane(await send('attendee-lists', 'GET', `registrations/summary?target=${encodeURIComponent(target)}`), `summary ${target}`)
      }),
      runs(100),
    )
  }, 120_000)

  it('member sign-up', async () => {
    const body = formBody({
      firstName: 'Petr',
      lastName: 'Novák',
      email: 'petr.novak@obec.test.cz',
      password: 'Velmi-dlouhe-heslo-2025',
      municipality: String(municipality),
      position: 'secretary',
      phone: '+420 777 000 111',
      preferredLanguage: 'cs',
      locale: 'en',
    })
    await fc.assert(
      fc.asyncProperty(body, fc.uuid(), async (fields, unique) => {
        const data = fields.email === 'petr.novak@obec.test.cz' ? { ...fields, email: `petr.${unique}@obec.test.cz` } : fields
        await expectWholeOrNothing('members', () => sendJson('sign-up', 'members/sign-up', data), JSON.stringify(data).slice(0, 300))
      }),
      runs(250),
    )
  }, 300_000)

  it('log-in of staff and members, forgotten and reset passwords', async () => {
    const endpoint = fc.constantFrom('users/login', 'members/login', 'users/forgot-password', 'members/forgot-password', 'users/reset-password', 'members/reset-password', 'members/logout', 'users/refresh-token', 'members/verify/abc')
    const body = formBody({ email: memberEmail, password: PASSWORD, token: 'a'.repeat(40), username: 'admin' })
    await fc.assert(
      fc.asyncProperty(endpoint, body, async (path, data) => {
        const collection = path.startsWith('users') ? 'users' : 'members'
        await expectWholeOrNothing(collection, () => sendJson('accounts', path, data), `${path} ${JSON.stringify(data).slice(0, 200)}`)
      }),
      runs(300),
    )
  }, 300_000)

  it('partnership applications', async () => {
    const body = formBody({
      homeRegion,
      applicantKind: 'municipality',
      municipality,
      applicantName: 'Město Kolín',
      contact: { name: 'Jana Nováková', position: 'tajemnice', email: 'novakova@kolin.test.cz', phone: '+420 321 748 111' },
      desiredRegions: [partnerRegion],
      cooperationAreas: ['culture', 'schools-youth'],
      offer: 'Hudební festival a partnerská základní škola.',
      lookingFor: 'Gminu podobné velikosti pro výměny žáků.',
      languages: ['pl', 'en'],
      population: 33_000,
      correspondenceLanguage: 'pl',
      consent: { textVersion: '2026-01', givenAt: new Date().toISOString() },
    })
    await fc.assert(
      fc.asyncProperty(body, async (data) => {
        await expectWholeOrNothing('partnership-requests', () => sendJson('partnership', 'partnership-requests', data), JSON.stringify(data).slice(0, 300))
      }),
      runs(250),
    )
  }, 300_000)

  it('questionnaire answers', async () => {
    const answer = fc.oneof(
      fc.record({ field: fc.constantFrom('size', 'usefulness', 'comment', 'nonexistent', '__proto__'), value: hostileValue }),
      fc.constantFrom({ field: 'size', value: 'small' }, { field: 'usefulness', value: '4' }),
      hostileValue,
    )
    const body = formBody({ form: formId, submissionData: [{ field: 'size', value: 'small' }, { field: 'usefulness', value: '4' }] }).chain((data) =>
      fc.oneof(fc.constant(data), fc.array(answer, { maxLength: 5 }).map((submissionData) => ({ ...data, submissionData }))),
    )
    await fc.assert(
      fc.asyncProperty(body, async (data) => {
        await expectWholeOrNothing('form-submissions', () => sendJson('questionnaire', 'form-submissions', data), JSON.stringify(data).slice(0, 300))
      }),
      runs(250),
    )
  }, 300_000)

  it('REST reads with odd ids, where, sort, limit, depth, page and locale', async () => {
    const collection = fc.constantFrom('news', 'events', 'municipalities', 'registrations', 'members', 'users', 'partnership-requests', 'forms', 'form-submissions', 'associations', 'globals/site-settings')
    const id = fc.oneof(fc.constant(''), hostileScalar.map((value) => `/${encodeURIComponent(String(value))}`))
    const parameter = fc.tuple(
      fc.constantFrom('where[title][equals]', 'where[or][0][email][like]', 'where[id][in]', 'where[createdAt][greater_than]', 'where[form.title][exists]', 'sort', 'limit', 'depth', 'page', 'locale', 'fallback-locale', 'draft', 'select[email]', 'joins', 'where'),
      hostileScalar.map(String),
    )
    await fc.assert(
      fc.asyncProperty(collection, id, fc.array(parameter, { maxLength: 4 }), async (slug, suffix, parameters) => {
        const query = parameters.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&')
        const path = `${slug}${suffix}?${query}`
        expectSane(await send('rest-read', 'GET', path), path)
      }),
      runs(300),
    )
  }, 300_000)

  it('GraphQL: generated arguments, variables and broken documents', async () => {
    const literal = (value: unknown): string =>
      value === null || typeof value !== 'object'
        ? JSON.stringify(value ?? null)
        : Array.isArray(value)
          ? `[${value.map(literal).join(', ')}]`
          : `{ ${Object.entries(value as Record<string, unknown>).map(([key, inner]) => `${key.replace(/[^A-Za-z0-9_]/g, '_') || '_'}: ${literal(inner)}`).join(', ')} }`
    const where = fc.oneof(
      fc.record({ name: fc.record({ equals: hostileScalar }) }),
      fc.record({ or: fc.array(fc.record({ ruianCode: fc.record({ like: hostileScalar }) }), { maxLength: 3 }) }),
      fc.jsonValue({ maxDepth: 2 }),
    )
    const document = fc.oneof(
      fc
        .record({ where, sort: hostileScalar, limit: hostileScalar, page: hostileScalar, locale: fc.constantFrom('cs', 'en', 'xx', '"cs"', 'all') }, { requiredKeys: [] })
        .map((args) => {
          const list = Object.entries(args).map(([key, value]) => `${key}: ${key === 'locale' ? String(value) : literal(value)}`)
          return { query: `{ Municipalities${list.length ? `(${list.join(', ')})` : ''} { docs { id name } totalDocs } }` }
        }),
      fc.record({ where: hostileValue, limit: hostileValue, sort: hostileValue }).map((variables) => ({
        query: 'query ($where: Municipality_where, $limit: Int, $sort: String) { Municipalities(where: $where, limit: $limit, sort: $sort) { docs { id } } }',
        variables,
      })),
      fc.record({ email: hostileValue, password: hostileValue }).map((variables) => ({ query: 'mutation ($email: String, $password: String) { loginMember(email: $email, password: $password) { token } }', variables })),
      fc.constantFrom(
        { query: '{ Members { docs { email } } }' },
        { query: '{ Registrations { docs { email attendeeName } } }' },
        { query: '{ __schema { types { name } } }' },
        { query: '{' },
        { query: '' },
        { query: 'mutation { createPartnershipRequest(data: {}) { id } }' },
        { query: `{ ${'a { '.repeat(200)}${'} '.repeat(200)}}` },
      ),
      fc.string({ maxLength: 200 }).map((query) => ({ query })),
    )
    await fc.assert(
      fc.asyncProperty(document, async (payloadBody) => {
        const request = new Request(`${serverURL}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payloadBody) })
        const response = await graphqlHandler(request)
        requests += 1
        tally.graphql = (tally.graphql ?? 0) + 1
        const text = await response.text()
        const what = `${JSON.stringify(payloadBody).slice(0, 300)} → ${response.status} ${text.slice(0, 300)}`
        if (response.status >= 500) throw new Error(`server error: ${what}`)
        if (STACK_TRACE.test(text)) throw new Error(`stack trace: ${what}`)
        const { errors } = JSON.parse(text) as { errors?: { message?: string; extensions?: { statusCode?: number } }[] }
        for (const error of errors ?? []) {
          if ((error.extensions?.statusCode ?? 0) >= 500) throw new Error(`internal error reported as GraphQL error: ${what}`)
          if (!error.message) throw new Error(`GraphQL error without a message: ${what}`)
        }
      }),
      runs(300),
    )
  }, 300_000)

  it('sent at least 2,000 generated requests', () => {
    console.log(`hostile-input suite: ${requests} generated requests`)
    expect(requests).toBeGreaterThanOrEqual(2000)
  })
})
