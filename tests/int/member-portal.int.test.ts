import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sameId, type Id, type Ref } from '@/access/ids'
import type { StaffUser } from '@/access/roles'
import { confirmEmailChange, requestEmailChange } from '@/collections/Members/emailChange'
import { documentsWaitingForReview } from '@/collections/editorial/reviewQueue'
import type { Member } from '@/payload-types'

import { startMailbox, type Mailbox, type ReceivedMail } from '../support/mailbox'
import { createAssociation, createMember, createMunicipality, createStaffUser, nextNumber, PASSWORD, pngFile, ref, validData } from './fixtures'
import { getTestPayload } from './harness'
import { bearer, httpFor, type Http } from './http'

/**
 * Member accounts and editorial roles end to end through Payload's REST and GraphQL handlers,
 * with every e-mail going through a real SMTP server on loopback.
 */

let mailbox: Mailbox
let payload: Payload
let http: Http
let A: Id
let B: Id
let X: Id
let Y: Id
let notMember: Id
let editorA: StaffUser
let editorB: StaffUser
let managerA: StaffUser
let managerB: StaffUser
const staffTokens = new Map<Id, string>()

/** Each test speaks from its own address, so rate limits of one test do not meet another. */
let addressSequence = 0
const newAddress = () => `198.51.100.${(addressSequence += 1)}`
const from = (address: string, headers: HeadersInit = {}) => ({ 'x-forwarded-for': address, ...headers })

const signUpData = (overrides: Record<string, unknown> = {}) => ({
  firstName: 'Jana',
  lastName: 'Nováková',
  email: `jana.novakova.${nextNumber()}@posta-obce.test.cz`,
  password: 'Lípa na návsi 1887',
  municipality: X,
  position: 'mayor',
  phone: '',
  preferredLanguage: 'cs',
  ...overrides,
})

const mailTo = (address: string, subject?: string) => (mail: ReceivedMail) =>
  mail.envelopeTo.includes(address.toLowerCase()) && (subject === undefined || mail.subject === subject)

/** The token of the first link in an e-mail that leads to the given portal page. */
function tokenFrom(mail: ReceivedMail, path: string): string {
  const link = [...String(mail.html).matchAll(/href="([^"]+)"/g)].map((match) => match[1] ?? '').find((href) => href.includes(path))
  const token = link ? new URL(link.replace(/&amp;/g, '&')).searchParams.get('token') : null
  if (!token) throw new Error(`No link to ${path} in “${mail.subject}”`)
  return token
}

const storedMember = async (email: string) => (await payload.find({ collection: 'members', where: { email: { equals: email } }, overrideAccess: true, showHiddenFields: true })).docs[0]

async function staffToken(user: StaffUser): Promise<string> {
  const cached = staffTokens.get(user.id)
  if (cached) return cached
  const { body } = await http.rest('POST', 'users/login', { body: { email: user.email, password: PASSWORD } })
  staffTokens.set(user.id, String(body.token))
  return String(body.token)
}

async function memberToken(email: string, password = PASSWORD): Promise<string> {
  const { status, body } = await http.rest('POST', 'members/login', { body: { email, password }, headers: from(newAddress()) })
  if (status !== 200) throw new Error(`log-in failed: ${JSON.stringify(body)}`)
  return String(body.token)
}

beforeAll(async () => {
  mailbox = await startMailbox()
  // The e-mail adapter is chosen from SMTP_HOST when the config is first imported (by getTestPayload).
  Object.assign(process.env, mailbox.env)
  payload = await getTestPayload()
  http = httpFor(payload)
  A = (await createAssociation(payload, { name: 'Sdružení obcí Plzeňského kraje', shortName: 'SOPK' })).id
  B = (await createAssociation(payload, { name: 'Sdružení obcí Vysočiny', shortName: 'SOV' })).id
  X = (await createMunicipality(payload, { name: 'Kozojedy', website: 'https://www.kozojedy-test.cz', memberships: [{ association: ref(A), status: 'active' }] })).id
  Y = (await createMunicipality(payload, { name: 'Lhota', memberships: [{ association: ref(B), status: 'active' }] })).id
  notMember = (await createMunicipality(payload, { name: 'Nečlenov', website: 'https://www.neclenov-test.cz' })).id
  editorA = (await createStaffUser(payload, 'editor', [A])).doc
  editorB = (await createStaffUser(payload, 'editor', [B])).doc
  managerA = (await createStaffUser(payload, 'manager', [A])).doc
  managerB = (await createStaffUser(payload, 'manager', [B])).doc
})

