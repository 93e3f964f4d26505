import { ValidationError, type CollectionSlug, type File as UploadFile, type GlobalSlug, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sameId, type Id, type Ref } from '@/access/ids'

import {
  createAssociation,
  createMedia,
  createMunicipality,
  createScene,
  createStaffUser,
  nextNumber,
  pdfFile,
  pngFile,
  rawFile,
  ref,
  richText,
  validData,
  windowsExecutable,
  type Scene,
} from './fixtures'
import { getTestPayload } from './harness'

/**
 * Every collection and global: a valid document is saved and read back, localized fields fall
 * back from Polish to Czech and keep their English translation, a missing required field is
 * refused with an error naming it, and each collection's own rules hold.
 */

let payload: Payload
let scene: Scene

beforeAll(async () => {
  payload = await getTestPayload()
  scene = await createScene(payload)
})

// Uploaded files land in media/; remove what this file created.
afterAll(async () => {
  if (!payload) return
  for (const collection of ['media', 'documents', 'proxy-authorisations'] as const) {
    await payload.delete({ collection, where: { id: { exists: true } } })
  }
})

type Data = Record<string, unknown>
type Doc = Data & { id: Id }

/**
 * The table below mixes collections, so its data is typed as plain records; each entry comes
 * from a typed builder in fixtures.ts. These two helpers are the only place that widens.
 */
const create = (collection: CollectionSlug, data: Data, file?: UploadFile, locale?: 'cs' | 'pl' | 'en'): Promise<Doc> =>
  payload.create({ collection, data: data as never, file, locale }) as unknown as Promise<Doc>
const update = (collection: CollectionSlug, id: Id, data: Data, locale?: 'cs' | 'pl' | 'en'): Promise<Doc> =>
  payload.update({ collection, id, data: data as never, locale }) as unknown as Promise<Doc>
const read = (collection: CollectionSlug, id: Id, locale?: 'cs' | 'pl' | 'en'): Promise<Doc> =>
  payload.findByID({ collection, id, locale, depth: 0 }) as unknown as Promise<Doc>

/** The paths of the fields a refused save names; fails the test when the save is not refused. */
async function refusedPaths(save: Promise<unknown>): Promise<string[]> {
  const error = await save.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  expect(error, 'the save should have been refused with a ValidationError').toBeInstanceOf(ValidationError)
  return (error as ValidationError).data.errors.map((fieldError) => fieldError.path)
}

const without = (data: Data, field: string): Data => Object.fromEntries(Object.entries(data).filter(([key]) => key !== field))

type Spec = {
  collection: CollectionSlug
  data: () => Data
  file?: () => Promise<UploadFile> | UploadFile
  /** A text field a reader sees again after saving. */
  shows: string
  /** A required field: leaving it out is refused with an error on this path. */
  required: string
  /** A localized field, and the English data a translator saves (all required localized fields). */
  localized?: { field: string; en: (saved: Doc) => Data }
}

