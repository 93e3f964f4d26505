import { formatNames, toWords, type CollectionSlug, type FlattenedField, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sameId, type Id, type Ref } from '@/access/ids'

import {
  createAssociation,
  createMember,
  createMunicipality,
  createRegion,
  createStaffUser,
  nextNumber,
  pdfFile,
  pngFile,
  ref,
  richText,
  validData,
} from './fixtures'
import { getTestPayload } from './harness'
import { bearer, httpFor, type GraphQLResult, type Http, type HttpResult } from './http'

/**
 * The access matrix: every role against every collection, for read / create / update / delete,
 * over REST and GraphQL (Payload's own Next route handlers), plus the file URLs of uploads.
 * MATRIX below is the whole specification; every cell is one test.
 *
 * Roles: municipality X is an active member of association A, Y of B.
 */
const ROLES = ['anonymous', 'unapproved member of X', 'member of X', 'member of Y', 'editor of A', 'editor of B', 'manager of A', 'admin'] as const
type Role = (typeof ROLES)[number]

/**
 * Read: F full document, T teaser (listed, but body / attachments / file URL / internal notes
 * withheld), N not returned. Write: Y done, N refused (403/404), I refused as invalid (400,
 * e.g. another association), S accepted but the field is not the writer's to change (stored
 * value unchanged). One letter per role, in the order of ROLES.
 */
type Row = {
  collection: CollectionSlug
  subject: string
  read: string
  create?: string
  /** GraphQL has no file upload: creating an upload there fails for lack of a file once access allows it. */
  createOverGraphQL?: string
  update?: string
  delete?: string
  file?: string
}

//                                                                              anon unap X  Y  edA edB mgrA admin
const MATRIX: Row[] = [
  { collection: 'news', subject: 'members-only news of A, published', read: 'T T F F F F F F', create: 'N N N N Y I Y Y', update: 'N N N N N N Y Y', delete: 'N N N N N N Y Y' },
  { collection: 'news', subject: 'draft news of A, never published', read: 'N N N N F N F F', update: 'N N N N Y N Y Y', delete: 'N N N N Y N Y Y' },
  { collection: 'pages', subject: 'members-only page of A, published', read: 'T T F F F F F F', create: 'N N N N Y I Y Y', update: 'N N N N N N Y Y', delete: 'N N N N N N Y Y' },
  { collection: 'pages', subject: 'draft page of A', read: 'N N N N F N F F', update: 'N N N N Y N Y Y', delete: 'N N N N Y N Y Y' },
  { collection: 'services', subject: 'service of A, published', read: 'F F F F F F F F', create: 'N N N N Y I Y Y', update: 'N N N N N N Y Y', delete: 'N N N N N N Y Y' },
  { collection: 'services', subject: 'draft service of A', read: 'N N N N F N F F', update: 'N N N N Y N Y Y', delete: 'N N N N Y N Y Y' },
  { collection: 'events', subject: 'event of A, published', read: 'F F F F F F F F', create: 'N N N N Y I Y Y', update: 'N N N N N N Y Y', delete: 'N N N N N N Y Y' },
  { collection: 'events', subject: 'draft event of A', read: 'N N N N F N F F', update: 'N N N N Y N Y Y', delete: 'N N N N Y N Y Y' },
  { collection: 'seminars', subject: 'seminar of A with materials, published', read: 'T T F F F F F F', create: 'N N N N Y I Y Y', update: 'N N N N N N Y Y', delete: 'N N N N N N Y Y' },
  { collection: 'seminars', subject: 'draft seminar of A', read: 'N N N N F N F F', update: 'N N N N Y N Y Y', delete: 'N N N N Y N Y Y' },
  { collection: 'good-practices', subject: 'members-only practice of X reviewed by A, published', read: 'T T F F F F F F', create: 'N N Y Y Y I Y Y', update: 'N N N N N N Y Y', delete: 'N N N N N N Y Y' },
  // The submitting member revises their practice until it has been reviewed (its workflow status is still "submitted").
  { collection: 'good-practices', subject: 'practice submitted by member of X, in review', read: 'N N F N F N F F', update: 'N N Y N Y N Y Y', delete: 'N N N N Y N Y Y' },
  { collection: 'categories', subject: 'category', read: 'F F F F F F F F', create: 'N N N N N N Y Y', update: 'N N N N N N Y Y', delete: 'N N N N N N Y Y' },
  { collection: 'event-series', subject: 'event series of A', read: 'F F F F F F F F', create: 'N N N N Y I Y Y', update: 'N N N N Y N Y Y', delete: 'N N N N Y N Y Y' },
  { collection: 'commissions', subject: 'commission of A', read: 'F F F F F F F F', create: 'N N N N Y I Y Y', update: 'N N N N Y N Y Y', delete: 'N N N N Y N Y Y' },
  { collection: 'associations', subject: 'association A (delete: another association)', read: 'F F F F F F F F', create: 'N N N N N N N Y', update: 'N N N N N N Y Y', delete: 'N N N N N N N Y' },
  // Memberships are public (the directory shows them), their internal note only to staff; managers keep their own association's.
  { collection: 'memberships', subject: 'membership of a municipality in A (update: suspend)', read: 'T T T T F F F F', create: 'N N N N N N Y Y', update: 'N N N N N N Y Y', delete: 'N N N N N N Y Y' },
  { collection: 'memberships', subject: 'membership of a municipality in B (update: move to A)', read: 'T T T T F F F F', create: 'N N N N N N I Y', update: 'N N N N N N N Y', delete: 'N N N N N N N Y' },
  { collection: 'municipalities', subject: 'municipality X (update: its website)', read: 'F F F F F F F F', create: 'N N N N N N Y Y', update: 'N N Y N N N Y Y', delete: 'N N N N N N Y Y' },
  { collection: 'regions', subject: 'region', read: 'F F F F F F F F', create: 'N N N N N N Y Y', update: 'N N N N N N Y Y', delete: 'N N N N N N Y Y' },
  { collection: 'people', subject: 'person', read: 'F F F F F F F F', create: 'N N N N Y Y Y Y', update: 'N N N N N N Y Y', delete: 'N N N N N N Y Y' },
  { collection: 'partners', subject: 'partner', read: 'F F F F F F F F', create: 'N N N N Y Y Y Y', update: 'N N N N N N Y Y', delete: 'N N N N N N Y Y' },
  {
    collection: 'media',
    subject: 'image of A',
    read: 'F F F F F F F F',
    create: 'N N Y Y Y I Y Y',
    createOverGraphQL: 'N N I I I I I I',
    update: 'N N N N Y N Y Y',
    delete: 'N N N N Y N Y Y',
    file: 'Y Y Y Y Y Y Y Y',
  },
  {
    collection: 'documents',
    subject: 'members-only document of A',
    read: 'T T F F F F F F',
    create: 'N N N N Y I Y Y',
    createOverGraphQL: 'N N N N I I I I',
    update: 'N N N N Y N Y Y',
    delete: 'N N N N Y N Y Y',
    file: 'N N Y Y Y Y Y Y',
  },
  { collection: 'documents', subject: 'public document of A', read: 'F F F F F F F F', file: 'Y Y Y Y Y Y Y Y' },
  { collection: 'documents', subject: 'internal document of A (a signed form)', read: 'N N N N F N F F', update: 'N N N N Y N Y Y', file: 'N N N N Y N Y Y' },
  { collection: 'registrations', subject: 'registration of member of X for an event of A', read: 'N N F N F N F F', create: 'N N N N Y N Y Y', update: 'N N N N Y N Y Y', delete: 'N N N N N N N Y' },
  {
    collection: 'proxy-authorisations',
    subject: 'authorisation of a proxy at an assembly of A',
    read: 'N N N N F N F F',
    create: 'N N N N Y I Y Y',
    createOverGraphQL: 'N N N N I I I I',
    update: 'N N N N Y N Y Y',
    delete: 'N N N N Y N Y Y',
    file: 'N N N N Y N Y Y',
  },
  { collection: 'registration-counters', subject: 'seat counter of an event of A', read: 'N N N N N N N N', create: 'N N N N N N N N', update: 'N N N N N N N N', delete: 'N N N N N N N N' },
  { collection: 'partnership-requests', subject: 'request of member of X handled by A', read: 'N N T N F N F F', create: 'Y Y Y Y Y I Y Y', update: 'N N N N Y N Y Y', delete: 'N N N N N N N Y' },
  { collection: 'partnerships', subject: 'partnership of X arranged by A', read: 'F F F F F F F F', create: 'N N N N Y I Y Y', update: 'N N N N Y N Y Y', delete: 'N N N N Y N Y Y' },
  {
    collection: 'partnership-attachments',
    subject: 'signed form uploaded by member of X, handled by A',
    read: 'N N F N F N F F',
    create: 'Y Y Y Y Y Y Y Y',
    createOverGraphQL: 'I I I I I I I I',
    update: 'N N N N Y N Y Y',
    delete: 'N N N N Y N Y Y',
    file: 'N N Y N Y N Y Y',
  },
  { collection: 'members', subject: 'member of X (update: position)', read: 'N N F N F N F F', create: 'N N N N N N Y Y', update: 'N N Y N S N S Y', delete: 'N N N N N N N Y' },
  { collection: 'members', subject: 'unapproved member of X (update: approve)', read: 'N F N N F N F F', update: 'N S N N Y N Y Y' },
  { collection: 'users', subject: 'another editor of A', read: 'N N N N N N F F', create: 'N N N N N N Y Y', update: 'N N N N N N Y Y', delete: 'N N N N N N Y Y' },
  { collection: 'forms', subject: 'public questionnaire of A', read: 'F F F F F F F F', create: 'N N N N Y I Y Y', update: 'N N N N Y N Y Y', delete: 'N N N N Y N Y Y' },
  { collection: 'form-submissions', subject: 'answer to the questionnaire of A', read: 'N N N N F N F F', create: 'Y Y Y Y Y Y Y Y', update: 'N N N N N N N N', delete: 'N N N N Y N Y Y' },
  // Entries of the site search index follow the audience of their document; only the search plugin (and admins) write them.
  { collection: 'search', subject: 'search entry of members-only news of A', read: 'N N F F F F F F', create: 'N N N N N N N Y', update: 'N N N N N N N Y', delete: 'N N N N N N N Y' },
  { collection: 'search', subject: 'search entry of public news of A', read: 'F F F F F F F F' },
  { collection: 'payload-locked-documents', subject: 'admin’s lock on news of A', read: 'N N N N F F F F', create: 'N N N N Y Y Y Y', update: 'N N N N Y Y Y Y', delete: 'N N N N Y Y Y Y' },
]