afterAll(async () => {
  await mailbox?.stop()
  if (payload) await payload.delete({ collection: 'media', where: { id: { exists: true } }, overrideAccess: true })
})

// ---------------------------------------------------------------------------------------------

describe('signing up', () => {
  it('lets a visitor confirm the e-mail from the link and log in, with the account waiting for approval', async () => {
    const data = signUpData()
    const response = await http.rest('POST', 'members/sign-up', { body: data, headers: from(newAddress()) })
    expect(response.status, response.text).toBe(200)
    expect(response.body.message).toBe('Děkujeme. Pokud adresu lze použít, poslali jsme na ni odkaz k potvrzení.')

    const mail = await mailbox.waitFor(mailTo(data.email, 'Potvrďte svůj e-mail – Municipia'))
    expect(String(mail.html)).toContain('http://localhost:3000/account/verify?token=')
    const beforeVerifying = await http.rest('POST', 'members/login', { body: { email: data.email, password: data.password }, headers: from(newAddress()) })
    expect(beforeVerifying.status).toBe(403)

    expect((await http.rest('POST', `members/verify/${tokenFrom(mail, '/account/verify')}`)).status).toBe(200)
    const login = await http.rest('POST', 'members/login', { body: { email: data.email, password: data.password }, headers: from(newAddress()) })
    expect(login.status, login.text).toBe(200)
    expect(login.body.user).toMatchObject({ email: data.email, approvalStatus: 'pending', firstName: 'Jana' })
  })

  it('writes to the member in the language they chose, linking to the page in that language', async () => {
    const data = signUpData({ preferredLanguage: 'pl', firstName: 'Anna' })
    await http.rest('POST', 'members/sign-up', { body: data, headers: from(newAddress()) })
    const mail = await mailbox.waitFor(mailTo(data.email))
    expect(mail.subject).toBe('Potwierdź swój adres e-mail – Municipia')
    expect(String(mail.html)).toContain('Dzień dobry, Anna Nováková,')
    expect(String(mail.html)).toContain('http://localhost:3000/pl/account/verify?token=')
  })

  it('answers a known address exactly like a new one, and tells the owner instead', async () => {
    const data = signUpData()
    const first = await http.rest('POST', 'members/sign-up', { body: data, headers: from(newAddress()) })
    const second = await http.rest('POST', 'members/sign-up', { body: { ...data, firstName: 'Vetřelec', password: 'Jiné heslo k účtu 42' }, headers: from(newAddress()) })
    expect(second.status).toBe(first.status)
    expect(second.body).toEqual(first.body)

    const notice = await mailbox.waitFor(mailTo(data.email, 'Pokus o registraci s vaší adresou – Municipia'))
    expect(String(notice.html)).toContain('/account/log-in')
    const { docs } = await payload.find({ collection: 'members', where: { email: { equals: data.email } }, overrideAccess: true })
    expect(docs.map((member) => member.firstName)).toEqual(['Jana'])
  })

  it('refuses bad input field by field, in the visitor’s language, and stores nothing', async () => {
    const before = (await payload.count({ collection: 'members', overrideAccess: true })).totalDocs
    const response = await http.rest('POST', 'members/sign-up', {
      body: { ...signUpData(), locale: 'pl', email: 'wojt@', password: 'krotkie', municipality: '' },
      headers: from(newAddress()),
    })
    expect(response.status).toBe(400)
    expect(response.body.errors).toEqual([
      { field: 'email', message: 'E-mail: podaj poprawny adres e-mail, np. wojt@gmina.pl.' },
      { field: 'password', message: 'Hasło: co najmniej 10 znaków. Dobrze sprawdzi się kilka słów.' },
      { field: 'municipality', message: 'Gmina: to pole jest wymagane.' },
    ])
    const unknown = await http.rest('POST', 'members/sign-up', { body: { ...signUpData(), municipality: '999999' }, headers: from(newAddress()) })
    expect(unknown.body.errors).toEqual([{ field: 'municipality', message: 'Obec: vyhledejte a vyberte svou obec ze seznamu.' }])
    expect((await payload.count({ collection: 'members', overrideAccess: true })).totalDocs).toBe(before)
  })
})