const specs: Spec[] = [
  {
    collection: 'news',
    data: () => validData.news(scene, 'Setkání starostů v Plzni'),
    shows: 'title',
    required: 'title',
    localized: { field: 'title', en: () => ({ title: 'Mayors meet in Pilsen', content: richText('In English.') }) },
  },
  {
    collection: 'pages',
    data: () => validData.pages(scene, 'O sdružení'),
    shows: 'title',
    required: 'layout',
    localized: {
      field: 'title',
      en: (saved) => ({
        title: 'About the association',
        layout: (saved.layout as Data[]).map((block) => ({ ...block, heading: 'About us' })),
      }),
    },
  },
  {
    collection: 'services',
    data: () => validData.services(scene),
    shows: 'title',
    required: 'category',
    localized: { field: 'title', en: () => ({ title: 'Legal advice' }) },
  },
  {
    collection: 'good-practices',
    data: () => validData['good-practices'](scene),
    shows: 'title',
    required: 'municipality',
    localized: { field: 'title', en: () => ({ title: 'Electronic filing', content: richText('What the town did.') }) },
  },
  {
    collection: 'categories',
    data: () => validData.categories(),
    shows: 'title',
    required: 'title',
    localized: { field: 'title', en: () => ({ title: 'Regional news' }) },
  },
  {
    collection: 'events',
    data: () => validData.events(scene, 'Krajské setkání starostů'),
    shows: 'title',
    required: 'startsAt',
    localized: { field: 'title', en: () => ({ title: 'Regional meeting of mayors' }) },
  },
  {
    collection: 'event-series',
    data: () => validData['event-series'](scene),
    shows: 'title',
    required: 'year',
    localized: { field: 'title', en: () => ({ title: 'Regional meetings' }) },
  },
  {
    collection: 'seminars',
    data: () => validData.seminars(scene),
    shows: 'title',
    required: 'terms',
    localized: { field: 'title', en: () => ({ title: 'Public procurement seminar' }) },
  },
  { collection: 'registrations', data: () => validData.registrations(scene), shows: 'attendeeName', required: 'attendeeName' },
  {
    collection: 'proxy-authorisations',
    data: () => ({ title: 'Plná moc – obec Kozojedy', association: ref(scene.association) }),
    file: () => pdfFile(),
    shows: 'title',
    required: 'title',
  },
  { collection: 'registration-counters', data: () => ({ key: `event:${nextNumber()}`, confirmed: 0, waitlisted: 0 }), shows: 'key', required: 'key' },
  {
    collection: 'partnership-requests',
    data: () => validData['partnership-requests'](scene),
    shows: 'applicantName',
    required: 'desiredRegions',
  },
  {
    collection: 'partnerships',
    data: () => validData.partnerships(scene),
    shows: 'partnerName',
    required: 'partnerRegion',
    localized: { field: 'description', en: () => ({ description: 'School choir exchanges and a shared summer of culture.' }) },
  },
  {
    collection: 'associations',
    data: () => validData.associations(),
    shows: 'name',
    required: 'shortName',
    localized: { field: 'name', en: () => ({ name: 'Association of Municipalities' }) },
  },
  {
    collection: 'commissions',
    data: () => validData.commissions(scene),
    shows: 'name',
    required: 'association',
    localized: { field: 'name', en: () => ({ name: 'Informatics commission' }) },
  },
  { collection: 'municipalities', data: () => validData.municipalities(), shows: 'name', required: 'ruianCode' },
  { collection: 'memberships', data: () => validData.memberships(scene), shows: 'status', required: 'municipality' },
  {
    collection: 'regions',
    data: () => validData.regions(),
    shows: 'name',
    required: 'code',
    localized: { field: 'name', en: () => ({ name: 'Pilsen Region' }) },
  },
  {
    collection: 'people',
    data: () => validData.people(),
    shows: 'lastName',
    required: 'lastName',
    localized: { field: 'office', en: () => ({ office: 'mayor' }) },
  },
  {
    collection: 'partners',
    data: () => validData.partners(),
    shows: 'name',
    required: 'name',
    localized: { field: 'description', en: () => ({ description: 'General partner' }) },
  },
  {
    collection: 'media',
    data: () => ({ alt: 'Starostové v sále krajského úřadu' }),
    file: () => pngFile(),
    shows: 'alt',
    required: 'alt',
    localized: { field: 'alt', en: () => ({ alt: 'Mayors in the regional office hall' }) },
  },
  {
    collection: 'documents',
    data: () => ({ title: 'Výroční zpráva', association: ref(scene.association), audience: 'public' }),
    file: () => pdfFile(),
    shows: 'title',
    required: 'title',
    localized: { field: 'title', en: () => ({ title: 'Annual report' }) },
  },
  { collection: 'members', data: () => validData.members(scene), shows: 'email', required: 'municipality' },
  { collection: 'users', data: () => validData.users(scene), shows: 'email', required: 'name' },
  {
    collection: 'forms',
    data: () => validData.forms(scene),
    shows: 'title',
    required: 'title',
    localized: { field: 'submitButtonLabel', en: () => ({ submitButtonLabel: 'Send', confirmationMessage: richText('Thank you.') }) },
  },
]

describe('every collection of the config has a case', () => {
  // Answers, signed application forms and the search index (written only by the search plugin)
  // have their own tests (questionnaires, partnerships, search).
  it('covers all collections except Payload’s internal ones, form submissions, application attachments and the search index', () => {
    const covered = new Set<string>(specs.map((spec) => spec.collection))
    const configured = payload.config.collections.map((collection) => collection.slug).filter((slug) => !slug.startsWith('payload-'))
    expect(configured.filter((slug) => !covered.has(slug))).toEqual(['partnership-attachments', 'form-submissions', 'search'])
  })
})

