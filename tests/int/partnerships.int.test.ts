import { PDFDocument } from 'pdf-lib'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Id } from '@/access/ids'
import type { Member, PartnershipRequest, User } from '@/payload-types'

import { startMailbox, type Mailbox, type ReceivedMail } from '../support/mailbox'

import { apiClient, fieldErrors, literal, type Caller } from './api'
import { createAssociation, createMember, createMunicipality, createRegion, createStaffUser, pdfFile, rawFile, ref } from './fixtures'
import { getTestPayload } from './harness'

/**
 * Foreign partnership applications end to end on the APIs: a member's draft, its submission with
 * a reference and a confirmation e-mail, every status of the office's workflow with the e-mail the
 * applicant receives (read from a real SMTP server), internal notes and staff names that never
 * reach the applicant, matching suggestions and the PDF summary for the partner region.
 */

let payload: Payload
let mailbox: Mailbox
let api: ReturnType<typeof apiClient>

let office: Id
let otherOffice: Id
let centralBohemia: Id
let plzen: Id
let lowerSilesia: Id
let opole: Id
let bavaria: Id
let kolin: Id
let member: { doc: Member; token: string }
let otherMember: { doc: Member; token: string }
let editor: { doc: User; token: string }
let otherEditor: { token: string }

const smtpVariables = ['SMTP_HOST', 'SMTP_PORT', 'SMTP_SECURE', 'SMTP_IGNORE_TLS'] as const

beforeAll(async () => {
  // The e-mail adapter is chosen from SMTP_HOST when the config is first imported (by the harness).
  mailbox = await startMailbox()
  Object.assign(process.env, mailbox.env)
  payload = await getTestPayload()
  api = apiClient(payload)

  office = (await createAssociation(payload, { name: 'Krajský úřad Středočeského kraje', shortName: 'KÚ SK' })).id
  otherOffice = (await createAssociation(payload, { name: 'Sdružení obcí Plzeňského kraje', shortName: 'SOPK' })).id
  lowerSilesia = (await createRegion(payload, { name: 'Województwo dolnośląskie', country: 'PL', kind: 'foreign-partner-region', languages: ['pl'] })).id
  opole = (await createRegion(payload, { name: 'Województwo opolskie', country: 'PL', kind: 'foreign-partner-region', languages: ['pl', 'de'] })).id
  bavaria = (await createRegion(payload, { name: 'Bayern', country: 'DE', kind: 'foreign-partner-region', languages: ['de'] })).id
  centralBohemia = (
    await createRegion(payload, { name: 'Středočeský kraj', partnerRegions: [ref(lowerSilesia), ref(opole)], partnershipOffice: ref(office) })
  ).id
  plzen = (await createRegion(payload, { name: 'Plzeňský kraj', partnerRegions: [ref(bavaria)] })).id
  kolin = (await createMunicipality(payload, { name: 'Kolín', region: ref(centralBohemia), population: 33_000 })).id

  const login = async (account: { email: string; password: string }, collection: 'users' | 'members') => api.login(collection, account.email, account.password)
  const approved = await createMember(payload, kolin, 'approved')
  member = { doc: approved.doc, token: await login(approved, 'members') }
  const another = await createMember(payload, kolin, 'approved')
  otherMember = { doc: another.doc, token: await login(another, 'members') }
  const staff = await createStaffUser(payload, 'editor', [office])
  editor = { doc: staff.doc, token: await login(staff, 'users') }
  otherEditor = { token: await login(await createStaffUser(payload, 'editor', [otherOffice]), 'users') }
})

afterAll(async () => {
  for (const variable of smtpVariables) delete process.env[variable]
  await mailbox?.stop()
})