/** Payload's own bookkeeping, reachable by no API a visitor can use (or closed to everyone by Payload). */
const NOT_IN_MATRIX = ['payload-preferences', 'payload-migrations', 'payload-jobs', 'payload-kv']

const cellsOf = (letters: string) => letters.split(' ')

// ---------------------------------------------------------------------------------------------
// The scene

type Scene = {
  A: Id
  B: Id
  X: Id
  Y: Id
  region: Id
  partnerRegion: Id
  eventOfA: Id
  membersDocumentOfA: Id
  form: Id
  admin: Id
  memberX: Id
  unapprovedX: Id
}

let payload: Payload
let http: Http
let scene: Scene
const tokens = {} as Record<Role, string | undefined>
const staffUsers = {} as Record<'editor of A' | 'editor of B' | 'manager of A' | 'admin', Awaited<ReturnType<typeof createStaffUser>>['doc']>

type Subject = { id: Id }
type Spec = {
  /** Creates the row's subject (with access overridden); delete cells get a fresh one each. */
  make: () => Promise<Subject>
  /** What a create attempt sends (for association A / municipality X). */
  createData?: () => Record<string, unknown> | Promise<Record<string, unknown>>
  upload?: 'image' | 'pdf'
  change?: () => Record<string, unknown>
  /** Fields visitors must not get in a teaser, with their GraphQL selection. */
  protectedFields?: Record<string, string>
}

const local = <T extends CollectionSlug>(collection: T, data: Record<string, unknown>, file?: Awaited<ReturnType<typeof pngFile>>) =>
  payload.create({ collection, data: data as never, file, overrideAccess: true })

const published = { _status: 'published' }