describe.each(specs)('$collection', (spec) => {
  it('saves a valid document and reads it back', async () => {
    const data = spec.data()
    const created = await create(spec.collection, data, spec.file ? await spec.file() : undefined)
    const found = await read(spec.collection, created.id)
    expect(found.id).toEqual(created.id)
    expect(found[spec.shows]).toEqual(data[spec.shows])
  })

  it(`refuses a document without ${spec.required}, naming the field`, async () => {
    const before = await payload.count({ collection: spec.collection })
    const paths = await refusedPaths(create(spec.collection, without(spec.data(), spec.required), spec.file ? await spec.file() : undefined))
    expect(paths).toContain(spec.required)
    // Nothing half-written is stored.
    expect((await payload.count({ collection: spec.collection })).totalDocs).toBe(before.totalDocs)
  })

  const { localized } = spec
  if (localized) {
    it(`shows the Czech ${localized.field} in Polish until translated, and keeps the English translation`, async () => {
      const data = spec.data()
      const created = await create(spec.collection, data, spec.file ? await spec.file() : undefined, 'cs')
      const czech = data[localized.field]

      expect((await read(spec.collection, created.id, 'pl'))[localized.field]).toEqual(czech)

      const english = localized.en(created)
      await update(spec.collection, created.id, english, 'en')
      expect((await read(spec.collection, created.id, 'en'))[localized.field]).toEqual(english[localized.field])
      expect((await read(spec.collection, created.id, 'cs'))[localized.field]).toEqual(czech)
    })
  }
})

describe('form submissions', () => {
  it('stores an answer to a form', async () => {
    const form = await create('forms', validData.forms(scene))
    const submission = await payload.create({
      collection: 'form-submissions',
      data: { form: ref(form.id), submissionData: [{ field: 'obec', value: 'Kozojedy' }] },
    })
    const found = await payload.findByID({ collection: 'form-submissions', id: submission.id, depth: 0 })
    expect(found.submissionData).toMatchObject([{ field: 'obec', value: 'Kozojedy' }])
  })
})

// ---------------------------------------------------------------------------------------------
// Globals

type GlobalSpec = {
  global: GlobalSlug
  cs: Data
  en: Data
  field: string
  invalid: { data: Data; path: string }
}

const globalSpecs: GlobalSpec[] = [
  {
    global: 'site-settings',
    cs: { siteName: 'Svaz měst a obcí', tagline: 'Hlas obcí' },
    en: { siteName: 'Union of Towns and Municipalities' },
    field: 'siteName',
    invalid: { data: { siteName: '' }, path: 'siteName' },
  },
  {
    global: 'navigation',
    cs: { main: [{ label: 'Aktuality', url: '/aktuality' }] },
    en: { main: [{ label: 'News', url: '/en/news' }] },
    field: 'main',
    invalid: { data: { main: [{ url: '/bez-popisku' }] }, path: 'main.0.label' },
  },
  {
    global: 'site-alert',
    cs: { enabled: true, level: 'warning', message: 'Změna místa konání sněmu' },
    en: { message: 'The assembly moves to a new venue' },
    field: 'message',
    invalid: { data: { level: 'catastrophic' }, path: 'level' },
  },
]

/** Navigation items carry generated row ids; compare what a visitor sees. */
const visible = (value: unknown): unknown =>
  Array.isArray(value) ? value.map((item: Data) => ({ label: item.label, url: item.url })) : value

describe.each(globalSpecs)('global $global', (spec) => {
  const save = (data: Data, locale?: 'cs' | 'pl' | 'en') => payload.updateGlobal({ slug: spec.global, data: data as never, locale })
  const load = async (locale: 'cs' | 'pl' | 'en') => (await payload.findGlobal({ slug: spec.global, locale, depth: 0 })) as unknown as Data

  it('saves, falls back from Polish to Czech and keeps the English translation', async () => {
    await save(spec.cs, 'cs')
    expect(visible((await load('cs'))[spec.field])).toEqual(spec.cs[spec.field])
    expect(visible((await load('pl'))[spec.field])).toEqual(spec.cs[spec.field])

    await save(spec.en, 'en')
    expect(visible((await load('en'))[spec.field])).toEqual(spec.en[spec.field])
    expect(visible((await load('cs'))[spec.field])).toEqual(spec.cs[spec.field])
  })

  it(`refuses invalid input, naming ${spec.invalid.path}`, async () => {
    expect(await refusedPaths(save(spec.invalid.data, 'cs'))).toContain(spec.invalid.path)
  })
})

// ---------------------------------------------------------------------------------------------
// Rules of particular collections