const application = (extra: Record<string, unknown> = {}) => ({
  homeRegion: centralBohemia,
  applicantKind: 'municipality',
  municipality: kolin,
  applicantName: 'Město Kolín',
  contact: { name: 'Jana Nováková', position: 'tajemnice', email: `novakova-${Math.random().toString(36).slice(2, 8)}@kolin.test.cz`, phone: '+420 321 748 111' },
  desiredRegions: [lowerSilesia],
  cooperationAreas: ['culture', 'schools-youth'],
  offer: 'Hudební festival a partnerská základní škola.',
  lookingFor: 'Gminu podobné velikosti pro výměny žáků.',
  languages: ['pl', 'en'],
  population: 33_000,
  correspondenceLanguage: 'pl',
  consent: { textVersion: '2026-01', givenAt: new Date().toISOString() },
  ...extra,
})

const emailOf = (doc: PartnershipRequest): string => String(doc.contact?.email)

const mailsTo = (address: string): ReceivedMail[] => mailbox.messages.filter((mail) => mail.envelopeTo.includes(address))

/** Runs the jobs queue as the server's cron would, minute after minute, until it has nothing left to do. */
async function runQueue(): Promise<void> {
  while (!(await payload.jobs.run()).noJobsRemaining);
}

/** The e-mails sent to `address` once the queue has run. */
async function deliver(address: string): Promise<ReceivedMail[]> {
  await runQueue()
  return mailsTo(address)
}

const officeCaller = (): Caller => ({ token: editor.token })

async function officeSets(id: Id, data: Record<string, unknown>) {
  const result = await api.rest(officeCaller(), 'PATCH', `partnership-requests/${id}`, data)
  expect(result.status, JSON.stringify(result.body)).toBe(200)
  return (result.body as { doc: PartnershipRequest }).doc
}

