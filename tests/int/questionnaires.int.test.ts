import { parse } from 'csv-parse/sync'
import fc from 'fast-check'
import { APIError, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Id } from '@/access/ids'
import type { Form, Member } from '@/payload-types'

import { apiClient, fieldErrors, literal, type Caller } from './api'
import { createAssociation, createMember, createMunicipality, createStaffUser, ref, richText } from './fixtures'
import { getTestPayload } from './harness'

/**
 * Questionnaires and contact forms: who may read and answer a form, answers checked against the
 * questions, one answer per member, a closing date, and the results — aggregated and exported as
 * CSV — of 500 generated answers checked against a direct count of what was sent.
 */

let payload: Payload
let api: ReturnType<typeof apiClient>
let association: Id
let editor: Caller
let otherEditor: Caller
let approved: { doc: Member; caller: Caller }
let secondApproved: { doc: Member; caller: Caller }
let pending: Caller

const SIZES = [
  { value: 'small', label: 'do 2 000 obyvatel' },
  { value: 'medium', label: '2 000–10 000 obyvatel' },
  { value: 'large', label: 'nad 10 000 obyvatel' },
]
const TOPICS = [
  { value: 'finance', label: 'Financování obcí' },
  { value: 'cyber', label: 'Kybernetická bezpečnost' },
  { value: 'hr', label: 'Personální politika' },
  { value: 'law', label: 'Změny zákonů' },
]

const questionnaire = (extra: Partial<Form> = {}) => ({
  title: `Dotazník ke krajským setkáním ${Math.random().toString(36).slice(2, 7)}`,
  association: ref(association),
  audience: 'public' as const,
  fields: [
    { blockType: 'radio' as const, name: 'size', label: 'Velikost obce', required: true, options: SIZES },
    { blockType: 'multipleChoice' as const, name: 'topics', label: 'Která témata chcete na setkání probrat?', options: TOPICS },
    { blockType: 'scale' as const, name: 'usefulness', label: 'Jak užitečná pro vás setkání jsou?', required: true, min: 1, max: 5, minLabel: 'vůbec', maxLabel: 'velmi' },
    { blockType: 'textarea' as const, name: 'comment', label: 'Co dalšího byste uvítali?' },
    { blockType: 'checkbox' as const, name: 'newsletter', label: 'Chci dostávat novinky' },
  ],
  submitButtonLabel: 'Odeslat',
  confirmationType: 'message' as const,
  confirmationMessage: richText('Děkujeme za odpověď.'),
  ...extra,
})

async function createForm(extra: Partial<Form> = {}): Promise<Form> {
  return payload.create({ collection: 'forms', data: questionnaire(extra) as never })
}

beforeAll(async () => {
  payload = await getTestPayload()
  api = apiClient(payload)
  association = (await createAssociation(payload, { name: 'Svaz měst a obcí České republiky', shortName: 'SMO ČR', kind: 'national' })).id
  const other = (await createAssociation(payload, { name: 'Sdružení obcí Plzeňského kraje', shortName: 'SOPK' })).id
  const municipality = (await createMunicipality(payload, { name: 'Kozojedy' })).id
  const staff = await createStaffUser(payload, 'editor', [association])
  editor = { token: await api.login('users', staff.email, staff.password) }
  const otherStaff = await createStaffUser(payload, 'editor', [other])
  otherEditor = { token: await api.login('users', otherStaff.email, otherStaff.password) }
  const memberAccount = async (status: Member['approvalStatus']) => {
    const account = await createMember(payload, municipality, status)
    return { doc: account.doc, caller: { token: await api.login('members', account.email, account.password) } }
  }
  approved = await memberAccount('approved')
  secondApproved = await memberAccount('approved')
  pending = (await memberAccount('pending')).caller
})

type Answers = { size: string; topics: string[]; usefulness: number; comment?: string; newsletter: boolean }

