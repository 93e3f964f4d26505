import fc from 'fast-check'
import { ValidationError, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Id } from '@/access/ids'
import { registerAttendee } from '@/collections/Registrations/service'

import { createAssociation, createMunicipality, createStaffUser, ref } from './fixtures'
import { getTestPayload } from './harness'
import { CONSENT_VERSION, formFields, openEvent, registrationsOf, restClient, type ApiResult } from './registrationScene'

let payload: Payload
let api: ReturnType<typeof restClient>
let association: Id

beforeAll(async () => {
  payload = await getTestPayload()
  api = restClient(payload)
  association = (await createAssociation(payload, { name: 'Svaz měst a obcí České republiky', shortName: 'SMO ČR', kind: 'national' })).id
})

const register = (event: Id, fields: Record<string, unknown> = formFields(), locale = 'cs'): Promise<ApiResult> =>
  api('POST', 'registrations/register', { event, locale, ...fields })

describe('capacity and waitlist under concurrency', () => {
  it('gives 1,000 simultaneous registrations exactly 300 seats and waitlist positions 1…700, without an error', async () => {
    const event = await openEvent(payload, association, { capacity: 300 })
    const emails = Array.from({ length: 1000 }, (_, index) => `ucastnik.${index}@obec-${index % 97}.test.cz`)

    const responses = await Promise.all(emails.map((email) => register(event.id, formFields({ email }))))

    expect(responses.filter((response) => response.status !== 201).map((response) => [response.status, response.body.message])).toEqual([])
    const stored = await registrationsOf(payload, event.id)
    expect(stored).toHaveLength(1000)
    expect(new Set(stored.map((registration) => registration.email)).size).toBe(1000)
    expect(stored.filter((registration) => registration.status === 'confirmed')).toHaveLength(300)
    const waitlisted = stored.filter((registration) => registration.status === 'waitlisted')
    expect(waitlisted.map((registration) => registration.waitlistPosition).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
      Array.from({ length: 700 }, (_, index) => index + 1),
    )
    // What each registrant was told matches what was stored.
    const told = new Map(responses.map((response) => [response.body.id, [response.body.status, response.body.waitlistPosition]]))
    for (const registration of stored) expect(told.get(registration.id)).toEqual([registration.status, registration.waitlistPosition ?? null])
  }, 180_000)

  it('lets one of 40 simultaneous registrations of the same e-mail through and tells the others why', async () => {
    const event = await openEvent(payload, association, { capacity: 10 })
    const spellings = ['jana@obec.test.cz', 'Jana@Obec.Test.cz', ' JANA@OBEC.TEST.CZ ']
    const responses = await Promise.all(Array.from({ length: 40 }, (_, index) => register(event.id, formFields({ email: spellings[index % 3] }))))

    expect(responses.filter((response) => response.status === 201)).toHaveLength(1)
    const refused = responses.filter((response) => response.status !== 201)
    expect(new Set(refused.map((response) => response.status))).toEqual(new Set([409]))
    expect(refused[0]?.body.message).toBe('Tento e-mail je na tuto akci už zaregistrován. Registraci najdete v potvrzovacím e-mailu.')
    expect(await registrationsOf(payload, event.id)).toHaveLength(1)
  })
})

describe('cancellation and the waitlist', () => {
  it('gives a cancelled seat to waitlist position 1, moves everyone up, and cancels once however often the link is used', async () => {
    const event = await openEvent(payload, association, { capacity: 2 })
    const results = []
    for (const name of ['Adam Bílý', 'Běla Černá', 'Cyril Dvořák', 'Dana Erbenová', 'Emil Fiala']) {
      results.push(await register(event.id, formFields({ name })))
    }
    expect(results.map((result) => [result.body.status, result.body.waitlistPosition])).toEqual([
      ['confirmed', null],
      ['confirmed', null],
      ['waitlisted', 1],
      ['waitlisted', 2],
      ['waitlisted', 3],
    ])
    const token = String(results[0]?.body.manageUrl).split('/').pop()

    const cancelled = await api('POST', 'registrations/cancel', { token })
    expect(cancelled).toMatchObject({ status: 200, body: { status: 'cancelled' } })
    expect(await api('POST', 'registrations/cancel', { token })).toMatchObject({ status: 200, body: { status: 'cancelled' } })

    const byName = Object.fromEntries((await registrationsOf(payload, event.id)).map((registration) => [registration.attendeeName, [registration.status, registration.waitlistPosition ?? null]]))
    expect(byName).toEqual({
      'Adam Bílý': ['cancelled', null],
      'Běla Černá': ['confirmed', null],
      'Cyril Dvořák': ['confirmed', null],
      'Dana Erbenová': ['waitlisted', 1],
      'Emil Fiala': ['waitlisted', 2],
    })
  })

  it('lets the same e-mail register again after cancelling', async () => {
    const event = await openEvent(payload, association, { capacity: 5 })
    const fields = formFields()
    const first = await register(event.id, fields)
    await api('POST', 'registrations/cancel', { token: String(first.body.manageUrl).split('/').pop() })
    expect((await register(event.id, fields)).status).toBe(201)
  })

  it('refuses a forged or malformed cancel token with 404 and changes nothing', async () => {
    const event = await openEvent(payload, association, { capacity: 5 })
    await register(event.id)
    const before = await registrationsOf(payload, event.id)
    for (const token of ['A'.repeat(43), 'not-a-token', '', "' OR 1=1 --"]) {
      const result = await api('POST', 'registrations/cancel', { token, locale: 'en' })
      expect(result.status).toBe(404)
      expect(result.body.message).toBe('The link is invalid or has already been used to erase the data.')
    }
    expect(await registrationsOf(payload, event.id)).toEqual(before)
  })
})