// ---------------------------------------------------------------------------------------------

describe('approval', () => {
  it('is automatic for an e-mail on the municipality’s own domain', async () => {
    const data = signUpData({ email: `starosta.${nextNumber()}@kozojedy-test.cz` })
    await http.rest('POST', 'members/sign-up', { body: data, headers: from(newAddress()) })
    const member = await storedMember(data.email)
    expect(member).toMatchObject({ approvalStatus: 'approved', _verified: false })
    expect(member?.approvedBy).toBeFalsy()
    expect(member?.approvedAt).toBeTruthy()
  })

  it('is not automatic when the site settings say so, nor for a municipality that belongs to no association', async () => {
    await payload.updateGlobal({ slug: 'site-settings', data: { siteName: 'Municipia', memberAutoApproval: false }, overrideAccess: true })
    const switchedOff = signUpData({ email: `starosta.${nextNumber()}@kozojedy-test.cz` })
    await http.rest('POST', 'members/sign-up', { body: switchedOff, headers: from(newAddress()) })
    await payload.updateGlobal({ slug: 'site-settings', data: { siteName: 'Municipia', memberAutoApproval: true }, overrideAccess: true })
    const outsider = signUpData({ email: `starosta.${nextNumber()}@neclenov-test.cz`, municipality: notMember })
    await http.rest('POST', 'members/sign-up', { body: outsider, headers: from(newAddress()) })
    expect((await storedMember(switchedOff.email))?.approvalStatus).toBe('pending')
    expect((await storedMember(outsider.email))?.approvalStatus).toBe('pending')
  })

  it('is given by an editor of the municipality’s association, who is recorded, and the member is told', async () => {
    const pending = await createMember(payload, X, 'pending')
    const byOther = await http.rest('PATCH', `members/${pending.doc.id}`, { body: { approvalStatus: 'approved' }, headers: bearer(await staffToken(editorB)) })
    expect(byOther.status).toBe(403)
    const byOwn = await http.rest('PATCH', `members/${pending.doc.id}`, { body: { approvalStatus: 'approved' }, headers: bearer(await staffToken(editorA)) })
    expect(byOwn.status, byOwn.text).toBe(200)
    const stored = await payload.findByID({ collection: 'members', id: pending.doc.id, overrideAccess: true, depth: 0 })
    expect(stored.approvalStatus).toBe('approved')
    expect(sameId(stored.approvedBy as Ref, editorA.id)).toBe(true)
    const mail = await mailbox.waitFor(mailTo(pending.email, 'Váš účet je schválen – Municipia'))
    expect(String(mail.html)).toContain('/account/members-only')
  })

  it('gives the approving editor no power over the member’s e-mail or password', async () => {
    const member = await createMember(payload, X, 'pending')
    const attempt = await http.rest('PATCH', `members/${member.doc.id}`, {
      body: { email: `unos.${nextNumber()}@zlodej.test.cz`, password: 'Převzatý účet 2025' },
      headers: bearer(await staffToken(editorA)),
    })
    expect(attempt.status).toBe(400)
    expect((attempt.body.errors as { data: { errors: { path: string }[] } }[])[0]?.data.errors.map((error) => error.path)).toEqual(['email', 'password'])
    expect((await memberToken(member.email)).length).toBeGreaterThan(0)
  })
})