const toSubmission = (answers: Answers) => [
  { field: 'size', value: answers.size },
  ...(answers.topics.length ? [{ field: 'topics', value: answers.topics }] : []),
  { field: 'usefulness', value: String(answers.usefulness) },
  ...(answers.comment === undefined ? [] : [{ field: 'comment', value: answers.comment }]),
  ...(answers.newsletter ? [{ field: 'newsletter', value: true }] : []),
]

describe('a questionnaire with 500 generated answers', () => {
  let form: Form
  const ids = new Map<string, Answers>()
  // Comments with the characters that break naive CSV: quotes, commas, semicolons, line breaks, Czech letters.
  const comment = fc.option(fc.string({ unit: fc.constantFrom('a', 'ř', 'Ž', ' ', '"', ',', ';', '\n', '1'), maxLength: 40 }), { nil: undefined })
  const generated: Answers[] = fc.sample(
    fc.record({
      size: fc.constantFrom(...SIZES.map((size) => size.value)),
      topics: fc.subarray(TOPICS.map((topic) => topic.value)),
      usefulness: fc.integer({ min: 1, max: 5 }),
      comment,
      newsletter: fc.boolean(),
    }),
    { numRuns: 500, seed: 2025 },
  )
  /** What is stored of a comment: trimmed, and nothing when blank. */
  const storedComment = (answers: Answers) => (answers.comment?.trim() ? answers.comment.trim() : undefined)

  beforeAll(async () => {
    form = await createForm()
    for (const answers of generated) {
      const submission = await payload.create({
        collection: 'form-submissions',
        data: { form: ref(form.id), submissionData: toSubmission(answers) as never },
        overrideAccess: false,
      })
      ids.set(String(submission.id), answers)
    }
  }, 300_000)

  it('stores every answer', async () => {
    expect(generated).toHaveLength(500)
    expect((await payload.count({ collection: 'form-submissions', where: { form: { equals: form.id } } })).totalDocs).toBe(500)
  })

  it('aggregates exactly what a direct count of the answers gives', async () => {
    const { status, body } = await api.rest(editor, 'GET', `forms/${form.id}/results`)
    expect(status).toBe(200)
    type Counted = { answered: number; counts?: { value: string; count: number }[]; mean?: number; median?: number }
    const [size, topics, usefulness, comments, newsletter] = body.questions as Counted[]
    const count = (predicate: (answers: Answers) => boolean) => generated.filter(predicate).length
    const counts = (result: Counted | undefined) => Object.fromEntries((result?.counts ?? []).map((entry) => [entry.value, entry.count]))

    expect(body.total).toBe(500)
    expect(size?.answered).toBe(500)
    expect(counts(size)).toEqual(Object.fromEntries(SIZES.map(({ value }) => [value, count((answers) => answers.size === value)])))
    expect(topics?.answered).toBe(count((answers) => answers.topics.length > 0))
    expect(counts(topics)).toEqual(Object.fromEntries(TOPICS.map(({ value }) => [value, count((answers) => answers.topics.includes(value))])))
    expect(counts(usefulness)).toEqual(Object.fromEntries([1, 2, 3, 4, 5].map((point) => [String(point), count((answers) => answers.usefulness === point)])))
    expect(usefulness?.mean).toBeCloseTo(generated.reduce((sum, answers) => sum + answers.usefulness, 0) / 500, 10)
    expect(comments?.answered).toBe(count((answers) => storedComment(answers) !== undefined))
    expect(counts(newsletter)).toEqual({ true: count((answers) => answers.newsletter) })
  })

  it('exports all answers as CSV, one row per answer with readable labels', async () => {
    const { status, headers, bytes } = await api.rest(editor, 'GET', `forms/${form.id}/results.csv`)
    expect(status).toBe(200)
    expect(headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const rows: string[][] = parse(new TextDecoder().decode(bytes), { bom: true })
    expect(rows[0]).toEqual([
      'Číslo odpovědi',
      'Odesláno',
      'Velikost obce',
      'Která témata chcete na setkání probrat?',
      'Jak užitečná pro vás setkání jsou?',
      'Co dalšího byste uvítali?',
      'Chci dostávat novinky',
    ])
    expect(rows).toHaveLength(501)
    const label = (options: { value: string; label: string }[], value: string) => options.find((option) => option.value === value)?.label
    for (const [id, , size, topics, usefulness, commentCell, newsletter] of rows.slice(1)) {
      const answers = ids.get(String(id))
      expect(answers, `row of answer ${id}`).toBeDefined()
      if (!answers) continue
      expect(size).toBe(label(SIZES, answers.size))
      expect(topics).toBe(TOPICS.filter((topic) => answers.topics.includes(topic.value)).map((topic) => topic.label).join('; '))
      expect(usefulness).toBe(String(answers.usefulness))
      expect(commentCell).toBe(storedComment(answers) ?? '')
      expect(newsletter).toBe(answers.newsletter ? 'true' : '')
    }
  })

  it('shows results and answers to staff of the form’s association only', async () => {
    for (const caller of [{}, approved.caller, otherEditor]) {
      expect((await api.rest(caller, 'GET', `forms/${form.id}/results`)).status).toBe(403)
      expect((await api.rest(caller, 'GET', `forms/${form.id}/results.csv`)).status).toBe(403)
    }
    const listed = await api.rest(otherEditor, 'GET', `form-submissions?where[form][equals]=${form.id}&limit=1`)
    expect(listed.body.totalDocs).toBe(0)
  })
})

describe('reading a form', () => {
  let contact: Form
  let membersOnly: Form

  beforeAll(async () => {
    contact = await createForm({
      title: 'Kontaktní formulář',
      emails: [{ emailTo: 'kancelar@smocr.test.cz', bcc: 'tajne@smocr.test.cz', subject: 'Nový dotaz z portálu', emailFrom: 'portal@municipia.local' }],
    })
    membersOnly = await createForm({ title: 'Dotazník jen pro členy', audience: 'members', oneAnswerPerMember: true })
  })

  it('gives the public what it needs to render a form, but never its e-mail settings', async () => {
    const rest = await api.rest({}, 'GET', `forms/${contact.id}`)
    expect(rest.status).toBe(200)
    expect(rest.body).toMatchObject({ title: 'Kontaktní formulář', submitButtonLabel: 'Odeslat' })
    expect(rest.body.emails ?? []).toEqual([])
    const list = await api.rest({}, 'GET', 'forms?limit=100')
    expect(JSON.stringify(list.body)).not.toContain('smocr.test.cz')
    const graphql = await api.graphql({}, `{ Form(id: ${literal(contact.id)}) { title emails { emailTo bcc } } }`)
    const graphqlForm = graphql.data?.Form as { title: string; emails: unknown[] | null }
    expect(graphqlForm.title).toBe('Kontaktní formulář')
    expect(graphqlForm.emails ?? []).toEqual([])

    const staff = await api.rest(editor, 'GET', `forms/${contact.id}`)
    expect(staff.body.emails).toMatchObject([{ emailTo: 'kancelar@smocr.test.cz' }])
  })

  it('shows a members-only questionnaire to approved members and staff only', async () => {
    const statuses = await Promise.all([{}, pending, approved.caller, editor].map(async (caller) => (await api.rest(caller, 'GET', `forms/${membersOnly.id}`)).status))
    // Anonymous visitors and pending members: as if it did not exist.
    expect(statuses).toEqual([404, 404, 200, 200])
  })
})

describe('answering', () => {
  const answer = (caller: Caller, form: Form, submissionData: unknown[]) =>
    api.rest(caller, 'POST', 'form-submissions', { form: form.id, submissionData })
  const valid = [
    { field: 'size', value: 'small' },
    { field: 'usefulness', value: '4' },
  ]

  it('refuses answers that do not fit the questions, naming each question, and stores nothing', async () => {
    const form = await createForm()
    const result = await api.rest({ language: 'en' }, 'POST', 'form-submissions', {
      form: form.id,
      submissionData: [
        { field: 'size', value: 'huge' },
        { field: 'topics', value: ['finance', 'football'] },
        { field: 'usefulness', value: '7' },
      ],
    })
    expect(result.status).toBe(400)
    expect(fieldErrors(result.body)).toEqual([
      { path: 'size', message: 'Velikost obce: please choose from the options offered' },
      { path: 'topics', message: 'Která témata chcete na setkání probrat?: please choose from the options offered' },
      { path: 'usefulness', message: 'Jak užitečná pro vás setkání jsou?: choose a value from 1 to 5' },
    ])
    const polish = await payload
      .create({ collection: 'form-submissions', data: { form: ref(form.id), submissionData: [] }, overrideAccess: false, context: { publicLocale: 'pl' } })
      .catch((error: { data?: { errors?: { message: string }[] } }) => error.data?.errors?.map((fieldError) => fieldError.message))
    expect(polish).toEqual(['Velikost obce: proszę odpowiedzieć', 'Jak užitečná pro vás setkání jsou?: proszę odpowiedzieć'])
    expect((await payload.count({ collection: 'form-submissions', where: { form: { equals: form.id } } })).totalDocs).toBe(0)
  })

  it('lets only approved members answer a members-only questionnaire, once each', async () => {
    const form = await createForm({ audience: 'members', oneAnswerPerMember: true })
    const anonymous = await answer({ language: 'en' }, form, valid)
    expect(anonymous.status).toBe(403)
    expect(JSON.stringify(anonymous.body)).toContain('Only logged-in members can answer this questionnaire.')
    expect((await answer(pending, form, valid)).status).toBe(403)

    expect((await answer(approved.caller, form, valid)).status).toBe(201)
    const again = await answer(approved.caller, form, valid)
    expect(again.status).toBe(409)
    expect(JSON.stringify(again.body)).toContain('Na tento dotazník jste už odpověděli.')

    const stored = await payload.find({ collection: 'form-submissions', where: { form: { equals: form.id } }, depth: 0 })
    expect(stored.docs.map((doc) => doc.member)).toEqual([approved.doc.id])
  })

  it('takes no answers after the closing date', async () => {
    const form = await createForm({ closesAt: new Date(Date.now() - 60_000).toISOString() })
    const late = await payload
      .create({ collection: 'form-submissions', data: { form: ref(form.id), submissionData: valid as never }, overrideAccess: false, context: { publicLocale: 'pl' } })
      .catch((error: unknown) => error)
    expect(late).toBeInstanceOf(APIError)
    expect((late as APIError).message).toBe('Formularz nie przyjmuje już odpowiedzi.')
  })

  it('asks a members-only form for one answer per member, not a public one', async () => {
    const refused = await payload.create({ collection: 'forms', data: questionnaire({ oneAnswerPerMember: true }) as never }).catch((error: unknown) => error)
    expect((refused as { data?: { errors?: { path: string }[] } }).data?.errors?.map((error) => error.path)).toEqual(['oneAnswerPerMember'])
  })

  // Last in the file: without a serialised SQLite writer, the losing writes fail with SQLITE_BUSY
  // instead of queueing, and the adapter is not fit for further writes in this process.
  it('keeps one answer per member even when two arrive at the same moment', async () => {
    const form = await createForm({ audience: 'members', oneAnswerPerMember: true })
    const user = { ...secondApproved.doc, collection: 'members' as const }
    const results = await Promise.allSettled(
      [1, 2, 3].map(() =>
        payload.create({ collection: 'form-submissions', data: { form: ref(form.id), submissionData: valid as never }, overrideAccess: false, user }),
      ),
    )
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1)
    expect((await payload.count({ collection: 'form-submissions', where: { form: { equals: form.id } } })).totalDocs).toBe(1)
  })
})