const SPECS: Record<string, Spec> = {
  'members-only news of A, published': {
    make: async () => local('news', { ...validData.news({ association: scene.A }), audience: 'members', attachments: [ref(scene.membersDocumentOfA)], ...published }),
    createData: () => validData.news({ association: scene.A }),
    change: () => ({ title: `Změněná aktualita ${nextNumber()}` }),
    protectedFields: { content: 'content', attachments: 'attachments { id }' },
  },
  'draft news of A, never published': {
    make: async () => local('news', validData.news({ association: scene.A })),
    change: () => ({ title: `Změněný koncept ${nextNumber()}` }),
  },
  'members-only page of A, published': {
    make: async () => local('pages', { ...validData.pages({ association: scene.A }), audience: 'members', ...published }),
    createData: () => validData.pages({ association: scene.A }),
    change: () => ({ title: `Změněná stránka ${nextNumber()}` }),
    protectedFields: { layout: 'layout { __typename }' },
  },
  'draft page of A': { make: async () => local('pages', validData.pages({ association: scene.A })), change: () => ({ title: `Koncept stránky ${nextNumber()}` }) },
  'service of A, published': {
    make: async () => local('services', { ...validData.services({ association: scene.A }), ...published }),
    createData: () => validData.services({ association: scene.A }),
    change: () => ({ title: `Změněná služba ${nextNumber()}` }),
  },
  'draft service of A': { make: async () => local('services', validData.services({ association: scene.A })), change: () => ({ title: `Koncept služby ${nextNumber()}` }) },
  'event of A, published': {
    make: async () => local('events', { ...validData.events({ association: scene.A }), ...published }),
    createData: () => validData.events({ association: scene.A }),
    change: () => ({ title: `Změněná akce ${nextNumber()}` }),
  },
  'draft event of A': { make: async () => local('events', validData.events({ association: scene.A })), change: () => ({ title: `Koncept akce ${nextNumber()}` }) },
  'seminar of A with materials, published': {
    make: async () => local('seminars', { ...validData.seminars({ association: scene.A }), materials: [ref(scene.membersDocumentOfA)], ...published }),
    createData: () => validData.seminars({ association: scene.A }),
    change: () => ({ title: `Změněný seminář ${nextNumber()}` }),
    protectedFields: { materials: 'materials { id }' },
  },
  'draft seminar of A': { make: async () => local('seminars', validData.seminars({ association: scene.A })), change: () => ({ title: `Koncept semináře ${nextNumber()}` }) },
  'members-only practice of X reviewed by A, published': {
    make: async () =>
      local('good-practices', {
        ...validData['good-practices']({ municipality: scene.X }),
        association: ref(scene.A),
        audience: 'members',
        submittedBy: ref(scene.memberX),
        results: richText('Úspora 30 % nákladů.'),
        costsAndFunding: richText('Dotace 80 %.'),
        contact: { name: 'Jan Starosta', email: 'starosta@obec-x.test.cz' },
        attachments: [ref(scene.membersDocumentOfA)],
        ...published,
      }),
    createData: () => ({ ...validData['good-practices']({ municipality: scene.X }), association: ref(scene.A) }),
    change: () => ({ title: `Změněná praxe ${nextNumber()}` }),
    protectedFields: { content: 'content', results: 'results', costsAndFunding: 'costsAndFunding', contact: 'contact { name }', attachments: 'attachments { id }' },
  },
  'practice submitted by member of X, in review': {
    make: async () =>
      local('good-practices', {
        ...validData['good-practices']({ municipality: scene.X }),
        association: ref(scene.A),
        submittedBy: ref(scene.memberX),
        reviewStatus: 'in-review',
      }),
    change: () => ({ title: `Posuzovaná praxe ${nextNumber()}` }),
  },
  category: { make: async () => local('categories', validData.categories()), createData: () => validData.categories(), change: () => ({ title: `Rubrika ${nextNumber()}` }) },
  'event series of A': {
    make: async () => local('event-series', validData['event-series']({ association: scene.A })),
    createData: () => validData['event-series']({ association: scene.A }),
    change: () => ({ title: `Série ${nextNumber()}` }),
  },
  'commission of A': {
    make: async () => local('commissions', validData.commissions({ association: scene.A })),
    createData: () => validData.commissions({ association: scene.A }),
    change: () => ({ name: `Komise ${nextNumber()}` }),
  },
  'association A (delete: another association)': {
    make: async () => ({ id: scene.A }),
    createData: () => validData.associations(),
    change: () => ({ founded: 1990 + (nextNumber() % 30) }),
  },
  'membership of a municipality in A (update: suspend)': {
    make: async () => local('memberships', { municipality: ref((await createMunicipality(payload)).id), association: ref(scene.A), status: 'active', note: 'Příspěvek zaplacen.' }),
    createData: async () => ({ municipality: ref((await createMunicipality(payload)).id), association: ref(scene.A), status: 'active' }),
    change: () => ({ status: 'suspended' }),
    protectedFields: { note: 'note' },
  },
  'membership of a municipality in B (update: move to A)': {
    make: async () => local('memberships', { municipality: ref((await createMunicipality(payload)).id), association: ref(scene.B), status: 'active', note: 'Příspěvek zaplacen.' }),
    createData: async () => ({ municipality: ref((await createMunicipality(payload)).id), association: ref(scene.B), status: 'active' }),
    change: () => ({ association: scene.A }),
    protectedFields: { note: 'note' },
  },
  'municipality X (update: its website)': {
    make: async () => ({ id: scene.X }),
    createData: () => validData.municipalities(),
    change: () => ({ website: `https://www.obec-x-${nextNumber()}.cz` }),
  },
  region: { make: async () => local('regions', validData.regions()), createData: () => validData.regions(), change: () => ({ profile: `Profil ${nextNumber()}` }) },
  person: { make: async () => local('people', validData.people()), createData: () => validData.people(), change: () => ({ office: `místostarosta ${nextNumber()}` }) },
  partner: { make: async () => local('partners', validData.partners()), createData: () => validData.partners(), change: () => ({ description: `Partner ${nextNumber()}` }) },
  'image of A': {
    make: async () => local('media', { alt: 'Sál krajského setkání', association: ref(scene.A) }, await pngFile(undefined, 400, 300)),
    createData: () => ({ alt: 'Znak obce', association: ref(scene.A) }),
    upload: 'image',
    change: () => ({ alt: `Popis ${nextNumber()}` }),
  },
  'members-only document of A': {
    make: async () => local('documents', { title: 'Zápis z předsednictva', association: ref(scene.A), audience: 'members' }, pdfFile()),
    createData: () => ({ title: `Podklady ${nextNumber()}`, association: ref(scene.A), audience: 'members' }),
    upload: 'pdf',
    change: () => ({ title: `Zápis ${nextNumber()}` }),
    protectedFields: { url: 'url', filename: 'filename' },
  },
  'authorisation of a proxy at an assembly of A': {
    make: async () => local('proxy-authorisations', { title: 'Plná moc – obec Lhota', association: ref(scene.A) }, pdfFile()),
    createData: () => ({ title: `Plná moc ${nextNumber()}`, association: ref(scene.A) }),
    upload: 'pdf',
    change: () => ({ title: `Plná moc ${nextNumber()}` }),
  },
  'seat counter of an event of A': {
    make: async () => local('registration-counters', { key: `event:${nextNumber()}`, confirmed: 0, waitlisted: 0 }),
    createData: () => ({ key: `event:${nextNumber()}`, confirmed: 0, waitlisted: 0 }),
    change: () => ({ confirmed: 1 }),
  },
  'public document of A': { make: async () => local('documents', { title: 'Výroční zpráva', association: ref(scene.A), audience: 'public' }, pdfFile()) },
  'internal document of A (a signed form)': {
    make: async () => local('documents', { title: 'Podepsaná žádost obce X', association: ref(scene.A), audience: 'internal' }, pdfFile()),
    change: () => ({ title: `Žádost ${nextNumber()}` }),
  },
  'registration of member of X for an event of A': {
    make: async () => local('registrations', { ...validData.registrations({ event: scene.eventOfA }), member: ref(scene.memberX) }),
    createData: () => validData.registrations({ event: scene.eventOfA }),
    change: () => ({ needs: `Bezbariérový přístup ${nextNumber()}` }),
  },
  'request of member of X handled by A': {
    make: async () =>
      local('partnership-requests', {
        ...validData['partnership-requests']({ association: scene.A, partnerRegion: scene.partnerRegion, region: scene.region, municipality: scene.X }),
        submittedBy: ref(scene.memberX),
        internalNotes: 'Interní: ověřit usnesení zastupitelstva.',
      }),
    createData: () => validData['partnership-requests']({ association: scene.A, partnerRegion: scene.partnerRegion, region: scene.region, municipality: scene.X }),
    change: () => ({ lookingFor: `Partnerská škola ${nextNumber()}` }),
    protectedFields: { internalNotes: 'internalNotes' },
  },
  'partnership of X arranged by A': {
    make: async () => local('partnerships', validData.partnerships({ association: scene.A, municipality: scene.X, partnerRegion: scene.partnerRegion })),
    createData: () => validData.partnerships({ association: scene.A, municipality: scene.X, partnerRegion: scene.partnerRegion }),
    change: () => ({ partnerName: `Gmina Partnerska ${nextNumber()}` }),
  },
  'signed form uploaded by member of X, handled by A': {
    make: async () => local('partnership-attachments', { association: ref(scene.A), uploadedBy: ref(scene.memberX) }, pdfFile()),
    createData: () => ({}),
    upload: 'pdf',
    // Handing the form to another office.
    change: () => ({ association: ref(scene.B) }),
  },
  'member of X (update: position)': {
    make: async () => ({ id: scene.memberX }),
    createData: () => validData.members({ municipality: scene.X }),
    change: () => ({ position: 'other' }),
  },
  'unapproved member of X (update: approve)': { make: async () => ({ id: scene.unapprovedX }), change: () => ({ approvalStatus: 'approved' }) },
  'another editor of A': {
    make: async () => ({ id: (await createStaffUser(payload, 'editor', [scene.A])).doc.id }),
    createData: () => validData.users({ association: scene.A }),
    change: () => ({ name: `Redaktor ${nextNumber()}` }),
  },
  'public questionnaire of A': {
    make: async () => local('forms', validData.forms({ association: scene.A })),
    // The form builder's redirect group is a required input type in its GraphQL schema, even when unused.
    createData: () => ({ ...validData.forms({ association: scene.A }), redirect: { url: 'https://www.smocr.cz/dekujeme' } }),
    change: () => ({ title: `Dotazník ${nextNumber()}`, redirect: { url: `https://www.smocr.cz/dekujeme-${nextNumber()}` } }),
  },
  'answer to the questionnaire of A': {
    make: async () => local('form-submissions', { form: ref(scene.form), submissionData: [{ field: 'obec', value: 'Kozojedy' }] }),
    createData: () => ({ form: ref(scene.form), submissionData: [{ field: 'obec', value: 'Lhota' }] }),
    change: () => ({ submissionData: [{ field: 'obec', value: `Lhota ${nextNumber()}` }] }),
  },
  'search entry of members-only news of A': {
    make: async () => local('search', { ...validData.search({ event: scene.eventOfA }), doc: { relationTo: 'news', value: (await local('news', validData.news({ association: scene.A }))).id }, audience: 'members' }),
    createData: () => ({ ...validData.search({ event: scene.eventOfA }), audience: 'members' }),
    change: () => ({ title: `Výsledek ${nextNumber()}` }),
  },
  'search entry of public news of A': {
    make: async () => local('search', { ...validData.search({ event: scene.eventOfA }), doc: { relationTo: 'news', value: (await local('news', validData.news({ association: scene.A }))).id } }),
  },
  'admin’s lock on news of A': {
    make: async () => {
      const news = await local('news', validData.news({ association: scene.A }))
      return local('payload-locked-documents', { document: { relationTo: 'news', value: news.id }, user: { relationTo: 'users', value: scene.admin } })
    },
    createData: async () => ({
      document: { relationTo: 'news', value: (await local('news', validData.news({ association: scene.A }))).id },
      user: { relationTo: 'users', value: scene.admin },
    }),
    change: () => ({ globalSlug: `zamceno-${nextNumber()}` }),
  },
}