// ---------------------------------------------------------------------------------------------

describe('logging in', () => {
  const lockedMessage = 'E-mail nebo heslo nesouhlasí, nebo je účet po opakovaných neúspěšných pokusech na 10 minut zamčen.'

  it.each(['members', 'users'] as const)('locks a %s account for 10 minutes after 5 failed attempts, answering as for a wrong password', async (collection) => {
    const account = collection === 'members' ? (await createMember(payload, X)).email : (await createStaffUser(payload, 'editor', [A])).email
    const address = newAddress()
    const attempt = (password: string) => http.rest('POST', `${collection}/login`, { body: { email: account, password }, headers: from(address, { 'Accept-Language': 'cs' }) })
    for (let failure = 0; failure < 5; failure += 1) {
      const wrong = await attempt('Nesprávné heslo 123')
      expect(wrong.status).toBe(401)
      expect(wrong.body.errors).toEqual([{ message: lockedMessage }])
    }
    const lockedOut = await attempt(PASSWORD)
    expect(lockedOut.status).toBe(401)
    expect(lockedOut.body).toEqual((await http.rest('POST', `${collection}/login`, { body: { email: `nikdo.${nextNumber()}@nikde.test.cz`, password: PASSWORD }, headers: from(address, { 'Accept-Language': 'cs' }) })).body)

    const mutation = collection === 'members' ? 'loginMember' : 'loginUser'
    const graphql = await http.graphql(`mutation { ${mutation}(email: ${JSON.stringify(account)}, password: ${JSON.stringify(PASSWORD)}) { token } }`, { headers: from(address) })
    expect(graphql.errors?.[0]?.extensions?.name).toBe('AuthenticationError')

    const stored = (await payload.find({ collection, where: { email: { equals: account } }, overrideAccess: true, showHiddenFields: true })).docs[0] as { id: Id; lockUntil?: string }
    const minutesLocked = (new Date(String(stored.lockUntil)).getTime() - Date.now()) / 60_000
    expect(minutesLocked).toBeGreaterThan(9)
    expect(minutesLocked).toBeLessThanOrEqual(10)
    // Ten minutes later:
    await payload.db.updateOne({ collection, where: { id: { equals: stored.id } }, data: { lockUntil: new Date(Date.now() - 1000).toISOString() } })
    expect((await attempt(PASSWORD)).status).toBe(200)
  })

  it('keeps the member’s session in its own cookie, next to a staff session of the same browser', async () => {
    const member = await createMember(payload, X)
    const memberSession = await memberToken(member.email)
    const staffSession = await staffToken(editorA)
    const browser = (cookies: string, headers: HeadersInit = {}) => ({ Cookie: cookies, 'Sec-Fetch-Site': 'same-origin', ...headers })

    const asMember = await http.rest('GET', 'members/me', { headers: browser(`municipia-member=${memberSession}`) })
    expect((asMember.body.user as Member | null)?.email).toBe(member.email)
    const both = `payload-token=${staffSession}; municipia-member=${memberSession}`
    expect(((await http.rest('GET', 'users/me', { headers: browser(both) })).body.user as { email?: string } | null)?.email, 'the admin keeps its user').toBe(editorA.email)

    const staffTokenInMemberCookie = await http.rest('GET', 'users/me', { headers: browser(`municipia-member=${staffSession}`) })
    expect(staffTokenInMemberCookie.body.user).toBeNull()
    const crossSite = await http.rest('GET', 'members/me', { headers: { Cookie: `municipia-member=${memberSession}`, Origin: 'https://zlodej.test.cz' } })
    expect(crossSite.body.user).toBeNull()

    expect((await http.rest('POST', 'members/logout', { headers: browser(`municipia-member=${memberSession}`) })).status).toBe(200)
    expect((await http.rest('GET', 'members/me', { headers: browser(`municipia-member=${memberSession}`) })).body.user, 'the copied cookie is worthless after log-out').toBeNull()
  })
})

// ---------------------------------------------------------------------------------------------