describe('an application through the whole workflow', () => {
  let id: Id
  let email: string

  it('starts as a member’s draft that only the member sees and that sends nothing', async () => {
    const mailsBefore = mailbox.messages.length
    const created = await api.rest({ token: member.token }, 'POST', 'partnership-requests', { status: 'draft', applicantName: 'Město Kolín', homeRegion: centralBohemia })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const draft = (created.body as { doc: PartnershipRequest }).doc
    id = draft.id
    expect(draft).toMatchObject({ status: 'draft', reference: null })
    expect(draft.submittedBy).toMatchObject({ id: member.doc.id })

    expect((await api.rest({ token: member.token }, 'GET', `partnership-requests/${id}`)).status).toBe(200)
    expect((await api.rest(officeCaller(), 'GET', `partnership-requests/${id}`)).status).toBe(404)
    expect((await api.rest({ token: otherMember.token }, 'GET', `partnership-requests/${id}`)).status).toBe(404)
    expect((await api.rest({}, 'GET', `partnership-requests/${id}`)).status).toBe(403)
    await runQueue()
    expect(mailbox.messages).toHaveLength(mailsBefore)
  })

  it('is submitted by the member with a reference, goes to the region’s office, and is confirmed by e-mail in Polish', async () => {
    const data = application({ status: 'submitted' })
    email = data.contact.email
    const submitted = await api.rest({ token: member.token }, 'PATCH', `partnership-requests/${id}`, data)
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200)
    const doc = (submitted.body as { doc: PartnershipRequest }).doc
    expect(doc.reference).toMatch(new RegExp(`^PR-${new Date().getFullYear()}-\\d{4}$`))
    expect(doc.association).toMatchObject({ id: office })
    expect(doc.submittedAt).toBeTruthy()

    const [confirmation] = await deliver(email)
    expect(confirmation?.subject).toBe(`Wniosek o partnera zagranicznego ${doc.reference} przyjęty`)
    expect(confirmation?.text).toContain('Dzień dobry, Jana Nováková,')
    expect(confirmation?.text).toContain(`/pl/partnerships/applications/${id}`)

    // Submitted, it is the office's: the member can no longer change it.
    const late = await api.rest({ token: member.token }, 'PATCH', `partnership-requests/${id}`, { applicantName: 'Jiné jméno' })
    expect(late.status).toBe(403)
    expect((await payload.findByID({ collection: 'partnership-requests', id })).applicantName).toBe('Město Kolín')
  })

  it('moves through every status in the office, e-mailing the applicant on each public change', async () => {
    await officeSets(id, { status: 'in-review', internalNotes: 'Interní: starosta volal, chce hlavně školy.' })
    await officeSets(id, { status: 'partner-contacted', statusMessage: 'Napsali jsme do Vratislavi.' })

    const missingPartner = await api.rest(officeCaller(), 'PATCH', `partnership-requests/${id}`, { status: 'partner-proposed' })
    expect(missingPartner.status).toBe(400)
    expect(fieldErrors(missingPartner.body)).toEqual([
      { path: 'proposedPartner.name', message: 'Navržený partner – název: vyplňte prosím pro stav „Navržen partner“' },
    ])

    await officeSets(id, {
      status: 'partner-proposed',
      proposedPartner: { name: 'Gmina Oleśnica', region: lowerSilesia, contact: 'urzad@olesnica.test.pl' },
      statusMessage: 'Gmina má zájem o výměny škol.',
    })
    await officeSets(id, { status: 'matched' })
    const closed = await officeSets(id, { status: 'closed' })

    expect(closed.history?.map((entry) => [entry.status, entry.actor])).toEqual([
      ['submitted', 'applicant'],
      ['in-review', 'office'],
      ['partner-contacted', 'office'],
      ['partner-proposed', 'office'],
      ['matched', 'office'],
      ['closed', 'office'],
    ])
    expect(closed.history?.[1]?.by).toBe(`${editor.doc.name} <${editor.doc.email}>`)

    const mails = await deliver(email)
    const reference = closed.reference
    expect(mails.map((mail) => mail.subject)).toEqual([
      `Wniosek o partnera zagranicznego ${reference} przyjęty`,
      `Wniosek ${reference}: W ocenie`,
      `Wniosek ${reference}: Skontaktowano się z regionem partnerskim`,
      `Wniosek ${reference}: Zaproponowano partnera`,
      `Wniosek ${reference}: Partnerstwo nawiązane`,
    ])
    expect(mails[2]?.text).toContain('Wiadomość urzędu:\nNapsali jsme do Vratislavi.')
    expect(mails[3]?.text).toContain('Proponowany partner: Gmina Oleśnica')
    for (const mail of mails) expect(mail.text).not.toContain('Interní')
  })

  it('records the matched partnership for the office, off the public map', async () => {
    const recorded = await payload.find({ collection: 'partnerships', where: { request: { equals: id } }, depth: 0 })
    expect(recorded.docs).toMatchObject([{ partnerName: 'Gmina Oleśnica', visibility: 'internal', municipality: kolin, areas: ['culture', 'schools-youth'] }])
    const { body } = await api.rest({}, 'GET', 'partnerships?depth=0&pagination=false')
    expect((body.docs as { id: Id }[]).map((doc) => doc.id)).not.toContain(recorded.docs[0]?.id)
  })

  it('shows the applicant the status, the proposed partner and the office’s messages, but never internal notes or staff names', async () => {
    const byId = await api.rest({ token: member.token }, 'GET', `partnership-requests/${id}?depth=0`)
    const list = await api.rest({ token: member.token }, 'GET', 'partnership-requests?depth=0&pagination=false')
    const graphqlOne = await api.graphql(
      { token: member.token },
      `{ PartnershipRequest(id: ${literal(id)}) { id status internalNotes proposedPartner { name } history { status by message } } }`,
    )
    const graphqlList = await api.graphql({ token: member.token }, '{ PartnershipRequests { docs { id internalNotes history { by } } } }')
    const local = await payload.findByID({ collection: 'partnership-requests', id, depth: 0, overrideAccess: false, user: { ...member.doc, collection: 'members' } })

    const seen = [
      byId.body,
      ...((list.body.docs as Record<string, unknown>[]) ?? []),
      graphqlOne.data?.PartnershipRequest as Record<string, unknown>,
      ...((graphqlList.data?.PartnershipRequests as { docs: Record<string, unknown>[] }).docs ?? []),
      local as unknown as Record<string, unknown>,
    ]
    expect(seen).toHaveLength(5)
    for (const doc of seen) {
      expect(doc.internalNotes ?? null).toBeNull()
      for (const entry of (doc.history as Record<string, unknown>[]) ?? []) expect(entry.by ?? null).toBeNull()
    }
    expect(JSON.stringify(seen)).not.toContain('Interní')
    expect(JSON.stringify(seen)).not.toContain(editor.doc.email)
    expect(graphqlOne.data?.PartnershipRequest).toMatchObject({ status: 'closed', proposedPartner: { name: 'Gmina Oleśnica' } })
    expect(byId.body.history).toEqual(expect.arrayContaining([expect.objectContaining({ status: 'partner-contacted', message: 'Napsali jsme do Vratislavi.' })]))

    const staffView = await api.rest(officeCaller(), 'GET', `partnership-requests/${id}?depth=0`)
    expect(staffView.body.internalNotes).toBe('Interní: starosta volal, chce hlavně školy.')
  })
})