const subjects = new Map<string, Subject>()

beforeAll(async () => {
  payload = await getTestPayload()
  http = httpFor(payload)
  const A = (await createAssociation(payload, { name: 'Sdružení obcí Plzeňského kraje', shortName: 'SOPK' })).id
  const B = (await createAssociation(payload, { name: 'Sdružení obcí Vysočiny', shortName: 'SOV' })).id
  const partnerRegion = (await createRegion(payload, { name: 'Województwo śląskie', country: 'PL', kind: 'pl-voivodeship' })).id
  // A's office handles the region's applications for a partner in its partner region.
  const region = (await createRegion(payload, { name: 'Plzeňský kraj', partnerRegions: [ref(partnerRegion)], partnershipOffice: ref(A) })).id
  const X = (await createMunicipality(payload, { name: 'Kozojedy', region: ref(region), memberships: [{ association: ref(A), status: 'active' }] })).id
  const Y = (await createMunicipality(payload, { name: 'Lhota', region: ref(region), memberships: [{ association: ref(B), status: 'active' }] })).id

  const staff = {
    'editor of A': await createStaffUser(payload, 'editor', [A]),
    'editor of B': await createStaffUser(payload, 'editor', [B]),
    'manager of A': await createStaffUser(payload, 'manager', [A]),
    admin: await createStaffUser(payload, 'admin'),
  }
  const members = {
    'unapproved member of X': await createMember(payload, X, 'pending'),
    'member of X': await createMember(payload, X, 'approved'),
    'member of Y': await createMember(payload, Y, 'approved'),
  }
  for (const [role, account] of Object.entries(staff)) {
    tokens[role as Role] = await logIn('users', account.email, account.password)
    staffUsers[role as keyof typeof staffUsers] = account.doc
  }
  for (const [role, account] of Object.entries(members)) tokens[role as Role] = await logIn('members', account.email, account.password)

  const eventOfA = (await local('events', { ...validData.events({ association: A }), ...published })).id
  const membersDocumentOfA = (await local('documents', { title: 'Podklady pro členy', association: ref(A), audience: 'members' }, pdfFile())).id
  const form = (await local('forms', validData.forms({ association: A }))).id
  scene = {
    A,
    B,
    X,
    Y,
    region,
    partnerRegion,
    eventOfA,
    membersDocumentOfA,
    form,
    admin: staff.admin.doc.id,
    memberX: members['member of X'].doc.id,
    unapprovedX: members['unapproved member of X'].doc.id,
  }
  for (const row of MATRIX) subjects.set(row.subject, await specOf(row).make())
})