describe('opening times, capacity and who may register', () => {
  it('refuses before opening, after closing and when full without a waitlist, and stores nothing', async () => {
    const inOneDay = new Date(Date.now() + 24 * 3600 * 1000).toISOString()
    const anHourAgo = new Date(Date.now() - 3600 * 1000).toISOString()
    const notYet = await openEvent(payload, association, { opensAt: inOneDay })
    const closed = await openEvent(payload, association, { opensAt: new Date(Date.now() - 48 * 3600 * 1000).toISOString(), closesAt: anHourAgo })
    const small = await openEvent(payload, association, { capacity: 1, waitlist: false })
    expect((await register(small.id)).status).toBe(201)

    expect(await register(notYet.id, formFields(), 'pl')).toMatchObject({ status: 409, body: { message: 'Rejestracja jeszcze się nie rozpoczęła.' } })
    expect(await register(closed.id, formFields(), 'en')).toMatchObject({ status: 409, body: { message: 'Registration is closed.' } })
    expect(await register(small.id)).toMatchObject({ status: 409, body: { message: 'Kapacita je naplněna a náhradníky nepřijímáme.' } })
    for (const event of [notYet, closed]) expect(await registrationsOf(payload, event.id)).toEqual([])
    expect(await registrationsOf(payload, small.id)).toHaveLength(1)
  })

  it('does not let anyone register for a draft event or an event without registration', async () => {
    const draft = await openEvent(payload, association, {}, { _status: 'draft' })
    const noRegistration = await openEvent(payload, association, { enabled: false })
    expect((await register(draft.id)).status).toBe(404)
    expect(await register(noRegistration.id)).toMatchObject({ status: 409, body: { message: 'Na tuto akci se neregistruje.' } })
  })
})

