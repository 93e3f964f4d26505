import ExcelJS from 'exceljs'
import { parse } from 'csv-parse/sync'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Id } from '@/access/ids'
import { cancelForMember, eraseByToken, findByToken, personalData, registerAttendee, type Registered } from '@/collections/Registrations/service'
import type { TargetRef } from '@/domain/registration/keys'

import { createAssociation, createMember, createMunicipality, createRegion, createStaffUser, PASSWORD, pdfFile, ref, validData } from './fixtures'
import { getTestPayload } from './harness'
import { formFields, login, openEvent, registrationsOf, restClient } from './registrationScene'

/**
 * What the organisers get (counts, exports, proxies, seminar terms) and what the registrants'
 * privacy demands (who may read, download and erase, anonymisation after the retention period).
 */

let payload: Payload
let api: ReturnType<typeof restClient>
let associationA: Id
let associationB: Id
let plzen: Id
let tokens: { editorA: string; editorB: string }

beforeAll(async () => {
  payload = await getTestPayload()
  api = restClient(payload)
  associationA = (await createAssociation(payload, { name: 'Sdružení obcí Plzeňského kraje', shortName: 'SOPK' })).id
  associationB = (await createAssociation(payload, { name: 'Svaz měst a obcí ČR', shortName: 'SMO ČR', kind: 'national' })).id
  const region = await createRegion(payload, { name: 'Plzeňský kraj', code: '43' })
  plzen = (await createMunicipality(payload, { name: 'Plzeň', district: 'Plzeň-město', ruianCode: '554791', region: ref(region.id), kind: 'statutory-city' })).id
  await createMunicipality(payload, { name: 'Dobřany', district: 'Plzeň-jih', ruianCode: '557714', region: ref(region.id) })
  const editorA = await createStaffUser(payload, 'editor', [associationA])
  const editorB = await createStaffUser(payload, 'editor', [associationB])
  tokens = { editorA: await login(payload, 'users', editorA.email, editorA.password), editorB: await login(payload, 'users', editorB.email, editorB.password) }
})

// Uploaded authorisations land in media/authorisations; remove what this file created.
afterAll(async () => {
  if (payload) await payload.delete({ collection: 'proxy-authorisations', where: { id: { exists: true } } })
})

const registerFor = async (target: TargetRef, fields: Record<string, unknown> = formFields(), extra: Partial<Parameters<typeof registerAttendee>[1]> = {}): Promise<Registered> => {
  const result = await registerAttendee(payload, { target, fields, user: null, locale: 'cs', ...extra })
  if (!result.ok) throw new Error(`refused: ${result.message} ${JSON.stringify(result.fieldErrors)}`)
  return result
}
const eventRef = (id: Id): TargetRef => ({ kind: 'event', eventId: id })