afterAll(async () => {
  // Uploaded files land in media/; remove what this file created.
  if (!payload) return
  await payload.delete({ collection: 'documents', where: { id: { exists: true } }, overrideAccess: true })
  await payload.delete({ collection: 'media', where: { id: { exists: true } }, overrideAccess: true })
})

async function logIn(collection: 'users' | 'members', email: string, password: string): Promise<string> {
  const { status, body } = await http.rest('POST', `${collection}/login`, { body: { email, password } })
  if (status !== 200) throw new Error(`log-in of ${email} failed: ${JSON.stringify(body)}`)
  return String(body.token)
}

function specOf(row: Row): Spec {
  const spec = SPECS[row.subject]
  if (!spec) throw new Error(`No setup for “${row.subject}”`)
  return spec
}

// ---------------------------------------------------------------------------------------------
// GraphQL names and inputs, read from the config Payload built

/** The names @payloadcms/graphql derives (its initCollections): from the slug unless the config sets them. */
function graphqlNames(collection: CollectionSlug) {
  const { graphQL } = payload.collections[collection].config
  const configured = typeof graphQL === 'object' ? graphQL.singularName : undefined
  const one = configured ? toWords(configured, true) : formatNames(collection).singular
  return { one, create: `create${one}`, update: `update${one}`, delete: `delete${one}` }
}

/** GraphQL spells select options as enum names: `regional-meeting` → `regional_meeting`, `Europe/Prague` → `Europe_Prague`. */
const enumName = (value: string) => (/^[0-9]/.test(value) ? `_${value}` : value).replace(/[-/.+,()' []/g, '_')

function toGraphQLInput(fields: FlattenedField[], data: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(data)) {
    // Payload's own underscore fields (verification, draft status) are not GraphQL inputs.
    if (key.startsWith('_')) continue
    const field = fields.find((candidate) => candidate.name === key)
    if (!field || value === null || value === undefined) result[key] = value
    else if ((field.type === 'select' || field.type === 'radio') && typeof value === 'string') result[key] = enumName(value)
    else if (field.type === 'select' && Array.isArray(value)) result[key] = value.map((item) => enumName(String(item)))
    else if ((field.type === 'group' || field.type === 'tab') && typeof value === 'object') result[key] = toGraphQLInput(field.flattenedFields, value as Record<string, unknown>)
    else if (field.type === 'array' && Array.isArray(value)) result[key] = value.map((item) => toGraphQLInput(field.flattenedFields, item as Record<string, unknown>))
    else result[key] = value
  }
  return result
}

const graphqlInput = (collection: CollectionSlug, data: Record<string, unknown>) => toGraphQLInput(payload.collections[collection].config.flattenedFields, data)

// ---------------------------------------------------------------------------------------------
// One cell

type Transport = 'REST' | 'GraphQL'

/** Withheld: absent, null, or (GraphQL resolves a withheld group to an object of nulls) nothing inside. */
const isWithheld = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && !Array.isArray(value) && Object.values(value as object).every(isWithheld))

function readOutcome(doc: Record<string, unknown> | null | undefined, subject: Id, protectedFields: string[]): string {
  if (!doc || !sameId(doc.id as Ref, subject)) return 'N'
  const missing = protectedFields.filter((field) => isWithheld(doc[field]))
  return missing.length === 0 ? 'F' : missing.length === protectedFields.length ? 'T' : `partial teaser (missing ${missing.join(', ')})`
}

function writeStatus(result: HttpResult): string {
  if (result.status === 200 || result.status === 201) return 'Y'
  if (result.status === 403 || result.status === 404) return 'N'
  if (result.status === 400) return 'I'
  return `unexpected ${result.status}: ${result.text.slice(0, 200)}`
}

function graphqlStatus(result: GraphQLResult, field: string): string {
  const [error] = result.errors ?? []
  if (error) {
    const status = error.extensions?.statusCode
    if (status === 403 || status === 404) return 'N'
    if (status === 400) return 'I'
    return `unexpected: ${error.message}`
  }
  return result.data?.[field] ? 'Y' : 'N'
}

async function read(role: Role, transport: Transport, row: Row, id: Id): Promise<string> {
  const protectedFields = specOf(row).protectedFields ?? {}
  const names = Object.keys(protectedFields)
  if (transport === 'REST') {
    const { status, body, text } = await http.rest('GET', `${row.collection}/${id}?depth=1`, { headers: bearer(tokens[role]) })
    if (status === 403 || status === 404) return 'N'
    if (status !== 200) return `unexpected ${status}: ${text.slice(0, 200)}`
    return readOutcome(body, id, names)
  }
  const { one } = graphqlNames(row.collection)
  const result = await http.graphql(`{ ${one}(id: ${JSON.stringify(id)}) { id ${Object.values(protectedFields).join(' ')} } }`, { headers: bearer(tokens[role]) })
  const [error] = result.errors ?? []
  if (error && error.extensions?.statusCode !== 403 && error.extensions?.statusCode !== 404) return `unexpected: ${error.message}`
  return readOutcome(result.data?.[one] as Record<string, unknown> | null, id, names)
}