describe('slugs', () => {
  it('transliterates a Czech title and numbers a second document with the same title', async () => {
    const first = await create('news', validData.news(scene, 'Krajská setkání 2025'))
    const second = await create('news', validData.news(scene, 'Krajská setkání 2025'))
    expect(first.slug).toBe('krajska-setkani-2025')
    expect(second.slug).toBe('krajska-setkani-2025-2')
  })

  it('transliterates a Polish title, including ł', async () => {
    const event = await create('events', validData.events(scene, 'Ogólnopolski Kongres Sekretarzy Gmin – Łódź'))
    expect(event.slug).toBe('ogolnopolski-kongres-sekretarzy-gmin-lodz')
  })

  it('keeps the address of a document when it is edited or renamed', async () => {
    const news = await create('news', validData.news(scene, 'Výzva k podání žádostí'))
    await update('news', news.id, { excerpt: 'Nový perex' })
    expect((await read('news', news.id)).slug).toBe('vyzva-k-podani-zadosti')
    await update('news', news.id, { title: 'Výzva k podání žádostí prodloužena' })
    expect((await read('news', news.id)).slug).toBe('vyzva-k-podani-zadosti')
  })
})

describe('events and seminars', () => {
  it('refuses an event that ends before it starts', async () => {
    const data = validData.events(scene)
    const paths = await refusedPaths(create('events', { ...data, endsAt: new Date(Date.parse(data.startsAt) - 3600_000).toISOString() }))
    expect(paths).toEqual(['endsAt'])
  })

  it('refuses a seminar term that ends before it starts', async () => {
    const data = validData.seminars(scene)
    const [term] = data.terms
    if (!term) throw new Error('the seminar builder gives one term')
    const endsAt = new Date(Date.parse(term.startsAt) - 3600_000).toISOString()
    expect(await refusedPaths(create('seminars', { ...data, terms: [{ ...term, endsAt }] }))).toEqual(['terms.0.endsAt'])
  })

  it('refuses a programme session without its start time, naming the field', async () => {
    const programme = [{ title: 'Zahájení', kind: 'plenary' }]
    expect(await refusedPaths(create('events', { ...validData.events(scene), programme }))).toEqual(['programme.0.startTime'])
  })

  it('refuses a programme time that is not HH:MM', async () => {
    const programme = [{ title: 'Zahájení', kind: 'plenary', startTime: '9.30' }]
    expect(await refusedPaths(create('events', { ...validData.events(scene), programme }))).toEqual(['programme.0.startTime'])
  })
})

describe('municipalities', () => {
  it.each(['12345', '1234567', '55A123'])('refuses the RÚIAN code %j, which is not six digits', async (ruianCode) => {
    expect(await refusedPaths(create('municipalities', { ...validData.municipalities(), ruianCode }))).toEqual(['ruianCode'])
  })

  it('refuses a second municipality with the same RÚIAN code', async () => {
    const first = validData.municipalities()
    await create('municipalities', first)
    expect(await refusedPaths(create('municipalities', { ...validData.municipalities(), ruianCode: first.ruianCode }))).toContain('ruianCode')
  })

  it('counts an association’s member municipalities from their active memberships', async () => {
    const association = await createAssociation(payload)
    const staying = await createMunicipality(payload)
    const leaving = await createMunicipality(payload)
    await create('memberships', { municipality: ref(staying.id), association: ref(association.id), status: 'active' })
    const membership = await create('memberships', { municipality: ref(leaving.id), association: ref(association.id), status: 'active' })
    expect((await read('associations', association.id)).memberCount).toBe(2)

    await update('memberships', membership.id, { status: 'left' })
    expect((await read('associations', association.id)).memberCount).toBe(1)
  })
})

describe('registrations', () => {
  it('refuses a registration for neither an event nor a seminar', async () => {
    expect(await refusedPaths(create('registrations', without(validData.registrations(scene), 'event')))).toEqual(['event'])
  })

  it('refuses a registration for both an event and a seminar', async () => {
    const seminar = await create('seminars', validData.seminars(scene))
    expect(await refusedPaths(create('registrations', { ...validData.registrations(scene), seminar: seminar.id }))).toEqual(['event'])
  })

  it('belongs to the association organising the event', async () => {
    const registration = await create('registrations', validData.registrations(scene))
    expect(sameId(registration.association as Ref, scene.association)).toBe(true)
  })
})

