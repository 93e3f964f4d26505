import { REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import type { Id } from '@/access/ids'
import type { Event, Registration } from '@/payload-types'

import { nextNumber, ref, validData } from './fixtures'

/**
 * The registration tests' common ground: an event open for registration, the registration
 * form's fields, and Payload's own REST route handlers (called with Web Requests exactly as
 * Next calls them), so a test exercises the same endpoint a browser or program reaches.
 */

export const CONSENT_VERSION = '2025-01'
const hour = 3600 * 1000

export async function openEvent(
  payload: Payload,
  association: Id,
  registration: Partial<NonNullable<Event['registration']>> = {},
  extra: Partial<RequiredDataFromCollectionSlug<'events'>> = {},
): Promise<Event> {
  return payload.create({
    collection: 'events',
    data: {
      ...validData.events({ association }),
      title: `Krajské setkání ${nextNumber()}`,
      _status: 'published',
      venue: { name: 'Krajský úřad Plzeňského kraje', address: { street: 'Škroupova 1760/18', postalCode: '301 00', city: 'Plzeň' } },
      registration: {
        enabled: true,
        opensAt: new Date(Date.now() - hour).toISOString(),
        capacity: 300,
        waitlist: true,
        consentText: 'Souhlasím se zpracováním osobních údajů pro účely registrace.',
        consentVersion: CONSENT_VERSION,
        ...registration,
      },
      ...extra,
    },
  })
}

/** What a visitor fills in; the municipality is free text for another organisation unless given. */
export const formFields = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  name: 'Jana Nováková',
  email: `jana.novakova.${nextNumber()}@obec.test.cz`,
  organisation: 'Krajský úřad Plzeňského kraje',
  position: 'official',
  consent: 'on',
  consentVersion: CONSENT_VERSION,
  ...overrides,
})

type Handler = (request: Request, args: { params: Promise<{ slug?: string[] }> }) => Promise<Response>

export type ApiResult = { status: number; body: Record<string, unknown>; response: Response; bytes: Buffer }

export function restClient(payload: Payload) {
  const serverURL = payload.config.serverURL || 'http://localhost:3000'
  const handlers: Record<'GET' | 'POST' | 'PATCH', Handler> = { GET: REST_GET(payload.config), POST: REST_POST(payload.config), PATCH: REST_PATCH(payload.config) }
  return async (method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown, token?: string): Promise<ApiResult> => {
    const headers = new Headers({ 'Content-Type': 'application/json' })
    if (token) headers.set('Authorization', `JWT ${token}`)
    const request = new Request(`${serverURL}/api/${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
    const [pathname = ''] = path.split('?')
    const response = await handlers[method](request, { params: Promise.resolve({ slug: pathname.split('/') }) })
    const bytes = Buffer.from(await response.arrayBuffer())
    const isJson = response.headers.get('content-type')?.includes('json')
    return { status: response.status, body: isJson && bytes.length ? JSON.parse(bytes.toString('utf8')) : {}, response, bytes }
  }
}

/** All registrations of an event, as stored. */
export async function registrationsOf(payload: Payload, event: Id): Promise<Registration[]> {
  const { docs } = await payload.find({ collection: 'registrations', where: { event: { equals: ref(event) } }, pagination: false, depth: 0, sort: 'createdAt' })
  return docs
}

export async function login(payload: Payload, collection: 'users' | 'members', email: string, password: string): Promise<string> {
  const { token } = await payload.login({ collection, data: { email, password } })
  if (!token) throw new Error(`No token for ${email}`)
  return token
}