async function create(role: Role, transport: Transport, row: Row): Promise<string> {
  const spec = specOf(row)
  const data = await (spec.createData ?? (() => ({})))()
  if (transport === 'REST') {
    const headers = bearer(tokens[role])
    if (spec.upload) {
      const file = spec.upload === 'image' ? await pngFile(undefined, 400, 300) : pdfFile()
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
      form.append('_payload', JSON.stringify(data))
      return writeStatus(await http.rest('POST', row.collection, { form, headers }))
    }
    return writeStatus(await http.rest('POST', row.collection, { body: data, headers }))
  }
  const names = graphqlNames(row.collection)
  const query = `mutation ($data: mutation${names.one}Input!) { ${names.create}(data: $data) { id } }`
  return graphqlStatus(await http.graphql(query, { variables: { data: graphqlInput(row.collection, data) }, headers: bearer(tokens[role]) }), names.create)
}

const stored = (collection: CollectionSlug, id: Id) =>
  payload.findByID({ collection, id, depth: 0, overrideAccess: true, disableErrors: true, showHiddenFields: true }) as Promise<Record<string, unknown> | null>

async function update(role: Role, transport: Transport, row: Row, id: Id): Promise<string> {
  const change = (specOf(row).change ?? (() => ({})))()
  const before = await stored(row.collection, id)
  let outcome: string
  if (transport === 'REST') outcome = writeStatus(await http.rest('PATCH', `${row.collection}/${id}`, { body: change, headers: bearer(tokens[role]) }))
  else {
    const names = graphqlNames(row.collection)
    const query = `mutation ($data: mutation${names.one}UpdateInput!) { ${names.update}(id: ${JSON.stringify(id)}, data: $data) { id } }`
    outcome = graphqlStatus(await http.graphql(query, { variables: { data: graphqlInput(row.collection, change) }, headers: bearer(tokens[role]) }), names.update)
  }
  const after = await stored(row.collection, id)
  const applied = Object.entries(change).every(([key, value]) => JSON.stringify(stripIds(after?.[key])) === JSON.stringify(value))
  if (outcome === 'Y' && !applied) outcome = 'S'
  if (outcome !== 'Y' && outcome !== 'S' && applied) outcome = `${outcome}, but the change was stored`
  if (applied && before) {
    const restore = Object.fromEntries(Object.keys(change).map((key) => [key, before[key]]))
    await payload.update({ collection: row.collection, id, data: restore as never, overrideAccess: true })
  }
  return outcome
}

/** Array rows come back with generated ids; compare what was sent. */
const stripIds = (value: unknown): unknown =>
  Array.isArray(value) ? value.map((item) => (item && typeof item === 'object' ? Object.fromEntries(Object.entries(item).filter(([key]) => key !== 'id')) : item)) : value

async function remove(role: Role, transport: Transport, row: Row): Promise<string> {
  const fresh = row.collection === 'associations' ? { id: (await createAssociation(payload)).id } : row.collection === 'municipalities' ? { id: (await createMunicipality(payload)).id } : row.collection === 'members' ? { id: (await createMember(payload, scene.X)).doc.id } : await specOf(row).make()
  let outcome: string
  if (transport === 'REST') outcome = writeStatus(await http.rest('DELETE', `${row.collection}/${fresh.id}`, { headers: bearer(tokens[role]) }))
  else {
    const names = graphqlNames(row.collection)
    outcome = graphqlStatus(await http.graphql(`mutation { ${names.delete}(id: ${JSON.stringify(fresh.id)}) { id } }`, { headers: bearer(tokens[role]) }), names.delete)
  }
  const remaining = await stored(row.collection, fresh.id)
  if (outcome === 'Y' && remaining) outcome = 'S'
  if (outcome !== 'Y' && !remaining) outcome = `${outcome}, but the document is gone`
  if (remaining) await payload.delete({ collection: row.collection, id: fresh.id, overrideAccess: true })
  return outcome
}

async function fileURL(role: Role, row: Row, id: Id): Promise<string> {
  const doc = await stored(row.collection, id)
  const { status, text } = await http.rest('GET', `${row.collection}/file/${encodeURIComponent(String(doc?.filename))}`, { headers: bearer(tokens[role]) })
  if (status === 200) return text.length > 0 ? 'Y' : 'empty file'
  return status === 403 || status === 404 ? 'N' : `unexpected ${status}`
}

// ---------------------------------------------------------------------------------------------
// The cells

type Operation = 'read' | 'create' | 'update' | 'delete' | 'file'
type Cell = { collection: CollectionSlug; subject: string; operation: Operation; role: Role; transport: Transport; expected: string }

const CELLS: Cell[] = MATRIX.flatMap((row) =>
  (['read', 'create', 'update', 'delete', 'file'] as const).flatMap((operation) => {
    const transports: Transport[] = operation === 'file' ? ['REST'] : ['REST', 'GraphQL']
    return transports.flatMap((transport) => {
      const letters = operation === 'create' && transport === 'GraphQL' && row.createOverGraphQL ? row.createOverGraphQL : row[operation]
      if (!letters) return []
      return cellsOf(letters).map((expected, column) => ({
        collection: row.collection,
        subject: row.subject,
        operation,
        role: ROLES[column] as Role,
        transport,
        expected,
      }))
    })
  }),
)

describe('the access matrix', () => {
  it('has a row for every collection and a letter for every role', () => {
    const covered = new Set(MATRIX.map((row) => row.collection))
    const collections = payload.config.collections.map((collection) => collection.slug).filter((slug) => !NOT_IN_MATRIX.includes(slug))
    expect(collections.filter((slug) => !covered.has(slug as CollectionSlug))).toEqual([])
    for (const row of MATRIX) {
      for (const operation of ['read', 'create', 'createOverGraphQL', 'update', 'delete', 'file'] as const) {
        const letters = row[operation]
        if (letters) expect(cellsOf(letters), `${row.subject}: ${operation}`).toHaveLength(ROLES.length)
      }
    }
  })

  it.each(CELLS)('$collection ($subject): $role $operation over $transport → $expected', async (cell) => {
    const row = MATRIX.find((candidate) => candidate.subject === cell.subject)
    const subject = subjects.get(cell.subject)
    if (!row || !subject) throw new Error(`unknown row ${cell.subject}`)
    const outcome =
      cell.operation === 'read'
        ? await read(cell.role, cell.transport, row, subject.id)
        : cell.operation === 'create'
          ? await create(cell.role, cell.transport, row)
          : cell.operation === 'update'
            ? await update(cell.role, cell.transport, row, subject.id)
            : cell.operation === 'delete'
              ? await remove(cell.role, cell.transport, row)
              : await fileURL(cell.role, row, subject.id)
    expect(outcome).toBe(cell.expected)
  })
})

