import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { idOf, type Id } from '@/access/ids'
import type { MemberUser } from '@/access/roles'
import { searchLibrary } from '@/collections/GoodPractices/library'
import { submitGoodPractice } from '@/collections/GoodPractices/submit'
import { readLibraryCriteria } from '@/domain/goodPractices/libraryCriteria'
import type { SubmissionInput } from '@/domain/goodPractices/submission'
import { paragraphsToLexical } from '@/domain/richText/plainText'
import type { Association, GoodPractice } from '@/payload-types'

import { startMailbox, type Mailbox } from '../support/mailbox'
import { createAssociation, createMember, createMunicipality, createRegion, createStaffUser, pdfFile, ref } from './fixtures'
import { getTestPayload } from './harness'
import { restClient } from './restClient'

let payload: Payload
let mailbox: Mailbox
let api: ReturnType<typeof restClient>

let regional: Association
let national: Association
let unrelated: Association
let member: MemberUser
let otherMember: MemberUser
let tokens: Record<'member' | 'otherMember' | 'regionalEditor' | 'nationalEditor' | 'nationalManager' | 'unrelatedEditor', string>

const CONTACT_EMAIL = 'kompostery@kozojedy.test.cz'

const input = (changes: Partial<SubmissionInput> = {}): SubmissionInput => ({
  title: 'Kompostéry pro každou domácnost',
  topics: ['environment'],
  summary: 'Obec rozdala kompostéry a snížila množství bioodpadu.',
  content: 'Obec koupila 120 kompostérů z dotace.\n\nDomácnosti je dostaly zdarma.',
  results: 'O třetinu méně směsného odpadu.',
  costsAndFunding: 'Dotace z OPŽP pokryla 85 % nákladů.',
  year: '2024',
  contactName: 'Jana Nováková',
  contactEmail: CONTACT_EMAIL,
  contactPhone: '+420 377 123 456',
  audience: 'public',
  files: [],
  ...changes,
})

beforeAll(async () => {
  mailbox = await startMailbox()
  // The e-mail adapter is chosen from SMTP_HOST when the config is imported, which the harness does next.
  Object.assign(process.env, mailbox.env)
  payload = await getTestPayload()
  api = restClient(payload)

  regional = await createAssociation(payload, { shortName: 'GP-REG' })
  national = await createAssociation(payload, { shortName: 'GP-NAT', kind: 'national' })
  unrelated = await createAssociation(payload, { shortName: 'GP-OTHER' })
  const region = await createRegion(payload, { code: 'GP43', name: 'Plzeňský kraj (test)' })
  const kozojedy = await createMunicipality(payload, { name: 'Kozojedy', population: 750, region: ref(region.id) })
  for (const association of [regional, national]) {
    await payload.create({ collection: 'memberships', data: { municipality: ref(kozojedy.id), association: ref(association.id), status: 'active' } })
  }
  const elsewhere = await createMunicipality(payload, { name: 'Jinde' })

  const memberAccount = await createMember(payload, kozojedy.id)
  const otherAccount = await createMember(payload, elsewhere.id)
  member = memberAccount.doc
  otherMember = otherAccount.doc
  const regionalEditor = await createStaffUser(payload, 'editor', [regional.id])
  const nationalEditor = await createStaffUser(payload, 'editor', [national.id])
  // Only managers and admins publish (the review workflow).
  const nationalManager = await createStaffUser(payload, 'manager', [national.id])
  const unrelatedEditor = await createStaffUser(payload, 'editor', [unrelated.id])
  tokens = {
    member: await api.login('members', memberAccount.email, memberAccount.password),
    otherMember: await api.login('members', otherAccount.email, otherAccount.password),
    regionalEditor: await api.login('users', regionalEditor.email, regionalEditor.password),
    nationalEditor: await api.login('users', nationalEditor.email, nationalEditor.password),
    nationalManager: await api.login('users', nationalManager.email, nationalManager.password),
    unrelatedEditor: await api.login('users', unrelatedEditor.email, unrelatedEditor.password),
  }
})

afterAll(async () => {
  if (payload) await payload.delete({ collection: 'documents', where: { id: { exists: true } } })
  await mailbox?.stop()
})

const listedIds = async (path: string, token?: string): Promise<string[]> => {
  const response = await api.request('GET', path, { token })
  const body = (await response.json()) as { docs?: { id: Id }[] }
  return (body.docs ?? []).map((doc) => String(doc.id))
}