describe('bad input', () => {
  it('names every field at fault in the visitor’s language and stores nothing', async () => {
    const event = await openEvent(payload, association)
    const result = await register(
      event.id,
      { name: '<script>alert("x")</script>', email: 'jana(at)obec.cz', phone: 'zavolejte mi', organisation: 'x'.repeat(201), consent: 'on', consentVersion: CONSENT_VERSION },
      'en',
    )
    expect(result.status).toBe(422)
    expect(result.body.message).toBe('The form has errors; please correct the marked fields.')
    expect(result.body.errors).toEqual([
      { field: 'name', message: 'Full name: may only contain letters, spaces, full stops, commas, apostrophes and hyphens.' },
      { field: 'email', message: 'E-mail: enter a valid e-mail address, e.g. jana.novakova@obec.cz.' },
      { field: 'phone', message: 'Phone: enter the phone number in digits and spaces, optionally with a + prefix.' },
      { field: 'organisation', message: 'Other organisation: can have at most 200 characters.' },
    ])
    expect(await registrationsOf(payload, event.id)).toEqual([])
  })

  it('refuses a consent given to an older text and an unknown municipality', async () => {
    const event = await openEvent(payload, association)
    await createMunicipality(payload, { name: 'Březina', district: 'Blansko', ruianCode: '581321' })
    await createMunicipality(payload, { name: 'Březina', district: 'Brno-venkov', ruianCode: '581429' })
    const outdated = await register(event.id, formFields({ consentVersion: '2024-06' }))
    expect(outdated.body.errors).toEqual([{ field: 'consent', message: 'Souhlas se zpracováním osobních údajů: text souhlasu se mezitím změnil; přečtěte si ho prosím znovu a potvrďte.' }])
    const ambiguous = await register(event.id, formFields({ organisation: undefined, municipality: 'brezina' }))
    expect(ambiguous.body.errors).toEqual([
      { field: 'municipality', message: 'Obec: obec tohoto názvu je v rejstříku vícekrát; upřesněte okres: Březina (Blansko), Březina (Brno-venkov).' },
    ])
    const chosen = await register(event.id, formFields({ organisation: undefined, municipality: 'Březina (Brno-venkov)' }))
    expect(chosen.status).toBe(201)
    expect((await registrationsOf(payload, event.id)).map((registration) => registration.municipality)).toHaveLength(1)
  })

  it('answers generated garbage with a 4xx and a message, never a 5xx, and stores nothing', async () => {
    const event = await openEvent(payload, association)
    const anyField = fc.constantFrom('name', 'email', 'phone', 'municipality', 'organisation', 'position', 'needs', 'consent', 'consentVersion', 'proxy', 'locale', 'event')
    await fc.assert(
      fc.asyncProperty(fc.dictionary(anyField, fc.oneof(fc.string({ maxLength: 300 }), fc.anything()), { minKeys: 1 }), async (garbage) => {
        const result = await api('POST', 'registrations/register', { event: event.id, ...garbage, consent: garbage.consent ?? 'off' })
        expect(result.status).toBeGreaterThanOrEqual(400)
        expect(result.status).toBeLessThan(500)
        expect(typeof result.body.message).toBe('string')
      }),
      { numRuns: 150 },
    )
    expect(await registrationsOf(payload, event.id)).toEqual([])
  })

  it('answers a body that is not JSON, or names no event, with 400', async () => {
    const serverURL = payload.config.serverURL || 'http://localhost:3000'
    const { REST_POST } = await import('@payloadcms/next/routes')
    const response = await REST_POST(payload.config)(
      new Request(`${serverURL}/api/registrations/register`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"name":' }),
      { params: Promise.resolve({ slug: ['registrations', 'register'] }) },
    )
    expect(response.status).toBe(400)
    expect((await api('POST', 'registrations/register', formFields())).status).toBe(400)
  })
})

describe('editors', () => {
  it('change statuses in the admin and the seats follow: check-in keeps the seat, promotion needs a free one', async () => {
    const event = await openEvent(payload, association, { capacity: 1 })
    // Raising the capacity of a published event is the association manager's (review workflow).
    const editor = (await createStaffUser(payload, 'manager', [association])).doc
    const first = await registerAttendee(payload, { target: { kind: 'event', eventId: event.id }, fields: formFields({ name: 'První Účastník' }), user: null, locale: 'cs' })
    const second = await registerAttendee(payload, { target: { kind: 'event', eventId: event.id }, fields: formFields({ name: 'Druhý Účastník' }), user: null, locale: 'cs' })
    if (!first.ok || !second.ok) throw new Error('registration failed')
    const asEditor = { overrideAccess: false, user: editor } as const

    const refused = await payload.update({ collection: 'registrations', id: second.registration.id, data: { status: 'confirmed' }, ...asEditor }).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(ValidationError)
    expect((refused as ValidationError).data.errors).toEqual([{ path: 'status', message: 'Kapacita je naplněna: nejdřív zvyšte kapacitu nebo zrušte jinou registraci.' }])
    expect((await payload.update({ collection: 'registrations', id: first.registration.id, data: { status: 'attended' }, ...asEditor })).status).toBe('attended')
    await payload.update({ collection: 'events', id: event.id, data: { registration: { ...event.registration, capacity: 2 } }, ...asEditor })
    expect(await payload.findByID({ collection: 'registrations', id: second.registration.id, depth: 0 })).toMatchObject({ status: 'confirmed', waitlistPosition: null })
  })

  it('correct a registrant’s e-mail, and the duplicate check follows the new address', async () => {
    const event = await openEvent(payload, association)
    const registered = await register(event.id, formFields({ email: 'preklep@obec.test.cz' }))
    await payload.update({ collection: 'registrations', id: ref(registered.body.id as Id), data: { email: 'spravne@obec.test.cz' } })
    expect((await register(event.id, formFields({ email: 'spravne@obec.test.cz' }))).status).toBe(409)
    expect((await register(event.id, formFields({ email: 'preklep@obec.test.cz' }))).status).toBe(201)
  })

  it('cannot touch registrations of another association’s event', async () => {
    const other = (await createAssociation(payload)).id
    const event = await openEvent(payload, other)
    const registered = await registerAttendee(payload, { target: { kind: 'event', eventId: event.id }, fields: formFields(), user: null, locale: 'cs' })
    if (!registered.ok) throw new Error('registration failed')
    const editor = (await createStaffUser(payload, 'editor', [association])).doc
    await expect(payload.update({ collection: 'registrations', id: registered.registration.id, data: { status: 'cancelled' }, overrideAccess: false, user: editor })).rejects.toThrow()
    expect((await payload.findByID({ collection: 'registrations', id: ref(registered.registration.id), depth: 0 })).status).toBe('confirmed')
  })
})