describe('the workflow’s rules', () => {
  const submit = async (caller: Caller, extra: Record<string, unknown> = {}) => api.rest(caller, 'POST', 'partnership-requests', application(extra))

  it('refuses a step the workflow does not allow and names the steps that are', async () => {
    const { body } = await submit({})
    const id = (body.doc as PartnershipRequest).id
    const skipped = await api.rest({ ...officeCaller(), language: 'en' }, 'PATCH', `partnership-requests/${id}`, { status: 'matched' })
    expect(skipped.status).toBe(400)
    expect(fieldErrors(skipped.body)).toEqual([
      { path: 'status', message: 'Status: from “Submitted” cannot move to “Partnership established”; possible: In review, Declined' },
    ])
    expect((await payload.findByID({ collection: 'partnership-requests', id })).status).toBe('submitted')
  })

  it('declines only with a reason, and tells the applicant the reason', async () => {
    const { body } = await submit({}, { correspondenceLanguage: 'en' })
    const doc = body.doc as PartnershipRequest
    const silent = await api.rest(officeCaller(), 'PATCH', `partnership-requests/${doc.id}`, { status: 'declined' })
    expect(fieldErrors(silent.body).map((error) => error.path)).toEqual(['statusMessage'])
    await officeSets(doc.id, { status: 'declined', statusMessage: 'The partner regions have no municipality interested in tourism now.' })
    const mails = await deliver(emailOf(doc))
    expect(mails.at(-1)?.subject).toBe(`Application ${doc.reference}: Declined`)
    expect(mails.at(-1)?.text).toContain('The partner regions have no municipality interested in tourism now.')
  })

  it('lets an anonymous applicant submit, but not choose a status, a member or internal notes', async () => {
    const forged = await submit({}, { status: 'matched' })
    expect(forged.status).toBe(400)
    expect(fieldErrors(forged.body).map((error) => error.path)).toEqual(['status'])

    const sneaky = await submit({}, { submittedBy: member.doc.id, internalNotes: 'Schváleno ředitelem', association: otherOffice })
    expect(sneaky.status, JSON.stringify(sneaky.body)).toBe(201)
    const stored = await payload.findByID({ collection: 'partnership-requests', id: (sneaky.body.doc as PartnershipRequest).id, depth: 0 })
    expect(stored).toMatchObject({ status: 'submitted', submittedBy: null, association: office })
    expect(stored.internalNotes ?? null).toBeNull()
  })

  it('refuses an incomplete application, naming every field in the applicant’s language, and stores nothing', async () => {
    const before = (await payload.count({ collection: 'partnership-requests' })).totalDocs
    const incomplete = { ...application(), applicantName: '', contact: { name: 'Jana', email: 'jana@' }, cooperationAreas: [], desiredRegions: [bavaria] }
    const english = await api.rest({ language: 'en' }, 'POST', 'partnership-requests', incomplete)
    expect(english.status).toBe(400)
    expect(fieldErrors(english.body)).toEqual([
      { path: 'applicantName', message: 'Applicant name: please fill this in' },
      { path: 'contact.email', message: "Contact person's e-mail: enter a valid e-mail address, e.g. mayor@town.cz" },
      { path: 'desiredRegions', message: 'Partner regions: choose only regions your region cooperates with' },
      { path: 'cooperationAreas', message: 'Areas of cooperation: please fill this in' },
    ])
    // The public site passes the page's language; Polish is not an admin language.
    const polish = await payload
      .create({ collection: 'partnership-requests', data: incomplete as never, overrideAccess: false, context: { publicLocale: 'pl' } })
      .catch((error: { data?: { errors?: { message: string }[] } }) => error.data?.errors?.map((fieldError) => fieldError.message))
    expect(polish).toContain('Nazwa wnioskodawcy: proszę uzupełnić')
    expect((await payload.count({ collection: 'partnership-requests' })).totalDocs).toBe(before)
  })

  it('takes no applications for a region without an office', async () => {
    const result = await submit({}, { homeRegion: plzen, desiredRegions: [bavaria] })
    expect(fieldErrors(result.body)).toEqual([{ path: 'homeRegion', message: 'Kraj žadatele: pro tento kraj zatím žádosti nepřijímáme' }])
  })

  it('keeps the e-mail when the mail server is down and sends it once it is back', async () => {
    const { body } = await submit({})
    const doc = body.doc as PartnershipRequest
    await deliver(emailOf(doc))
    await mailbox.stop()
    try {
      await officeSets(doc.id, { status: 'in-review' })
      await runQueue()
    } finally {
      await mailbox.start()
    }
    expect(mailsTo(emailOf(doc)).map((mail) => mail.subject)).toEqual([`Wniosek o partnera zagranicznego ${doc.reference} przyjęty`])
    // The queue retries after a pause; let that pause pass.
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      vi.setSystemTime(Date.now() + 5 * 60_000)
      await runQueue()
    } finally {
      vi.useRealTimers()
    }
    expect(mailsTo(emailOf(doc)).map((mail) => mail.subject)).toEqual([
      `Wniosek o partnera zagranicznego ${doc.reference} przyjęty`,
      `Wniosek ${doc.reference}: W ocenie`,
    ])
  })
})