describe('a member’s submission and its review', () => {
  let practice: Id

  it('saves a member’s submission for their municipality as an unpublished draft with its attachment', async () => {
    const pdf = pdfFile('vysledky.pdf')
    const outcome = await submitGoodPractice(payload, {
      member,
      input: input(),
      uploads: [{ name: pdf.name, type: pdf.mimetype, data: pdf.data }],
      locale: 'cs',
    })
    if (!outcome.saved) throw new Error(`not saved: ${JSON.stringify(outcome)}`)
    practice = outcome.id
    const stored = await payload.findByID({ collection: 'good-practices', id: practice, depth: 0, draft: true })
    expect(stored).toMatchObject({
      _status: 'draft',
      workflowStatus: 'submitted',
      municipality: idOf(member.municipality),
      submittedBy: member.id,
      sizeBand: '500-1999',
      year: 2024,
    })
    expect((stored.reviewingAssociations ?? []).map(String).sort()).toEqual([String(regional.id), String(national.id)].sort())
    expect(stored.attachments).toHaveLength(1)
  })

  it('shows the submission to its member and to editors of the municipality’s associations, to nobody else', async () => {
    expect(await listedIds('good-practices?depth=0', tokens.member)).toContain(String(practice))
    expect(await listedIds('good-practices?depth=0', tokens.regionalEditor)).toContain(String(practice))
    expect(await listedIds('good-practices?depth=0', tokens.nationalEditor)).toContain(String(practice))
    expect(await listedIds('good-practices?depth=0', tokens.unrelatedEditor)).not.toContain(String(practice))
    expect(await listedIds('good-practices?depth=0', tokens.otherMember)).not.toContain(String(practice))
    expect(await listedIds('good-practices?depth=0')).not.toContain(String(practice))
  })

  it('does not let a member publish, or submit for another municipality, through REST', async () => {
    const elsewhere = await createMunicipality(payload, { name: 'Cizí obec' })
    const attempt = {
      title: 'Pokus o zveřejnění',
      municipality: elsewhere.id,
      topics: ['law'],
      content: paragraphsToLexical('Zveřejněte mě hned.'),
      workflowStatus: 'published',
      audience: 'public',
      association: unrelated.id,
    }
    // Asking to publish is refused outright (only managers and admins publish) …
    const published = await api.request('POST', 'good-practices?depth=0', { token: tokens.member, body: { ...attempt, _status: 'published' } })
    expect(published.status).toBe(403)
    // … and the rest of what a member sends is overridden.
    const response = await api.request('POST', 'good-practices?depth=0', { token: tokens.member, body: attempt })
    const body = (await response.json()) as { doc: GoodPractice }
    expect(response.status, JSON.stringify(body)).toBe(201)
    const { doc } = body
    expect(doc).toMatchObject({ _status: 'draft', workflowStatus: 'submitted', reviewStatus: 'in-review', municipality: idOf(member.municipality) })
    // Not the association sent: the associations of the member's municipality review it.
    expect(doc.association ?? null).toBeNull()
    expect(await listedIds('good-practices?depth=0')).not.toContain(String(doc.id))
  })

  it('e-mails the member the editors’ note when changes are requested, and lets the member revise', async () => {
    const response = await api.request('PATCH', `good-practices/${practice}?depth=0`, {
      token: tokens.regionalEditor,
      body: { workflowStatus: 'changes-requested', reviewNote: 'Doplňte prosím, kolik stál jeden kompostér.' },
    })
    expect(response.status).toBe(200)
    const mail = await mailbox.waitFor((message) => message.envelopeTo.includes(member.email) && /potřebuje úpravu/.test(message.subject ?? ''))
    expect(mail.text).toContain('Doplňte prosím, kolik stál jeden kompostér.')
    expect(mail.text).toContain(`/account/good-practices/${practice}`)

    const revised = await submitGoodPractice(payload, {
      member,
      input: input({ costsAndFunding: 'Jeden kompostér stál 2 400 Kč; dotace pokryla 85 %.' }),
      uploads: [],
      locale: 'cs',
      practice,
    })
    expect(revised).toEqual({ saved: true, id: practice })
    const stored = await payload.findByID({ collection: 'good-practices', id: practice, depth: 0, draft: true })
    expect(stored.workflowStatus).toBe('submitted')
    expect(stored.attachments).toHaveLength(1)
  })

  it('does not let another member revise it', async () => {
    expect(await submitGoodPractice(payload, { member: otherMember, input: input(), uploads: [], locale: 'cs', practice })).toEqual({
      saved: false,
      reason: 'notFound',
    })
  })

  it('lets a manager, not an editor, publish it, which marks it published, tells the member and shows it to everyone', async () => {
    const byEditor = await api.request('PATCH', `good-practices/${practice}?depth=0`, { token: tokens.nationalEditor, body: { _status: 'published' } })
    expect(byEditor.status).toBe(403)
    const response = await api.request('PATCH', `good-practices/${practice}?depth=0`, { token: tokens.nationalManager, body: { _status: 'published' } })
    expect(response.status, await response.clone().text()).toBe(200)
    const stored = await payload.findByID({ collection: 'good-practices', id: practice, depth: 0 })
    expect(stored).toMatchObject({ _status: 'published', workflowStatus: 'published' })
    expect(stored.publishedAt).toBeTruthy()
    await mailbox.waitFor((message) => message.envelopeTo.includes(member.email) && /je zveřejněna/.test(message.subject ?? ''))
    expect(await listedIds('good-practices?depth=0')).toContain(String(practice))
    // Once reviewed, the member can no longer change it.
    expect(await submitGoodPractice(payload, { member, input: input({ title: 'Přepsáno' }), uploads: [], locale: 'cs', practice })).toEqual({
      saved: false,
      reason: 'notEditable',
    })
  })

  it('does not let an editor of an unrelated association change it', async () => {
    const response = await api.request('PATCH', `good-practices/${practice}?depth=0`, { token: tokens.unrelatedEditor, body: { title: 'Cizí úprava' } })
    expect(response.status).toBe(403)
  })
})