describe('rate limits', () => {
  it('answer log-in attempts from one address with 429 after 20, on REST and GraphQL', async () => {
    const address = newAddress()
    const attempt = () => http.rest('POST', 'members/login', { body: { email: `host.${nextNumber()}@nikde.test.cz`, password: PASSWORD }, headers: from(address) })
    for (let count = 0; count < 20; count += 1) expect((await attempt()).status).toBe(401)
    const limited = await attempt()
    expect(limited.status).toBe(429)
    expect(String((limited.body.errors as { message: string }[])[0]?.message)).toMatch(/^Too many attempts|^Příliš mnoho pokusů/)
    const graphql = await http.graphql(`mutation { loginUser(email: "admin@nikde.test.cz", password: "cokoli-dlouheho") { token } }`, { headers: from(address) })
    expect(graphql.errors?.[0]?.extensions?.statusCode).toBe(429)
    expect((await http.rest('POST', 'members/login', { body: { email: 'host@nikde.test.cz', password: PASSWORD }, headers: from(newAddress()) })).status, 'another address').toBe(401)
  })

  it('answer log-in attempts for one account with 429 after 10, from whatever address', async () => {
    const email = `cil.${nextNumber()}@nikde.test.cz`
    const attempt = () => http.rest('POST', 'members/login', { body: { email, password: PASSWORD }, headers: from(newAddress()) })
    for (let count = 0; count < 10; count += 1) expect((await attempt()).status).toBe(401)
    expect((await attempt()).status).toBe(429)
  })

  it('answer forgotten-password requests alike for known and unknown addresses, and with 429 after 5 from one address', async () => {
    const address = newAddress()
    const known = await createMember(payload, X)
    const ask = (email: string) => http.rest('POST', 'members/forgot-password', { body: { email }, headers: from(address) })
    const forKnown = await ask(known.email)
    const forUnknown = await ask(`nikdo.${nextNumber()}@nikde.test.cz`)
    expect([forKnown.status, forKnown.body]).toEqual([forUnknown.status, forUnknown.body])
    for (let count = 2; count < 5; count += 1) expect((await ask(`nikdo.${nextNumber()}@nikde.test.cz`)).status).toBe(200)
    expect((await ask(`nikdo.${nextNumber()}@nikde.test.cz`)).status).toBe(429)
  })

  it('answer sign-ups from one address with 429 after 5, saying when to come back', async () => {
    const address = newAddress()
    for (let count = 0; count < 5; count += 1) expect((await http.rest('POST', 'members/sign-up', { body: signUpData(), headers: from(address) })).status).toBe(200)
    const limited = await http.rest('POST', 'members/sign-up', { body: signUpData({ locale: 'en' }), headers: from(address) })
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(3000)
    expect(limited.body.errors).toEqual([{ message: expect.stringMatching(/^Too many attempts\. Please try again in \d+ min\.$/) }])
  })
})

// ---------------------------------------------------------------------------------------------