describe('the signed application form', () => {
  const upload = async (caller: Caller, file: { data: Buffer; name: string; mimetype: string }) => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
    form.append('_payload', JSON.stringify({}))
    return api.rest(caller, 'POST', 'partnership-attachments', form)
  }

  it('is readable by its uploader and, once submitted, by the handling office only', async () => {
    const uploaded = await upload({ token: member.token }, pdfFile('zadost-podepsana.pdf'))
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201)
    const file = (uploaded.body.doc as { id: Id }).id

    const stolen = await api.rest({ token: otherMember.token }, 'POST', 'partnership-requests', application({ signedForm: file }))
    expect(fieldErrors(stolen.body).map((error) => error.path)).toEqual(['signedForm'])

    const submitted = await api.rest({ token: member.token }, 'POST', 'partnership-requests', application({ signedForm: file }))
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(201)

    const readers: [string, Caller, number][] = [
      ['the member who uploaded it', { token: member.token }, 200],
      ['the handling office', officeCaller(), 200],
      ['another member', { token: otherMember.token }, 404],
      ['another office', { token: otherEditor.token }, 404],
      ['an anonymous visitor', {}, 403],
    ]
    for (const [who, caller, status] of readers) {
      expect((await api.rest(caller, 'GET', `partnership-attachments/${file}`)).status, who).toBe(status)
    }
  })

  it('must be a PDF', async () => {
    const html = await upload({ token: member.token }, rawFile('<html><body>Žádost</body></html>', 'zadost.pdf', 'application/pdf'))
    expect(html.status).toBe(400)
  })
})