describe('the contact person’s address', () => {
  let practice: GoodPractice

  beforeAll(async () => {
    const outcome = await submitGoodPractice(payload, {
      member,
      input: input({
        title: 'Sdílená účetní tří obcí',
        topics: ['finance', 'hr'],
        summary: 'Tři malé obce zaměstnávají jednu účetní.',
        content: 'Obce uzavřely veřejnoprávní smlouvu o společné účetní.',
        results: 'Účetnictví je včas a levněji.',
        costsAndFunding: 'Náklady se dělí podle počtu obyvatel.',
        year: '2023',
      }),
      uploads: [],
      locale: 'cs',
    })
    if (!outcome.saved) throw new Error('not saved')
    practice = await payload.update({ collection: 'good-practices', id: outcome.id, data: { _status: 'published' } })
  })

  it('never reaches a reader through REST or GraphQL', async () => {
    for (const token of [undefined, tokens.otherMember]) {
      const rest = JSON.stringify(await (await api.request('GET', `good-practices/${practice.id}?depth=1`, { token })).json())
      expect(rest).toContain('Jana Nováková')
      expect(rest).not.toContain(CONTACT_EMAIL)
      expect(rest).not.toContain('377 123 456')
      const graphql = await api.graphql(`{ GoodPractice(id: ${JSON.stringify(practice.id)}) { title contact { name email phone } } }`, { token })
      expect(graphql.data?.GoodPractice).toMatchObject({ contact: { name: 'Jana Nováková', email: null, phone: null } })
    }
    const own = JSON.stringify(await (await api.request('GET', `good-practices/${practice.id}?depth=0`, { token: tokens.member })).json())
    expect(own).toContain(CONTACT_EMAIL)
  })

  it('receives a member’s question by e-mail with the member as Reply-To, and the member never sees it', async () => {
    const response = await api.request('POST', `good-practices/${practice.id}/ask?locale=cs`, {
      token: tokens.otherMember,
      body: { message: 'Dobrý den, jak jste rozdělili náklady na účetní mezi obce?' },
    })
    const body = await response.text()
    expect(response.status).toBe(200)
    expect(body).not.toContain(CONTACT_EMAIL)
    const mail = await mailbox.waitFor((message) => message.envelopeTo.includes(CONTACT_EMAIL))
    expect(mail.subject).toBe('Dotaz k dobré praxi: Sdílená účetní tří obcí')
    expect(mail.replyTo?.value[0]?.address).toBe(otherMember.email)
    expect(mail.text).toContain('jak jste rozdělili náklady')
  })

  it('refuses an empty question in the reader’s language, naming the field, and anonymous askers', async () => {
    const empty = await api.request('POST', `good-practices/${practice.id}/ask?locale=pl`, { token: tokens.otherMember, body: { message: ' ' } })
    expect(empty.status).toBe(400)
    expect(await empty.json()).toEqual({ errors: [{ field: 'message', message: 'Napisz pytanie.' }] })
    const anonymous = await api.request('POST', `good-practices/${practice.id}/ask?locale=en`, { body: { message: 'A question without logging in.' } })
    expect(anonymous.status).toBe(401)
  })
})