describe('documents', () => {
  const documentData = () => ({ title: 'Pozvánka', association: ref(scene.association), audience: 'public' })

  it('stores a PDF with its type and size', async () => {
    const file = pdfFile('pozvanka.pdf')
    const document = await create('documents', documentData(), file)
    expect(document).toMatchObject({ mimeType: 'application/pdf', filesize: file.size, filename: 'pozvanka.pdf' })
  })

  it('refuses an HTML page', async () => {
    const file = rawFile('<html><body><script>alert(1)</script></body></html>', 'pozvanka.html', 'text/html')
    expect(await refusedPaths(create('documents', documentData(), file))).toEqual(['file'])
  })

  it('refuses a program renamed to .pdf', async () => {
    const file = rawFile(windowsExecutable(), 'faktura.pdf', 'application/pdf')
    expect(await refusedPaths(create('documents', documentData(), file))).toEqual(['file'])
  })
})

describe('media', () => {
  it('refuses an image without alternative text', async () => {
    expect(await refusedPaths(create('media', {}, await pngFile()))).toEqual(['alt'])
  })

  it('re-encodes an image to WebP in thumbnail, card and hero sizes', async () => {
    const media = await createMedia(payload)
    expect(media.mimeType).toBe('image/webp')
    expect(media.filename).toMatch(/\.webp$/)
    expect(media.sizes).toMatchObject({
      thumbnail: { mimeType: 'image/webp', width: 320, height: 320 },
      card: { mimeType: 'image/webp', width: 768 },
      hero: { mimeType: 'image/webp', width: 1600 },
    })
  })
})

describe('partnership requests', () => {
  const reference = (sequence: number) => `PR-${new Date().getFullYear()}-${String(sequence).padStart(4, '0')}`

  it('are numbered PR-<year>-0001, -0002 … in order of arrival, with a status history', async () => {
    const before = (await payload.count({ collection: 'partnership-requests' })).totalDocs
    const first = await create('partnership-requests', validData['partnership-requests'](scene))
    const second = await create('partnership-requests', validData['partnership-requests'](scene))
    expect(first.reference).toBe(reference(before + 1))
    expect(second.reference).toBe(reference(before + 2))
    expect(first.history).toMatchObject([{ status: 'submitted', actor: 'applicant' }])

    const { docs } = await payload.find({ collection: 'partnership-requests', sort: 'createdAt', limit: 1 })
    expect(docs[0]?.reference).toBe(reference(1))
  })

  it('record who changed the status', async () => {
    const { doc: admin } = await createStaffUser(payload, 'admin')
    const request = await create('partnership-requests', validData['partnership-requests'](scene))
    const changed = await payload.update({
      collection: 'partnership-requests',
      id: request.id,
      data: { status: 'in-review' },
      user: admin,
      overrideAccess: false,
    })
    expect(changed.history).toMatchObject([
      { status: 'submitted', actor: 'applicant' },
      { status: 'in-review', actor: 'office', by: `${admin.name} <${admin.email}>` },
    ])
  })
})

describe('people', () => {
  it('show their name with titles before and after it', async () => {
    const person = await create('people', { titlesBefore: 'Mgr.', firstName: 'Miroslav', lastName: 'Žbánek', titlesAfter: 'MPA.' })
    expect(person.displayName).toBe('Mgr. Miroslav Žbánek, MPA.')
  })
})

describe('good practices', () => {
  it('take the size band from the municipality’s population', async () => {
    const municipality = await createMunicipality(payload, { population: 2400 })
    const practice = await create('good-practices', { ...validData['good-practices'](scene), municipality: ref(municipality.id) })
    expect(practice.sizeBand).toBe('2000-9999')
  })
})

describe('users', () => {
  it('refuse an editor without an association', async () => {
    expect(await refusedPaths(create('users', { ...validData.users(scene), associations: [] }))).toEqual(['associations'])
  })
})

describe('drafts and versions', () => {
  it('keeps a news draft unpublished, then publishing sets the publication date and adds a version', async () => {
    const draft = await create('news', { ...validData.news(scene), _status: 'draft' })
    expect(draft._status).toBe('draft')
    expect(draft.publishedAt ?? null).toBeNull()

    const published = await update('news', draft.id, { _status: 'published' })
    expect(published._status).toBe('published')
    expect(Date.parse(String(published.publishedAt))).toBeGreaterThan(Date.now() - 60_000)

    const versions = await payload.findVersions({ collection: 'news', where: { parent: { equals: draft.id } }, sort: '-updatedAt' })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(2)
    expect(versions.docs[0]?.version._status).toBe('published')
  })

  it('keeps the first publication date when a published article is edited', async () => {
    const news = await create('news', { ...validData.news(scene), _status: 'published' })
    const edited = await update('news', news.id, { excerpt: 'Opravený perex', _status: 'published' })
    expect(edited.publishedAt).toBe(news.publishedAt)
  })
})
