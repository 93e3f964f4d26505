import type { File as UploadFile, Payload, RequiredDataFromCollectionSlug } from 'payload'
import sharp from 'sharp'

import type { Id } from '@/access/ids'
import type { Association, Document, Media, Member, Municipality, News, Person, Region, User } from '@/payload-types'

/**
 * Small builders for the integration tests. Everything here writes through the Local API with
 * access control overridden: fixtures set the scene, the tests exercise the access rules.
 */

/**
 * The generated types come from the SQLite schema, where ids are numbers; on MongoDB they are
 * strings at runtime. Relationship values go through this one cast so the same tests run on both.
 */
export const ref = (id: Id): number => id as number

let sequence = 0
/** A number unique within the test file, for e-mails, codes and titles. */
export const nextNumber = (): number => (sequence += 1)

export const PASSWORD = 'Heslo-pro-testy-2025'

export type RichText = News['content']

/** A Lexical editor state with one paragraph, as the admin's editor would save it. */
export const richText = (text: string): RichText => ({
  root: {
    type: 'root',
    children: [{ type: 'paragraph', children: [{ type: 'text', text, version: 1 }], direction: null, format: '', indent: 0, version: 1 }],
    direction: null,
    format: '',
    indent: 0,
    version: 1,
  },
})

// ---------------------------------------------------------------------------------------------
// Files

/** A real PNG made by sharp; wide enough for the `hero` size (1600 px) to be generated. */
export async function pngFile(name = `obrazek-${nextNumber()}.png`, width = 1800, height = 1000): Promise<UploadFile> {
  const data = await sharp({ create: { width, height, channels: 3, background: { r: 32, g: 96, b: 160 } } }).png().toBuffer()
  return { data, mimetype: 'image/png', name, size: data.length }
}