describe('members-only practices', () => {
  it('reach approved members in full, anonymous visitors only as a teaser, on REST, GraphQL and the Local API', async () => {
    const outcome = await submitGoodPractice(payload, {
      member,
      input: input({
        title: 'Interní postup pro zakázky',
        audience: 'members',
        topics: ['public-procurement'],
        summary: 'Směrnice obce pro zakázky malého rozsahu.',
        content: 'Vzorová směrnice a postup výběru dodavatele.',
        results: '',
        costsAndFunding: '',
      }),
      uploads: [],
      locale: 'cs',
    })
    if (!outcome.saved) throw new Error('not saved')
    await payload.update({ collection: 'good-practices', id: outcome.id, data: { _status: 'published' } })
    const id = String(outcome.id)
    const body = 'Vzorová směrnice'

    // Listed to everyone by its title and summary (as all members-only content is), never with its body.
    expect(await listedIds('good-practices?depth=0')).toContain(id)
    const rest = await api.request('GET', `good-practices/${id}`)
    expect(rest.status).toBe(200)
    expect(await rest.text()).not.toContain(body)
    const graphql = await api.graphql(`{ GoodPractices(limit: 100) { docs { id title content } } }`)
    expect(JSON.stringify(graphql.data)).toContain('Interní postup pro zakázky')
    expect(JSON.stringify(graphql.data)).not.toContain(body)
    // Nor can a search by words of the body tell what it says.
    const anonymousSearch = await searchLibrary(payload, readLibraryCriteria({ q: 'vzorova smernice' }).criteria, { region: null, user: null, locale: 'cs' })
    expect(anonymousSearch.docs).toEqual([])
    expect(await listedIds(`good-practices?depth=0&where[searchText][like]=${encodeURIComponent('vzorova smernice')}`)).toEqual([])

    const forMember = await searchLibrary(payload, readLibraryCriteria({ q: 'interni postup' }).criteria, { region: null, user: otherMember, locale: 'cs' })
    expect(forMember.docs.map((doc) => String(doc.id))).toEqual([id])
    const full = await api.request('GET', `good-practices/${id}`, { token: tokens.otherMember })
    expect(await full.text()).toContain(body)
  })
})

describe('the library’s search and filters', () => {
  const find = async (params: Record<string, string>, region: Id | null = null) =>
    (await searchLibrary(payload, readLibraryCriteria(params).criteria, { region, user: null, locale: 'cs' })).docs.map((doc) => doc.title)

  it('finds published practices by words of their text, without accents, in any order', async () => {
    expect(await find({ q: 'kompostery domacnost' })).toEqual(['Kompostéry pro každou domácnost'])
    // Words of the member's revision, which is what was published.
    expect(await find({ q: 'KOMPOSTÉR STÁL' })).toEqual(['Kompostéry pro každou domácnost'])
    expect(await find({ q: 'kozojedy' })).toEqual(expect.arrayContaining(['Kompostéry pro každou domácnost', 'Sdílená účetní tří obcí']))
    expect(await find({ q: 'nic takového' })).toEqual([])
  })

  it('filters by topic, region, size band and year', async () => {
    expect(await find({ topic: 'hr' })).toEqual(['Sdílená účetní tří obcí'])
    expect(await find({ topic: 'environment', size: '500-1999', year: '2024' })).toEqual(['Kompostéry pro každou domácnost'])
    expect(await find({ size: '50000-plus' })).toEqual([])
    expect(await find({ year: '2019' })).toEqual([])
    const region = (await payload.find({ collection: 'regions', where: { code: { equals: 'GP43' } } })).docs[0]?.id ?? null
    expect(await find({ topic: 'finance' }, region)).toEqual(['Sdílená účetní tří obcí'])
  })

  it('exports the practices a staff user may read as CSV, and to nobody else', async () => {
    const response = await api.request('GET', 'good-practices/export', { token: tokens.regionalEditor })
    expect(response.status).toBe(200)
    const csv = new TextDecoder().decode(await response.arrayBuffer())
    expect(csv.split('\n')[0]).toBe('title,municipality,region,topics,size_band,year,workflow_status,status,audience,reviewing_associations,published_at,updated_at,url')
    expect(csv).toContain('Kompostéry pro každou domácnost,Kozojedy,Plzeňský kraj (test),environment,500-1999,2024,published,published,public')
    expect(csv).not.toContain(CONTACT_EMAIL)
    expect((await api.request('GET', 'good-practices/export', { token: tokens.member })).status).toBe(403)
    expect((await api.request('GET', 'good-practices/export')).status).toBe(403)
  })
})