describe('counts and exports for the organiser', () => {
  it('count per status and export attendees with municipality, district and region as CSV and XLSX, for the organiser’s staff only', async () => {
    const event = await openEvent(payload, associationA, { capacity: 2 })
    await registerFor(eventRef(event.id), formFields({ name: 'Jana Nováková', organisation: undefined, municipality: 'Plzeň (Plzeň-město)', position: 'mayor' }))
    const second = await registerFor(eventRef(event.id), formFields({ name: 'Petr Malý' }))
    await registerFor(eventRef(event.id), formFields({ name: 'Eva Dlouhá' }))
    await payload.update({ collection: 'registrations', id: second.registration.id, data: { status: 'attended' } })
    const target = `event:${event.id}`

    expect((await api('GET', `registrations/summary?target=${target}`, undefined, tokens.editorA)).body).toEqual({
      confirmed: 1,
      attended: 1,
      waitlisted: 1,
      cancelled: 0,
      capacity: 2,
      remaining: 0,
    })

    const csv = await api('GET', `registrations/export?target=${target}&format=csv`, undefined, tokens.editorA)
    expect(csv.status).toBe(200)
    expect(csv.response.headers.get('content-disposition')).toMatch(/attachment; filename="registrace-.+\.csv"/)
    const [header, ...rows] = parse(csv.bytes.toString('utf8').replace(/^\uFEFF/, '')) as string[][]
    expect(header?.slice(0, 6)).toEqual(['Jméno a příjmení', 'E-mail', 'Telefon', 'Obec', 'Okres', 'Kraj'])
    expect(rows.map((row) => [row[0], row[3], row[4], row[5], row[8]])).toEqual([
      ['Jana Nováková', 'Plzeň', 'Plzeň-město', 'Plzeňský kraj', 'Potvrzeno'],
      ['Petr Malý', '', '', '', 'Zúčastnil(a) se'],
      ['Eva Dlouhá', '', '', '', 'Náhradník'],
    ])

    const xlsx = await api('GET', `registrations/export?target=${target}&format=xlsx&lang=en`, undefined, tokens.editorA)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]
    expect(sheet?.getRow(1).getCell(1).value).toBe('Full name')
    expect(sheet?.getRow(2).values).toEqual(expect.arrayContaining(['Jana Nováková', 'Plzeň', 'Plzeň-město', 'Plzeňský kraj', 'Mayor', 'Confirmed']))
    expect(sheet?.rowCount).toBe(4)

    for (const [token, status] of [
      [tokens.editorB, 403],
      [undefined, 403],
    ] as const) {
      expect((await api('GET', `registrations/export?target=${target}&format=csv`, undefined, token)).status).toBe(status)
      expect((await api('GET', `registrations/summary?target=${target}`, undefined, token)).status).toBe(status)
    }
    expect((await api('GET', 'registrations/export?target=event:999999', undefined, tokens.editorA)).status).toBe(404)
  })
})