/** A minimal but valid one-page PDF (header, objects, xref table, trailer, %%EOF). */
export function pdfFile(name = `dokument-${nextNumber()}.pdf`): UploadFile {
  const objects = [
    '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n',
    '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n',
    '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>\nendobj\n',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  for (const object of objects) {
    offsets.push(body.length)
    body += object
  }
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  const data = Buffer.from(body, 'latin1')
  return { data, mimetype: 'application/pdf', name, size: data.length }
}

/** Any other content under a name and MIME type of your choice (an .exe renamed .pdf, HTML …). */
export function rawFile(content: Buffer | string, name: string, mimetype: string): UploadFile {
  const data = typeof content === 'string' ? Buffer.from(content) : content
  return { data, mimetype, name, size: data.length }
}

/** The first bytes of a Windows executable ("MZ" header and PE signature). */
export const windowsExecutable = (): Buffer => {
  const data = Buffer.alloc(512)
  data.write('MZ', 0, 'latin1')
  data.writeUInt32LE(0x80, 0x3c)
  data.write('PE\0\0', 0x80, 'latin1')
  return data
}

// ---------------------------------------------------------------------------------------------
// Registers

export async function createAssociation(
  payload: Payload,
  data: Partial<RequiredDataFromCollectionSlug<'associations'>> = {},
): Promise<Association> {
  const n = nextNumber()
  return payload.create({
    collection: 'associations',
    data: { name: `Sdružení obcí č. ${n}`, shortName: `SO${n}`, kind: 'regional', country: 'CZ', ...data },
  })
}

export async function createRegion(payload: Payload, data: Partial<RequiredDataFromCollectionSlug<'regions'>> = {}): Promise<Region> {
  const n = nextNumber()
  return payload.create({ collection: 'regions', data: { code: `T${n}`, name: `Kraj ${n}`, country: 'CZ', kind: 'cz-region', ...data } })
}

type MembershipData = Omit<RequiredDataFromCollectionSlug<'memberships'>, 'municipality'>

/**
 * A municipality of the register, with its memberships (records of the `memberships`
 * collection, created after it), so that a scene reads "X is an active member of A".
 */
export async function createMunicipality(
  payload: Payload,
  { memberships = [], ...data }: Partial<Omit<RequiredDataFromCollectionSlug<'municipalities'>, 'memberships'>> & { memberships?: MembershipData[] } = {},
): Promise<Municipality> {
  const n = nextNumber()
  const municipality = await payload.create({
    collection: 'municipalities',
    data: { ruianCode: String(550000 + n), name: `Obec ${n}`, kind: 'municipality', population: 1200, ...data },
  })
  for (const membership of memberships) await payload.create({ collection: 'memberships', data: { ...membership, municipality: municipality.id } })
  return memberships.length === 0 ? municipality : payload.findByID({ collection: 'municipalities', id: municipality.id, depth: 0 })
}

export async function createPerson(payload: Payload, data: Partial<RequiredDataFromCollectionSlug<'people'>> = {}): Promise<Person> {
  return payload.create({ collection: 'people', data: { firstName: 'Jana', lastName: 'Nováková', ...data } })
}

// ---------------------------------------------------------------------------------------------
// Accounts

export type Account<T> = { doc: T; email: string; password: string }
export type StaffRole = User['role']

/** A staff user of the admin; editors and managers work for the given associations. */
export async function createStaffUser(
  payload: Payload,
  role: StaffRole,
  associations: Id[] = [],
): Promise<Account<User & { collection: 'users' }>> {
  const email = `${role}-${nextNumber()}@test.municipia.cz`
  const doc = await payload.create({
    collection: 'users',
    data: { name: `Test ${role}`, email, password: PASSWORD, role, associations: associations.map(ref) },
  })
  return { doc: { ...doc, collection: 'users' }, email, password: PASSWORD }
}

/** A portal member with a verified e-mail, approved or still waiting for approval. */
export async function createMember(
  payload: Payload,
  municipality: Id,
  approvalStatus: Member['approvalStatus'] = 'approved',
): Promise<Account<Member & { collection: 'members' }>> {
  const email = `clen-${approvalStatus}-${nextNumber()}@obec.test.cz`
  const doc = await payload.create({
    collection: 'members',
    data: {
      firstName: 'Petr',
      lastName: approvalStatus === 'approved' ? 'Schválený' : 'Čekající',
      email,
      password: PASSWORD,
      municipality: ref(municipality),
      position: 'secretary',
      approvalStatus,
      preferredLanguage: 'cs',
      _verified: true,
    },
  })
  return { doc: { ...doc, collection: 'members' }, email, password: PASSWORD }
}

// ---------------------------------------------------------------------------------------------
// Uploads

export async function createMedia(payload: Payload, alt = 'Účastníci krajského setkání v sále'): Promise<Media> {
  return payload.create({ collection: 'media', data: { alt }, file: await pngFile() })
}

export async function createDocument(
  payload: Payload,
  association: Id,
  audience: Document['audience'] = 'public',
  title = `Zpráva o činnosti ${nextNumber()}`,
): Promise<Document> {
  return payload.create({ collection: 'documents', data: { title, association: ref(association), audience }, file: pdfFile() })
}

// ---------------------------------------------------------------------------------------------
// Minimal valid data of each collection without a file

/** What the data builders need: ids of records every document may point at. */
export type Scene = {
  association: Id
  municipality: Id
  region: Id
  partnerRegion: Id
  person: Id
  event: Id
}

const inOneWeek = () => new Date(Date.now() + 7 * 24 * 3600 * 1000)
const hoursLater = (date: Date, hours: number) => new Date(date.getTime() + hours * 3600 * 1000)

export const validData = {
  news: (s: Pick<Scene, 'association'>, title = `Aktualita ${nextNumber()}`): RequiredDataFromCollectionSlug<'news'> => ({
    title,
    excerpt: 'Krátký perex aktuality.',
    content: richText('Text aktuality pro členské obce.'),
    association: ref(s.association),
    audience: 'public',
  }),
  pages: (s: Pick<Scene, 'association'>, title = `Stránka ${nextNumber()}`): RequiredDataFromCollectionSlug<'pages'> => ({
    title,
    layout: [{ blockType: 'hero', heading: 'O nás' }],
    association: ref(s.association),
    audience: 'public',
  }),
  services: (s: Pick<Scene, 'association'>): RequiredDataFromCollectionSlug<'services'> => ({
    title: `Služba ${nextNumber()}`,
    category: 'advice',
    summary: 'Právní poradenství pro obce.',
    association: ref(s.association),
  }),
  'good-practices': (s: Pick<Scene, 'municipality'>): RequiredDataFromCollectionSlug<'good-practices'> => ({
    title: `Dobrá praxe ${nextNumber()}`,
    municipality: ref(s.municipality),
    topics: ['digitalisation-cybersecurity'],
    content: richText('Obec zavedla elektronické podání.'),
    workflowStatus: 'submitted',
    audience: 'public',
  }),
  categories: (): RequiredDataFromCollectionSlug<'categories'> => ({ title: `Rubrika ${nextNumber()}` }),
  events: (s: Pick<Scene, 'association'>, title = `Akce ${nextNumber()}`): RequiredDataFromCollectionSlug<'events'> => {
    const startsAt = inOneWeek()
    return {
      title,
      kind: 'regional-meeting',
      startsAt: startsAt.toISOString(),
      endsAt: hoursLater(startsAt, 6).toISOString(),
      timeZone: 'Europe/Prague',
      association: ref(s.association),
    }
  },
  'event-series': (s: Pick<Scene, 'association'>): RequiredDataFromCollectionSlug<'event-series'> => ({
    title: `Krajská setkání ${nextNumber()}`,
    year: 2025,
    association: ref(s.association),
  }),
  seminars: (s: Pick<Scene, 'association'>): RequiredDataFromCollectionSlug<'seminars'> => {
    const startsAt = inOneWeek()
    return {
      title: `Seminář ${nextNumber()}`,
      topics: ['public-procurement'],
      format: 'in-person',
      terms: [{ startsAt: startsAt.toISOString(), endsAt: hoursLater(startsAt, 4).toISOString(), timeZone: 'Europe/Prague' }],
      association: ref(s.association),
    }
  },
  registrations: (s: Pick<Scene, 'event'>): RequiredDataFromCollectionSlug<'registrations'> => ({
    event: ref(s.event),
    attendeeName: 'Karel Novotný',
    email: `ucastnik-${nextNumber()}@obec.test.cz`,
    status: 'confirmed',
    locale: 'cs',
    consent: { textVersion: '2025-01', givenAt: new Date().toISOString() },
  }),
  'partnership-requests': (s: Pick<Scene, 'association' | 'region' | 'partnerRegion' | 'municipality'>): RequiredDataFromCollectionSlug<'partnership-requests'> => ({
    association: ref(s.association),
    homeRegion: ref(s.region),
    applicantKind: 'municipality',
    municipality: ref(s.municipality),
    applicantName: 'Obec Kozojedy',
    contact: { name: 'Marie Dvořáková', email: `starostka-${nextNumber()}@kozojedy.test.cz` },
    desiredRegions: [ref(s.partnerRegion)],
    cooperationAreas: ['culture', 'schools-youth'],
    motivation: 'Hledáme partnerskou obec pro výměny škol.',
    lookingFor: 'Obec podobné velikosti se školou.',
    consent: { textVersion: '2025-01', givenAt: new Date().toISOString() },
    status: 'submitted',
  }),
  partnerships: (s: Pick<Scene, 'association' | 'municipality' | 'partnerRegion'>): RequiredDataFromCollectionSlug<'partnerships'> => ({
    association: ref(s.association),
    municipality: ref(s.municipality),
    partnerName: `Gmina Partnerska ${nextNumber()}`,
    partnerRegion: ref(s.partnerRegion),
    since: 2004,
    areas: ['culture', 'schools-youth'],
    description: 'Výměny školních sborů a společné kulturní léto.',
    visibility: 'public',
  }),
  associations: (): RequiredDataFromCollectionSlug<'associations'> => {
    const n = nextNumber()
    return { name: `Sdružení obcí č. ${n}`, shortName: `SO${n}`, kind: 'regional', country: 'CZ' }
  },
  commissions: (s: Pick<Scene, 'association'>): RequiredDataFromCollectionSlug<'commissions'> => ({
    association: ref(s.association),
    name: `Komise pro informatiku ${nextNumber()}`,
    abbreviation: 'KISMO',
    kind: 'advisory-body',
  }),
  municipalities: (): RequiredDataFromCollectionSlug<'municipalities'> => {
    const n = nextNumber()
    return { ruianCode: String(560000 + n), name: `Obec ${n}`, kind: 'municipality', population: 480 }
  },
  memberships: (s: Pick<Scene, 'municipality' | 'association'>): RequiredDataFromCollectionSlug<'memberships'> => ({
    municipality: ref(s.municipality),
    association: ref(s.association),
    status: 'active',
  }),
  regions: (): RequiredDataFromCollectionSlug<'regions'> => {
    const n = nextNumber()
    return { code: `R${n}`, name: `Kraj ${n}`, country: 'CZ', kind: 'cz-region' }
  },
  people: (): RequiredDataFromCollectionSlug<'people'> => ({ firstName: 'Jan', lastName: 'Svoboda', office: 'starosta' }),
  partners: (): RequiredDataFromCollectionSlug<'partners'> => ({ name: `Partner ${nextNumber()}`, kind: 'company', description: 'Generální partner' }),
  members: (s: Pick<Scene, 'municipality'>): RequiredDataFromCollectionSlug<'members'> => ({
    firstName: 'Eva',
    lastName: 'Malá',
    email: `clenka-${nextNumber()}@obec.test.cz`,
    password: PASSWORD,
    municipality: ref(s.municipality),
    position: 'mayor',
    approvalStatus: 'pending',
    preferredLanguage: 'cs',
    _verified: true,
  }),
  users: (s: Pick<Scene, 'association'>): RequiredDataFromCollectionSlug<'users'> => ({
    name: 'Redaktorka Testová',
    email: `redaktor-${nextNumber()}@test.municipia.cz`,
    password: PASSWORD,
    role: 'editor',
    associations: [ref(s.association)],
  }),
  forms: (s: Pick<Scene, 'association'>): RequiredDataFromCollectionSlug<'forms'> => ({
    title: `Dotazník ${nextNumber()}`,
    association: ref(s.association),
    audience: 'public',
    fields: [{ blockType: 'text', name: 'obec', label: 'Obec', required: true }],
    submitButtonLabel: 'Odeslat',
    confirmationType: 'message',
    confirmationMessage: richText('Děkujeme za vyplnění.'),
  }),
  // The search plugin writes entries itself when a document is published; this one is written directly.
  search: (s: Pick<Scene, 'event'>): RequiredDataFromCollectionSlug<'search'> => ({
    title: 'Krajské setkání starostů',
    doc: { relationTo: 'events', value: ref(s.event) },
    searchKey: 'krajske setkani starostu',
    display: { cs: { title: 'Krajské setkání starostů', summary: '' } },
    path: `/events/krajske-setkani-${nextNumber()}`,
    audience: 'public',
  }),
} as const

/** Records most documents point at, in a fresh database. */
export async function createScene(payload: Payload): Promise<Scene & { person: Id }> {
  const association = await createAssociation(payload, { name: 'Sdružení obcí Plzeňského kraje', shortName: 'SOPK' })
  const partnerRegion = await createRegion(payload, { name: 'Województwo śląskie', country: 'PL', kind: 'pl-voivodeship' })
  // The region's office handles its municipalities' applications for a partner in its partner regions.
  const region = await createRegion(payload, { name: 'Plzeňský kraj', partnerRegions: [ref(partnerRegion.id)], partnershipOffice: ref(association.id) })
  const municipality = await createMunicipality(payload, { name: 'Kozojedy', region: ref(region.id) })
  const person = await createPerson(payload)
  const event = await payload.create({ collection: 'events', data: validData.events({ association: association.id }) })
  return {
    association: association.id,
    region: region.id,
    partnerRegion: partnerRegion.id,
    municipality: municipality.id,
    person: person.id,
    event: event.id,
  }
}
