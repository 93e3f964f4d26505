import { REST_GET, REST_OPTIONS, REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Id } from '@/access/ids'

import { createAssociation, createMember, createMunicipality, createStaffUser } from './fixtures'
import { getTestPayload } from './harness'
import { formFields, openEvent } from './registrationScene'

/**
 * Sessions, CSRF and CORS as Payload's route handlers apply them: the `csrf` and `cors` lists
 * hold only the server URL, so another site's page gets no CORS grant and its form posts to the
 * endpoints that change state are refused; session cookies are HttpOnly and SameSite=Lax
 * (Secure in production: tests/e2e/security-headers checks the production server).
 */
type Handler = (request: Request, args: { params: Promise<{ slug?: string[] }> }) => Promise<Response>

const FOREIGN = 'https://evil.example'
let payload: Payload
let serverURL: string
let handlers: { GET: Handler; POST: Handler; OPTIONS: Handler }
let eventId: Id
let municipality: Id

const call = (method: 'GET' | 'POST' | 'OPTIONS', path: string, headers: Record<string, string> = {}, body?: BodyInit) => {
  const request = new Request(`${serverURL}/api/${path}`, { method, headers, body })
  return handlers[method](request, { params: Promise.resolve({ slug: path.split('?')[0]?.split('/') }) })
}

beforeAll(async () => {
  payload = await getTestPayload()
  serverURL = payload.config.serverURL || 'http://localhost:3000'
  handlers = { GET: REST_GET(payload.config), POST: REST_POST(payload.config), OPTIONS: REST_OPTIONS(payload.config) }
  const association = (await createAssociation(payload)).id
  eventId = (await openEvent(payload, association)).id
  municipality = (await createMunicipality(payload)).id
})

describe('configuration', () => {
  it('trusts only the server URL for CSRF and CORS', () => {
    // Payload appends the server URL to the csrf list once more.
    expect(new Set(payload.config.csrf)).toEqual(new Set([serverURL]))
    expect(payload.config.cors).toEqual([serverURL])
  })
})

describe('CORS is closed to other sites', () => {
  it('grants nothing to a foreign origin, on a read and on a preflight', async () => {
    const read = await call('GET', 'news', { Origin: FOREIGN })
    expect(read.headers.get('access-control-allow-origin')).toBeNull()
    const preflight = await call('OPTIONS', 'registrations/register', { Origin: FOREIGN, 'Access-Control-Request-Method': 'POST' })
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull()
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull()
  })

  it('answers the portal’s own origin', async () => {
    const read = await call('GET', 'news', { Origin: serverURL })
    expect(read.headers.get('access-control-allow-origin')).toBe(serverURL)
  })
})

describe('cross-site posts to endpoints that change state', () => {
  const countOf = async () => (await payload.count({ collection: 'registrations' })).totalDocs
  const registration = () => {
    const form = new FormData()
    form.set('_payload', JSON.stringify({ event: eventId, locale: 'en', ...formFields() }))
    return form
  }

  it.each([
    ['a foreign Origin', { Origin: FOREIGN }],
    ['the opaque "null" Origin', { Origin: 'null' }],
    ['Sec-Fetch-Site: cross-site', { 'Sec-Fetch-Site': 'cross-site' }],
  ])('refuses a registration form posted with %s, and stores nothing', async (_, headers) => {
    const before = await countOf()
    const response = await call('POST', 'registrations/register', { ...headers, 'Accept-Language': 'en' }, registration())
    expect(response.status).toBe(403)
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(/another website/)
    expect(await countOf()).toBe(before)
  })

  it('refuses a cross-site sign-up and cancellation', async () => {
    const signUp = await call('POST', 'members/sign-up', { Origin: FOREIGN, 'Content-Type': 'application/json' }, JSON.stringify({ email: 'x@obec.test.cz' }))
    expect(signUp.status).toBe(403)
    const cancel = await call('POST', 'registrations/cancel', { Origin: FOREIGN, 'Content-Type': 'application/json' }, JSON.stringify({ token: 'x' }))
    expect(cancel.status).toBe(403)
  })

  it('accepts the same form from the portal’s own page, and from a program without browser headers', async () => {
    const before = await countOf()
    expect((await call('POST', 'registrations/register', { Origin: serverURL, 'Sec-Fetch-Site': 'same-origin' }, registration())).status).toBe(201)
    expect((await call('POST', 'registrations/register', {}, registration())).status).toBe(201)
    expect(await countOf()).toBe(before + 2)
  })

  it('does not let a cross-site request ride on a member’s session cookie (Payload’s csrf list)', async () => {
    const member = await createMember(payload, municipality)
    const login = await call('POST', 'members/login', { 'Content-Type': 'application/json' }, JSON.stringify({ email: member.email, password: member.password }))
    const token = ((await login.json()) as { token: string }).token
    const me = (origin: string) => call('GET', 'members/me', { Cookie: `payload-token=${token}`, Origin: origin })
    expect(((await (await me(serverURL)).json()) as { user: unknown }).user).not.toBeNull()
    expect(((await (await me(FOREIGN)).json()) as { user: unknown }).user).toBeNull()
  })
})

describe('session cookies', () => {
  it.each(['users', 'members'] as const)('%s log-in sets an HttpOnly, SameSite=Lax cookie', async (collection) => {
    const account = collection === 'users' ? await createStaffUser(payload, 'admin') : await createMember(payload, municipality)
    const response = await call('POST', `${collection}/login`, { 'Content-Type': 'application/json' }, JSON.stringify({ email: account.email, password: account.password }))
    expect(response.status).toBe(200)
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^payload-token=/)
    expect(cookie).toMatch(/;\s*HttpOnly/i)
    expect(cookie).toMatch(/;\s*SameSite=Lax/i)
    // Not Secure here: the integration tests run outside production (see secureCookies).
    expect(cookie).not.toMatch(/;\s*Secure/i)
  })
})