describe('privacy', () => {
  it('shows registrations only to the organiser’s staff and to the member who registered', async () => {
    const member = await createMember(payload, plzen, 'approved')
    const memberToken = await login(payload, 'members', member.email, PASSWORD)
    const event = await openEvent(payload, associationA)
    const own = await registerFor(eventRef(event.id), formFields(), { user: member.doc })
    const someoneElse = await registerFor(eventRef(event.id))
    expect(own.registration.member).toEqual(member.doc.id)

    const idsSeenBy = async (token?: string) =>
      ((await api('GET', `registrations?where[event][equals]=${event.id}&depth=0`, undefined, token)).body.docs as { id: Id }[] | undefined)?.map((doc) => doc.id) ?? []
    expect(await idsSeenBy()).toEqual([])
    expect(await idsSeenBy(tokens.editorB)).toEqual([])
    expect(await idsSeenBy(memberToken)).toEqual([own.registration.id])
    expect((await idsSeenBy(tokens.editorA)).sort()).toEqual([own.registration.id, someoneElse.registration.id].sort())
    // The secret link's hash and salt never leave the server, not even to the organiser.
    const asEditor = await api('GET', `registrations/${own.registration.id}?depth=0`, undefined, tokens.editorA)
    expect(asEditor.body).not.toHaveProperty('cancelTokenHash')
    expect(asEditor.body).not.toHaveProperty('linkSalt')
    expect(asEditor.body).not.toHaveProperty('registrationKey')
  })

  it('lets the registrant download their data and erase it through the secret link, which then dies and frees the seat', async () => {
    const event = await openEvent(payload, associationA, { capacity: 1 })
    const registered = await registerFor(eventRef(event.id), formFields({ name: 'Jana Nováková', phone: '+420 377 123 456', organisation: undefined, municipality: 'Plzeň' }))
    const waiting = await registerFor(eventRef(event.id))
    const found = await findByToken(payload, registered.token)
    if (!found) throw new Error('the token finds nothing')
    expect(await personalData(payload, found, 'cs')).toMatchObject({
      name: 'Jana Nováková',
      phone: '+420 377 123 456',
      municipality: 'Plzeň (Plzeň-město)',
      status: 'confirmed',
      consent: { textVersion: '2025-01' },
      event: { title: event.title },
    })

    expect(await eraseByToken(payload, registered.token, 'cs')).toMatchObject({ ok: true })
    const erased = await payload.findByID({ collection: 'registrations', id: registered.registration.id, depth: 0 })
    expect(erased).toMatchObject({ attendeeName: 'Anonymised', phone: null, status: 'cancelled' })
    expect(erased.email).not.toContain('obec.test.cz')
    expect(erased.anonymisedAt).toBeTruthy()
    expect(await findByToken(payload, registered.token)).toBeNull()
    expect(await eraseByToken(payload, registered.token, 'en')).toMatchObject({ ok: false, status: 404 })
    expect((await payload.findByID({ collection: 'registrations', id: waiting.registration.id, depth: 0 })).status).toBe('confirmed')
  })

  it('anonymises registrations of events older than the retention period, nightly, and leaves recent ones', async () => {
    await payload.updateGlobal({ slug: 'site-settings', data: { siteName: 'Municipia', registrationRetentionMonths: 3 } })
    const months = (count: number) => new Date(Date.now() + count * 30 * 24 * 3600 * 1000).toISOString()
    const old = await payload.create({ collection: 'events', data: { ...validData.events({ association: associationA }), startsAt: months(-5), endsAt: months(-5), _status: 'published' } })
    const recent = await payload.create({ collection: 'events', data: { ...validData.events({ association: associationA }), startsAt: months(-1), endsAt: months(-1), _status: 'published' } })
    const oldOne = await payload.create({ collection: 'registrations', data: { ...validData.registrations({ event: old.id }), attendeeName: 'Stará Registrace', phone: '+420 123 456 789' } })
    const recentOne = await payload.create({ collection: 'registrations', data: { ...validData.registrations({ event: recent.id }), attendeeName: 'Nová Registrace' } })

    await payload.jobs.queue({ task: 'anonymiseRegistrations', input: {} })
    await payload.jobs.run({ queue: 'default', where: { taskSlug: { equals: 'anonymiseRegistrations' } } })

    expect(await payload.findByID({ collection: 'registrations', id: oldOne.id, depth: 0 })).toMatchObject({ attendeeName: 'Anonymised', phone: null, status: 'confirmed' })
    expect(await payload.findByID({ collection: 'registrations', id: recentOne.id, depth: 0 })).toMatchObject({ attendeeName: 'Nová Registrace' })
  })
})

describe('seminar terms', () => {
  it('count each term on its own and let one e-mail register for two terms', async () => {
    const inWeeks = (weeks: number) => new Date(Date.now() + weeks * 7 * 24 * 3600 * 1000).toISOString()
    const seminar = await payload.create({
      collection: 'seminars',
      data: {
        ...validData.seminars({ association: associationA }),
        _status: 'published',
        terms: [
          { startsAt: inWeeks(2), timeZone: 'Europe/Prague', capacity: 1 },
          { startsAt: inWeeks(4), timeZone: 'Europe/Prague', capacity: 5 },
        ],
        registration: { enabled: true, consentVersion: '2025-01', waitlist: true },
      },
    })
    const [first, second] = seminar.terms.map((term) => String(term.id))
    const email = 'tajemnice@obec.test.cz'
    const a = await registerFor({ kind: 'seminar', seminarId: seminar.id, termId: first ?? '' }, formFields({ email }))
    const b = await registerFor({ kind: 'seminar', seminarId: seminar.id, termId: first ?? '' })
    const c = await registerFor({ kind: 'seminar', seminarId: seminar.id, termId: second ?? '' }, formFields({ email }))
    expect([a, b, c].map((result) => [result.registration.status, result.registration.waitlistPosition ?? null])).toEqual([
      ['confirmed', null],
      ['waitlisted', 1],
      ['confirmed', null],
    ])
    const unknownTerm = await registerAttendee(payload, { target: { kind: 'seminar', seminarId: seminar.id, termId: 'no-such-term' }, fields: formFields(), user: null, locale: 'cs' })
    expect(unknownTerm).toMatchObject({ ok: false, status: 404 })
  })
})