// ---------------------------------------------------------------------------------------------
// Known pitfalls, each closed on every path a visitor can take

const VISITORS: Role[] = ['anonymous', 'unapproved member of X', 'member of X', 'editor of B']

/** Everything a visitor could ask for about one collection, as raw response text. */
async function everythingAbout(role: Role, collection: CollectionSlug, id: Id, title: string): Promise<string[]> {
  const headers = bearer(tokens[role])
  const { one } = graphqlNames(collection)
  const plural = formatNames(collection).plural
  const many = plural === one ? `all${one}` : plural
  const where = encodeURIComponent(title)
  const responses = await Promise.all([
    http.rest('GET', `${collection}?depth=2&pagination=false`, { headers }),
    http.rest('GET', `${collection}?draft=true&depth=2&pagination=false`, { headers }),
    http.rest('GET', `${collection}?locale=all&depth=2&pagination=false`, { headers }),
    http.rest('GET', `${collection}/${id}?depth=2`, { headers }),
    http.rest('GET', `${collection}/${id}?draft=true&depth=2`, { headers }),
    http.rest('GET', `${collection}?where[title][equals]=${where}`, { headers }),
    http.rest('GET', `${collection}/count?where[title][equals]=${where}`, { headers }),
    http.rest('GET', `${collection}/versions?depth=2&pagination=false`, { headers }),
  ])
  const graphql = await Promise.all([
    http.graphql(`{ ${many}(draft: true, limit: 1000) { docs { id title } } }`, { headers }),
    http.graphql(`{ ${one}(id: ${JSON.stringify(id)}, draft: true) { id title } }`, { headers }),
    http.graphql(`{ versions${many}(limit: 1000) { docs { id version { title } } } }`, { headers }),
  ])
  // A malformed query would pass vacuously: only answers and refusals count.
  for (const response of responses) expect([200, 403, 404], response.text.slice(0, 300)).toContain(response.status)
  for (const result of graphql) for (const error of result.errors ?? []) expect([403, 404], error.message).toContain(error.extensions?.statusCode)
  const counted = responses[6]?.body.totalDocs
  return [...responses.map((response) => response.text), ...graphql.map((result) => JSON.stringify(result)), `counted ${String(counted)}`]
}

describe('a draft that was never published', () => {
  let draft: { id: Id; title: string }
  let linking: Id

  beforeAll(async () => {
    const title = `Neveřejný koncept ${nextNumber()}`
    draft = { id: (await local('events', { ...validData.events({ association: scene.A }), title })).id, title }
    // A published article points at the draft: population must not carry the draft along.
    linking = (await local('news', { ...validData.news({ association: scene.A }), relatedEvents: [ref(draft.id)], ...published })).id
  })

  it.each(VISITORS)('is returned to %s by no list, lookup, draft or version query, count or GraphQL query', async (role) => {
    const texts = await everythingAbout(role, 'events', draft.id, draft.title)
    expect(texts.filter((text) => text.includes(draft.title))).toEqual([])
    expect(texts.at(-1)).toBe('counted 0')
  })

  it.each(VISITORS)('is not revealed to %s by a published article that links to it', async (role) => {
    const headers = bearer(tokens[role])
    const rest = await http.rest('GET', `news/${linking}?depth=2`, { headers })
    expect(rest.status).toBe(200)
    expect(rest.text).not.toContain(draft.title)
    const graphql = await http.graphql(`{ News(id: ${JSON.stringify(linking)}) { id relatedEvents { id title } } }`, { headers })
    expect(JSON.stringify(graphql)).not.toContain(draft.title)
  })

  it('is there for the editors of its association, so the tests above are not vacuous', async () => {
    expect((await everythingAbout('editor of A', 'events', draft.id, draft.title)).some((text) => text.includes(draft.title))).toBe(true)
  })
})