describe('passwords and e-mail addresses', () => {
  it('hold to the rules when a forgotten password is reset from the e-mail link', async () => {
    const member = await createMember(payload, X)
    await http.rest('POST', 'members/forgot-password', { body: { email: member.email }, headers: from(newAddress()) })
    const mail = await mailbox.waitFor(mailTo(member.email, 'Nastavení nového hesla – Municipia'))
    const token = tokenFrom(mail, '/account/reset-password')

    const weak = await http.rest('POST', 'members/reset-password', { body: { token, password: 'password123' }, headers: from(newAddress()) })
    expect(weak.status).toBe(400)
    expect(JSON.stringify(weak.body)).toContain('"path":"password"')
    const strong = await http.rest('POST', 'members/reset-password', { body: { token, password: 'Nové heslo pro obec 2026' }, headers: from(newAddress()) })
    expect(strong.status, strong.text).toBe(200)
    expect((await memberToken(member.email, 'Nové heslo pro obec 2026')).length).toBeGreaterThan(0)
  })

  it('hold to the rules for staff accounts too', async () => {
    const admin = (await createStaffUser(payload, 'admin')).doc
    const weak = await http.rest('POST', 'users', { body: { ...validData.users({ association: A }), password: 'qwertyuiop' }, headers: bearer(await staffToken(admin)) })
    expect(weak.status).toBe(400)
    expect(JSON.stringify(weak.body)).toContain('"path":"password"')
  })

  it('change for a member only through the account page, never by a plain update', async () => {
    const member = await createMember(payload, X)
    const token = await memberToken(member.email)
    const attempt = await http.rest('PATCH', `members/${member.doc.id}`, { body: { password: 'Ukradená relace 2025', email: `jinam.${nextNumber()}@zlodej.test.cz` }, headers: bearer(token) })
    expect(attempt.status).toBe(400)
    expect(await storedMember(member.email)).toBeDefined()
    expect((await memberToken(member.email)).length).toBeGreaterThan(0)
  })

  it('move a member to a new e-mail only once the new mailbox confirms it, telling the old one', async () => {
    const member = await createMember(payload, X)
    const newEmail = `nova.adresa.${nextNumber()}@kozojedy-test.cz`
    expect(await requestEmailChange(payload, member.doc, newEmail)).toBe('sent')
    expect((await storedMember(member.email))?.email, 'unchanged until confirmed').toBe(member.email)
    const mail = await mailbox.waitFor(mailTo(newEmail, 'Potvrďte novou e-mailovou adresu – Municipia'))
    const token = tokenFrom(mail, '/account/confirm-email')
    expect(await confirmEmailChange(payload, 'f'.repeat(64))).toBe('invalid')
    expect(await confirmEmailChange(payload, token)).toBe('changed')
    expect(await confirmEmailChange(payload, token), 'a link works once').toBe('invalid')
    await mailbox.waitFor(mailTo(member.email, 'E-mail vašeho účtu byl změněn – Municipia'))
    expect((await memberToken(newEmail)).length).toBeGreaterThan(0)
  })

  it('do not move a member onto an address another account has, and say so only to that address', async () => {
    const member = await createMember(payload, X)
    const other = await createMember(payload, Y)
    expect(await requestEmailChange(payload, member.doc, other.email)).toBe('sent')
    await mailbox.waitFor(mailTo(other.email, 'Pokus o použití vaší adresy – Municipia'))
    expect((await storedMember(member.email))?.pendingEmail).toBeFalsy()
  })
})

// ---------------------------------------------------------------------------------------------

describe('the municipality’s profile', () => {
  it('is kept by its approved members: website, contact and coat of arms, nothing else and no other municipality', async () => {
    const member = (await createMember(payload, X)).doc
    const asMember = { user: member, overrideAccess: false } as const
    const coatOfArms = await payload.create({ collection: 'media', data: { alt: 'Znak obce Kozojedy' }, file: await pngFile(undefined, 400, 400), ...asMember })
    await payload.update({
      collection: 'municipalities',
      id: X,
      data: { website: 'https://www.kozojedy-test.cz/', contact: { email: 'obec@kozojedy-test.cz', phone: '+420 373 123 456' }, coatOfArms: coatOfArms.id },
      ...asMember,
    })
    expect(await payload.findByID({ collection: 'municipalities', id: X, depth: 0 })).toMatchObject({
      website: 'https://www.kozojedy-test.cz/',
      contact: { email: 'obec@kozojedy-test.cz', phone: '+420 373 123 456' },
      coatOfArms: coatOfArms.id,
    })

    await expect(payload.update({ collection: 'municipalities', id: X, data: { name: 'Kozojedy nad Vltavou', population: 1 }, ...asMember })).rejects.toMatchObject({
      name: 'ValidationError',
      data: { errors: [expect.objectContaining({ path: 'name' }), expect.objectContaining({ path: 'population' })] },
    })
    await expect(payload.update({ collection: 'municipalities', id: Y, data: { website: 'https://www.lhota-test.cz' }, ...asMember })).rejects.toMatchObject({ name: 'Forbidden' })
    const unapproved = (await createMember(payload, X, 'pending')).doc
    await expect(payload.update({ collection: 'municipalities', id: X, data: { website: 'https://zlodej.test.cz' }, user: unapproved, overrideAccess: false })).rejects.toMatchObject({
      name: 'Forbidden',
    })
    expect((await payload.findByID({ collection: 'municipalities', id: X, depth: 0 })).name).toBe('Kozojedy')
  })
})