describe('assembly proxies and members-only events', () => {
  it('take a proxy’s authorisation with the registration; only the organiser’s staff may open and approve it', async () => {
    const assembly = await openEvent(payload, associationA, {}, { kind: 'assembly', title: 'XX. sněm' })
    const proxy = await registerFor(eventRef(assembly.id), formFields({ organisation: undefined, municipality: 'Plzeň', proxy: 'on', representsMunicipality: 'Dobřany (Plzeň-jih)' }), {
      file: (({ data, name, mimetype, size }) => ({ data, name, type: mimetype, size }))(pdfFile('plna-moc.pdf')),
    })
    const authorisation = proxy.registration.proxy?.authorisation
    expect(authorisation).toBeTruthy()

    const missingFile = await registerAttendee(payload, {
      target: eventRef(assembly.id),
      fields: formFields({ proxy: 'on', representsMunicipality: 'Dobřany' }),
      user: null,
      locale: 'cs',
    })
    expect(missingFile).toMatchObject({ ok: false, status: 422, fieldErrors: { authorisation: 'Plná moc: přiložte plnou moc.' } })

    expect((await api('GET', `proxy-authorisations/${String(authorisation)}`, undefined, tokens.editorB)).status).toBe(404)
    expect((await api('GET', `proxy-authorisations/${String(authorisation)}`)).status).toBe(403)
    expect((await api('GET', `proxy-authorisations/${String(authorisation)}`, undefined, tokens.editorA)).status).toBe(200)
    const approved = await api('PATCH', `registrations/${proxy.registration.id}`, { proxy: { approved: true } }, tokens.editorA)
    expect(approved.status).toBe(200)
    expect((await payload.findByID({ collection: 'registrations', id: proxy.registration.id, depth: 0 })).proxy?.approved).toBe(true)

    const ordinary = await openEvent(payload, associationA)
    const ignored = await registerFor(eventRef(ordinary.id), formFields({ proxy: 'on', representsMunicipality: 'Dobřany' }))
    expect(ignored.registration.proxy?.representsMunicipality ?? null).toBeNull()
  })

  it('let only approved members register for a members-only event, linked to their account', async () => {
    const event = await openEvent(payload, associationA, { membersOnly: true })
    const approved = await createMember(payload, plzen, 'approved')
    const pending = await createMember(payload, plzen, 'pending')
    const target = eventRef(event.id)
    expect(await registerAttendee(payload, { target, fields: formFields(), user: null, locale: 'en' })).toMatchObject({
      ok: false,
      status: 403,
      message: 'Registration is open to logged-in members only.',
    })
    expect(await registerAttendee(payload, { target, fields: formFields(), user: pending.doc, locale: 'cs' })).toMatchObject({ ok: false, status: 403 })
    const registered = await registerFor(target, formFields(), { user: approved.doc })
    expect(registered.registration.member).toEqual(approved.doc.id)
    expect(await registrationsOf(payload, event.id)).toHaveLength(1)

    // From the member portal: only one's own registration can be cancelled, and only by oneself.
    expect(await cancelForMember(payload, registered.registration.id, pending.doc, 'cs')).toMatchObject({ ok: false, status: 404 })
    expect(await cancelForMember(payload, registered.registration.id, null, 'cs')).toMatchObject({ ok: false, status: 403 })
    expect(await cancelForMember(payload, registered.registration.id, approved.doc, 'cs')).toMatchObject({ ok: true, registration: { status: 'cancelled' } })
  })
})