describe('members-only content reached through other documents', () => {
  const secret = `Tajný obsah pro členy ${nextNumber()}`
  let publicNews: Id
  let publicPractice: Id
  let page: Id
  let membersDocumentFilename: string

  beforeAll(async () => {
    const document = await local('documents', { title: 'Členský dokument', association: ref(scene.A), audience: 'members' }, pdfFile())
    membersDocumentFilename = String(document.filename)
    await local('news', { ...validData.news({ association: scene.A }), content: richText(secret), audience: 'members', ...published })
    publicNews = (await local('news', { ...validData.news({ association: scene.A }), attachments: [ref(document.id)], ...published })).id
    const membersPractice = await local('good-practices', {
      ...validData['good-practices']({ municipality: scene.X }),
      content: richText(secret),
      association: ref(scene.A),
      audience: 'members',
      ...published,
    })
    publicPractice = (await local('good-practices', { ...validData['good-practices']({ municipality: scene.X }), relatedPractices: [ref(membersPractice.id)], ...published })).id
    page = (await local('pages', { ...validData.pages({ association: scene.A }), layout: [{ blockType: 'downloads', documents: [ref(document.id)] }], ...published })).id
  })

  it.each(['anonymous', 'unapproved member of X'] as Role[])('never gives %s the body of a members-only article, whatever the query', async (role) => {
    const headers = bearer(tokens[role])
    const texts = await Promise.all([
      http.rest('GET', 'news?depth=2&pagination=false', { headers }),
      http.rest('GET', 'news?locale=all&depth=2&pagination=false', { headers }),
      http.rest('GET', 'news?select[content]=true&pagination=false', { headers }),
      http.rest('GET', `news?where[content][like]=${encodeURIComponent(secret)}`, { headers }),
      http.rest('GET', 'news/versions?depth=2', { headers }),
    ])
    for (const response of texts) expect(response.text).not.toContain(secret)
    // Filtering by the body would tell, by what comes back, what the body says.
    expect(texts[3]?.status).toBe(400)
    const graphql = await http.graphql('{ allNews(limit: 1000) { docs { id title content } } }', { headers })
    expect(JSON.stringify(graphql)).not.toContain(secret)
    expect((graphql.data?.allNews as { docs: unknown[] }).docs.length, 'the article itself is listed as a teaser').toBeGreaterThan(0)
  })

  it.each(['anonymous', 'unapproved member of X'] as Role[])('gives %s a public article’s members-only attachment only as a title', async (role) => {
    const headers = bearer(tokens[role])
    const rest = await http.rest('GET', `news/${publicNews}?depth=1`, { headers })
    const [attachment] = rest.body.attachments as Record<string, unknown>[]
    expect(attachment).toMatchObject({ title: 'Členský dokument' })
    expect(attachment).not.toHaveProperty('url')
    expect(rest.text).not.toContain(membersDocumentFilename)
    const graphql = await http.graphql(`{ News(id: ${JSON.stringify(publicNews)}) { attachments { title url filename } } }`, { headers })
    expect(graphql.data?.News).toEqual({ attachments: [{ title: 'Členský dokument', url: null, filename: null }] })
  })

  it.each(['anonymous', 'unapproved member of X'] as Role[])('gives %s a related members-only practice and a page’s downloads without their substance', async (role) => {
    const headers = bearer(tokens[role])
    const practice = await http.rest('GET', `good-practices/${publicPractice}?depth=1`, { headers })
    const [related] = practice.body.relatedPractices as Record<string, unknown>[]
    expect(related).toHaveProperty('title')
    expect(related).not.toHaveProperty('content')
    expect(practice.text).not.toContain(secret)
    const graphql = await http.graphql(`{ GoodPractice(id: ${JSON.stringify(publicPractice)}) { relatedPractices { title content } } }`, { headers })
    expect(JSON.stringify(graphql)).not.toContain(secret)
    const downloads = await http.rest('GET', `pages/${page}?depth=2`, { headers })
    expect(downloads.text).not.toContain(membersDocumentFilename)
  })

  it('gives an approved member all of it, so the tests above are not vacuous', async () => {
    const headers = bearer(tokens['member of Y'])
    expect((await http.rest('GET', 'news?depth=2&pagination=false', { headers })).text).toContain(secret)
    expect((await http.rest('GET', `news/${publicNews}?depth=1`, { headers })).text).toContain(membersDocumentFilename)
    expect((await http.rest('GET', `good-practices/${publicPractice}?depth=1`, { headers })).text).toContain(secret)
  })

  it('has one join field, the municipality’s memberships, and it withholds their internal note as the collection does', async () => {
    const joins = payload.config.collections.flatMap((collection) => collection.flattenedFields.filter((field) => field.type === 'join').map((field) => `${collection.slug}.${field.name}`))
    expect(joins).toEqual(['municipalities.memberships'])
    const municipality = await createMunicipality(payload, { memberships: [{ association: ref(scene.A), status: 'active', note: secret }] })
    const rest = await http.rest('GET', `municipalities/${municipality.id}?depth=1`)
    expect((rest.body.memberships as { docs: unknown[] }).docs).toHaveLength(1)
    expect(rest.text).not.toContain(secret)
    const graphql = await http.graphql(`{ Municipality(id: ${JSON.stringify(municipality.id)}) { memberships { docs { status note } } } }`)
    expect(JSON.stringify(graphql)).toContain('active')
    expect(JSON.stringify(graphql)).not.toContain(secret)
  })

  it('keeps a practice’s contact e-mail for staff and the submitting member; readers write through the form', async () => {
    const practice = await local('good-practices', { ...validData['good-practices']({ municipality: scene.X }), submittedBy: ref(scene.memberX), contact: { name: 'Jan Starosta', email: 'kontakt@obec-x.test.cz' }, ...published })
    const emailFor = async (role: Role) => ((await http.rest('GET', `good-practices/${practice.id}`, { headers: bearer(tokens[role]) })).body.contact as { email?: string } | undefined)?.email
    expect(await emailFor('member of Y')).toBeUndefined()
    expect(await emailFor('member of X')).toBe('kontakt@obec-x.test.cz')
    expect(await emailFor('editor of B')).toBe('kontakt@obec-x.test.cz')
  })
})

describe('an editor and another association', () => {
  const scoped: [CollectionSlug, () => Record<string, unknown>, Awaited<ReturnType<typeof pngFile>> | null][] = []

  beforeAll(async () => {
    scoped.push(
      ['news', () => validData.news({ association: scene.B }), null],
      ['pages', () => validData.pages({ association: scene.B }), null],
      ['services', () => validData.services({ association: scene.B }), null],
      ['events', () => validData.events({ association: scene.B }), null],
      ['seminars', () => validData.seminars({ association: scene.B }), null],
      ['event-series', () => validData['event-series']({ association: scene.B }), null],
      ['commissions', () => validData.commissions({ association: scene.B }), null],
      ['good-practices', () => ({ ...validData['good-practices']({ municipality: scene.Y }), association: ref(scene.B) }), null],
      ['partnership-requests', () => validData['partnership-requests']({ association: scene.B, partnerRegion: scene.partnerRegion, region: scene.region, municipality: scene.Y }), null],
      ['documents', () => ({ title: 'Cizí dokument', association: ref(scene.B), audience: 'public' }), pdfFile()],
      ['media', () => ({ alt: 'Cizí obrázek', association: ref(scene.B) }), await pngFile(undefined, 400, 300)],
    )
  })

  it('cannot create a document for it through the Local API either, for any association-scoped collection', async () => {
    for (const [collection, data, file] of scoped) {
      const attempt = payload.create({ collection, data: data() as never, file: file ?? undefined, user: staffUsers['editor of A'], overrideAccess: false })
      await expect(attempt, collection).rejects.toMatchObject({ name: 'ValidationError', data: { errors: [expect.objectContaining({ path: 'association' })] } })
    }
    const registration = payload.create({
      collection: 'registrations',
      data: validData.registrations({ event: (await local('events', { ...validData.events({ association: scene.B }), ...published })).id }),
      user: staffUsers['editor of A'],
      overrideAccess: false,
    })
    await expect(registration).rejects.toMatchObject({ name: 'Forbidden' })
  })

  it('cannot move its own document there', async () => {
    for (const [collection, data, file] of scoped) {
      const own = await local(collection, { ...data(), association: ref(scene.A), municipality: ref(scene.X) }, file ?? undefined)
      const move = payload.update({ collection, id: own.id, data: { association: ref(scene.B) } as never, user: staffUsers['editor of A'], overrideAccess: false })
      await expect(move, collection).rejects.toMatchObject({ name: 'ValidationError' })
      expect(sameId((await stored(collection, own.id))?.association as Ref, scene.A), collection).toBe(true)
    }
  })
})