// ---------------------------------------------------------------------------------------------

describe('the review workflow', () => {
  type NewsDoc = { id: Id; title: string; reviewStatus: string; _status: string }

  const patchNews = async (user: StaffUser, id: Id, data: Record<string, unknown>, draft = false) =>
    http.rest('PATCH', `news/${id}${draft ? '?draft=true' : ''}`, { body: data, headers: bearer(await staffToken(user)) })

  it('takes an editor’s draft through review to publication, telling the managers and recording who did what when', async () => {
    const title = `Krajské setkání v Plzni ${nextNumber()}`
    const created = await http.rest('POST', 'news', { body: validData.news({ association: A }, title), headers: bearer(await staffToken(editorA)) })
    expect(created.status, created.text).toBe(201)
    const id = (created.body.doc as NewsDoc).id
    expect(created.body.doc).toMatchObject({ reviewStatus: 'draft', _status: 'draft' })

    expect((await patchNews(editorA, id, { reviewStatus: 'in-review' }, true)).status).toBe(200)
    const notice = await mailbox.waitFor(mailTo(managerA.email, `Ke schválení: ${title}`))
    expect(notice.text).toContain(`/admin/collections/news/${id}`)
    expect(mailbox.messages.some(mailTo(managerB.email, `Ke schválení: ${title}`)), 'managers of other associations are not bothered').toBe(false)
    expect((await documentsWaitingForReview(payload, { ...managerA, collection: 'users' })).map((item) => item.title)).toContain(title)
    expect((await documentsWaitingForReview(payload, { ...managerB, collection: 'users' })).map((item) => item.title)).not.toContain(title)

    const byEditor = await patchNews(editorA, id, { _status: 'published' })
    expect(byEditor.status).toBe(403)
    const overGraphQL = await http.graphql(`mutation { updateNews(id: ${JSON.stringify(id)}, data: { _status: published }) { id } }`, { headers: bearer(await staffToken(editorA)) })
    expect(overGraphQL.errors?.[0]?.extensions?.statusCode).toBe(403)
    await expect(payload.update({ collection: 'news', id, data: { _status: 'published' }, user: { ...editorA, collection: 'users' }, overrideAccess: false })).rejects.toMatchObject({
      name: 'Forbidden',
    })
    expect((await http.rest('GET', `news/${id}`)).status, 'still unpublished').toBe(404)

    const published = await patchNews(managerA, id, { _status: 'published' })
    expect(published.status, published.text).toBe(200)
    expect(published.body.doc).toMatchObject({ reviewStatus: 'published', _status: 'published' })
    expect((await http.rest('GET', `news/${id}`)).body.title).toBe(title)
    expect((await documentsWaitingForReview(payload, { ...managerA, collection: 'users' })).map((item) => item.title)).not.toContain(title)

    const { docs: versions } = await payload.findVersions({ collection: 'news', where: { parent: { equals: id } }, sort: 'createdAt', depth: 0, overrideAccess: true })
    const history = versions.map(({ version }) => {
      const step = version.lastChange as { action: string; by: { relationTo: string; value: Id }; at: string }
      return [step.action, step.by.relationTo, String(step.by.value), typeof step.at]
    })
    expect(history).toEqual([
      ['created', 'users', String(editorA.id), 'string'],
      ['submitted', 'users', String(editorA.id), 'string'],
      ['published', 'users', String(managerA.id), 'string'],
    ])
  })

  it('lets an editor prepare changes to a published article as a draft, but not change or unpublish the live one', async () => {
    const title = `Zveřejněná aktualita ${nextNumber()}`
    const { id } = await payload.create({ collection: 'news', data: { ...validData.news({ association: A }, title), _status: 'published' } })

    expect((await patchNews(editorA, id, { title: `${title} – upraveno` })).status).toBe(403)
    expect((await patchNews(editorA, id, { _status: 'draft' })).status, 'unpublishing').toBe(403)
    const draft = await patchNews(editorA, id, { title: `${title} – návrh`, reviewStatus: 'in-review' }, true)
    expect(draft.status, draft.text).toBe(200)
    expect((await http.rest('GET', `news/${id}`)).body.title, 'the public still reads the published version').toBe(title)
    expect((await payload.findByID({ collection: 'news', id, draft: true, overrideAccess: true })).reviewStatus).toBe('in-review')
  })

  it('takes an archived article offline', async () => {
    const { id } = await payload.create({ collection: 'news', data: { ...validData.news({ association: A }), _status: 'published' } })
    expect((await patchNews(editorA, id, { reviewStatus: 'archived' })).status).toBe(403)
    const archived = await patchNews(managerA, id, { reviewStatus: 'archived' })
    expect(archived.status, archived.text).toBe(200)
    expect(archived.body.doc).toMatchObject({ reviewStatus: 'archived', _status: 'draft' })
    expect((await http.rest('GET', `news/${id}`)).status).toBe(404)
  })

  it('runs a scheduled publication with the rights of whoever scheduled it', async () => {
    // Payload's admin queues a scheduled publication for any staff user; the job runs as that user.
    const schedule = async (user: StaffUser) => {
      const doc = await payload.create({ collection: 'news', data: validData.news({ association: A }) })
      await payload.jobs.queue({ task: 'schedulePublish', input: { type: 'publish', doc: { relationTo: 'news', value: doc.id }, user: { relationTo: 'users', value: user.id } } })
      // The job of an editor fails (the workflow refuses the publication); that failure is the point.
      await payload.jobs.run({ limit: 10 }).catch(() => undefined)
      return (await payload.findByID({ collection: 'news', id: doc.id, overrideAccess: true }))._status
    }
    expect(await schedule(managerA)).toBe('published')
    expect(await schedule(editorA)).toBe('draft')
  })

  it('takes a member’s good practice for their own municipality straight into review by its associations', async () => {
    const member = await createMember(payload, X)
    const token = await memberToken(member.email)
    const title = `Elektronická úřední deska ${nextNumber()}`
    const attempt = { ...validData['good-practices']({ municipality: Y }), title, association: ref(B), submittedBy: ref(editorB.id) }

    expect((await http.rest('POST', 'good-practices', { body: { ...attempt, _status: 'published' }, headers: bearer(token) })).status, 'a member cannot publish').toBe(403)
    const submitted = await http.rest('POST', 'good-practices', { body: attempt, headers: bearer(token) })
    expect(submitted.status, submitted.text).toBe(201)
    const practice = submitted.body.doc as { id: Id; municipality: Ref; association: Ref; reviewStatus: string; _status: string }
    expect([practice.reviewStatus, practice._status]).toEqual(['in-review', 'draft'])
    expect(sameId(practice.municipality, X) && (practice.association ?? null) === null).toBe(true)
    // Reviewed by the associations X is an active member of (A), not the one the member sent.
    const stored = await payload.findByID({ collection: 'good-practices', id: practice.id, overrideAccess: true, depth: 0, draft: true })
    expect(sameId(stored.submittedBy as Ref, member.doc.id)).toBe(true)
    expect((stored.reviewingAssociations ?? []).map(String)).toEqual([String(A)])

    await mailbox.waitFor(mailTo(managerA.email, `Ke schválení: ${title}`))
    expect((await http.rest('GET', `good-practices/${practice.id}`)).status, 'not public yet').toBe(404)
    expect((await http.rest('GET', `good-practices/${practice.id}`, { headers: bearer(token) })).status, 'the member follows their submission').toBe(200)
  })
})