describe('help for the office', () => {
  let subject: PartnershipRequest

  beforeAll(async () => {
    const ricany = await createMunicipality(payload, { name: 'Říčany', region: ref(centralBohemia), population: 16_800 })
    const beroun = await createMunicipality(payload, { name: 'Beroun', region: ref(centralBohemia), population: 22_000 })
    const mnisek = await createMunicipality(payload, { name: 'Mníšek pod Brdy', region: ref(centralBohemia), population: 4_600 })
    await payload.create({
      collection: 'partnerships',
      data: { association: ref(office), municipality: ref(ricany.id), partnerName: 'Gmina Oława', partnerRegion: ref(lowerSilesia), areas: ['culture'], since: 2004, visibility: 'public' },
    })
    await payload.create({
      collection: 'partnerships',
      data: { association: ref(office), municipality: ref(mnisek.id), partnerName: 'Gmina Nysa', partnerRegion: ref(lowerSilesia), areas: ['business'], since: 2010, visibility: 'public' },
    })
    const wishes = { desiredRegions: [lowerSilesia, opole], cooperationAreas: ['culture', 'schools-youth', 'social-services'] }
    await payload.create({
      collection: 'partnership-requests',
      data: application({ ...wishes, municipality: ref(beroun.id), applicantName: 'Město Beroun', population: 22_000 }) as never,
    })
    subject = (await api.rest({}, 'POST', 'partnership-requests', application({ ...wishes, applicantName: 'Město Kolín (druhá žádost)' }))).body.doc as PartnershipRequest
  })

  it('suggests partnerships and applications in the same partner regions with shared areas, best first, with reasons', async () => {
    const { status, body } = await api.rest(officeCaller(), 'GET', `partnership-requests/${subject.id}/suggestions`)
    expect(status).toBe(200)
    const suggestions = body.suggestions as { kind: string; title: string; reasons: string[] }[]
    expect(suggestions[0]).toMatchObject({ kind: 'application', title: expect.stringContaining('Město Beroun') })
    // ICU may glue the Czech "a" to the next word with a no-break space.
    expect(suggestions[0]?.reasons.map((reason) => reason.replace(/\u00a0/g, ' '))).toEqual([
      'Stejný partnerský region: Województwo dolnośląskie a Województwo opolskie',
      'Společné oblasti: Kultura, Spolupráce škol a výměny mládeže a Sociální oblast',
      'Společný jazyk: polština a angličtina',
      'Podobná velikost (poměr 1,5 : 1)',
    ])
    const titles = suggestions.map((suggestion) => suggestion.title).join(' | ')
    expect(titles).toContain('Říčany ↔ Gmina Oława')
    // Same region, but no area in common.
    expect(titles).not.toContain('Nysa')
  })

  it('prints a PDF summary for the partner region in its language, for the office only', async () => {
    const pdf = await api.rest(officeCaller(), 'GET', `partnership-requests/${subject.id}/summary.pdf?lang=pl`)
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    const document = await PDFDocument.load(pdf.bytes)
    expect(document.getTitle()).toBe(`Wniosek o partnera zagranicznego ${subject.reference}`)

    expect((await api.rest({ token: member.token }, 'GET', `partnership-requests/${subject.id}/summary.pdf`)).status).toBe(403)
    expect((await api.rest({ token: otherEditor.token }, 'GET', `partnership-requests/${subject.id}/summary.pdf`)).status).toBe(404)
    expect((await api.rest({ token: otherEditor.token }, 'GET', `partnership-requests/${subject.id}/suggestions`)).status).toBe(404)
  })
})
