import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { Forbidden, NotFound, ValidationError, type CollectionSlug, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sameId, type Id, type Ref } from '@/access/ids'
import type { Member, User } from '@/payload-types'

import {
  createAssociation,
  createDocument,
  createMember,
  createMunicipality,
  createRegion,
  createStaffUser,
  ref,
  validData,
} from './fixtures'
import { getTestPayload } from './harness'

/**
 * Access rules on every path a visitor can take: REST and GraphQL through Payload's own Next
 * route handlers (called with Web `Request`s, exactly as Next calls them), and the Local API
 * with `overrideAccess: false`, as the public pages use it.
 */

let payload: Payload

type Role = 'anonymous' | 'pending member' | 'approved member' | 'editor of A' | 'admin'
const ROLES: Role[] = ['anonymous', 'pending member', 'approved member', 'editor of A', 'admin']

type Session = { token?: string; user?: (User & { collection: 'users' }) | (Member & { collection: 'members' }) }
const sessions = {} as Record<Role, Session>

let associationA: Id
let associationB: Id
let eventOfA: Id

// ---------------------------------------------------------------------------------------------
// REST and GraphQL through the route handlers

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'
type Handler = (request: Request, args: { params: Promise<{ slug?: string[] }> }) => Promise<Response>
let handlers: Record<Method, Handler>
let graphqlHandler: (request: Request) => Promise<Response>
let serverURL: string

const headers = (role: Role): Headers => {
  const result = new Headers({ 'Content-Type': 'application/json' })
  const { token } = sessions[role] ?? {}
  if (token) result.set('Authorization', `JWT ${token}`)
  return result
}

type RestResult = { status: number; body: Record<string, unknown> }

async function rest(role: Role, method: Method, path: string, body?: unknown): Promise<RestResult> {
  const [pathname = ''] = path.split('?')
  const request = new Request(`${serverURL}/api/${path}`, {
    method,
    headers: headers(role),
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const response = await handlers[method](request, { params: Promise.resolve({ slug: pathname.split('/') }) })
  const text = await response.text()
  return { status: response.status, body: text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : { text } }
}

type GraphQLError = { message: string; extensions?: { statusCode?: number; name?: string; data?: { errors?: { path: string }[] } } }
type GraphQLResult = { data?: Record<string, unknown> | null; errors?: GraphQLError[] }

async function graphql(role: Role, query: string, variables?: Record<string, unknown>): Promise<GraphQLResult> {
  const request = new Request(`${serverURL}/api/graphql`, { method: 'POST', headers: headers(role), body: JSON.stringify({ query, variables }) })
  const response = await graphqlHandler(request)
  return (await response.json()) as GraphQLResult
}

/** An id as a GraphQL literal: `5` on SQLite, `"65f…"` on MongoDB. */
const literal = (id: Id): string => JSON.stringify(id)

/** GraphQL names Payload gives these collections (read from the generated schema's query type). */
const graphqlNames = {
  news: { one: 'News', many: 'allNews' },
  pages: { one: 'Page', many: 'Pages' },
  events: { one: 'Event', many: 'Events' },
  documents: { one: 'Document', many: 'Documents' },
  users: { one: 'User', many: 'Users' },
  members: { one: 'Member', many: 'Members' },
  registrations: { one: 'Registration', many: 'Registrations' },
  'partnership-requests': { one: 'PartnershipRequest', many: 'PartnershipRequests' },
} as const
type GraphQLCollection = keyof typeof graphqlNames

// ---------------------------------------------------------------------------------------------
// Outcomes: what the visitor got, in words a table can state

type Outcome = 'allowed' | 'denied' | `invalid: ${string}` | `unexpected: ${string}`

const restRead = ({ status, body }: RestResult, id: Id): Outcome => {
  if (status === 403 || status === 404) return 'denied'
  if (status !== 200) return `unexpected: ${status} ${JSON.stringify(body).slice(0, 200)}`
  if (Array.isArray(body.docs)) return (body.docs as { id: Id }[]).some((doc) => sameId(doc.id, id)) ? 'allowed' : 'denied'
  return sameId(body.id as Ref, id) ? 'allowed' : `unexpected: another document ${String(body.id)}`
}

const restWrite = ({ status, body }: RestResult): Outcome => {
  if (status === 200 || status === 201) return 'allowed'
  if (status === 403 || status === 404) return 'denied'
  const errors = (body.errors as { data?: { errors?: { path: string }[] } }[] | undefined) ?? []
  const paths = errors.flatMap((error) => error.data?.errors?.map((fieldError) => fieldError.path) ?? [])
  if (status === 400 && paths.length > 0) return `invalid: ${paths.join(', ')}`
  return `unexpected: ${status} ${JSON.stringify(body).slice(0, 200)}`
}

const graphqlOutcome = (result: GraphQLResult, field: string, id?: Id): Outcome => {
  const [error] = result.errors ?? []
  if (error) {
    const status = error.extensions?.statusCode
    if (status === 403 || status === 404) return 'denied'
    const paths = error.extensions?.data?.errors?.map((fieldError) => fieldError.path) ?? []
    if (status === 400 && paths.length > 0) return `invalid: ${paths.join(', ')}`
    return `unexpected: ${error.message}`
  }
  const value = result.data?.[field] as { id?: Id; docs?: { id: Id }[] } | null | undefined
  if (value === null || value === undefined) return 'denied'
  if (id === undefined) return 'allowed'
  if (value.docs) return value.docs.some((doc) => sameId(doc.id, id)) ? 'allowed' : 'denied'
  return sameId(value.id, id) ? 'allowed' : `unexpected: another document ${String(value.id)}`
}

async function localOutcome(operation: () => Promise<unknown>, id?: Id): Promise<Outcome> {
  try {
    const result = (await operation()) as { id?: Id; docs?: { id: Id }[] } | null
    if (id !== undefined && result?.docs) return result.docs.some((doc) => sameId(doc.id, id)) ? 'allowed' : 'denied'
    return 'allowed'
  } catch (error) {
    if (error instanceof Forbidden || error instanceof NotFound) return 'denied'
    if (error instanceof ValidationError) return `invalid: ${error.data.errors.map((fieldError) => fieldError.path).join(', ')}`
    return `unexpected: ${String(error)}`
  }
}

const local = (role: Role) => ({ overrideAccess: false, user: sessions[role]?.user }) as const

// ---------------------------------------------------------------------------------------------
// The scene

async function login(collection: 'users' | 'members', email: string, password: string): Promise<string> {
  const { status, body } = await rest('anonymous', 'POST', `${collection}/login`, { email, password })
  expect(status, JSON.stringify(body)).toBe(200)
  return String(body.token)
}

const newsData = (association: Id, extra: Record<string, unknown> = {}) => ({ ...validData.news({ association }), ...extra })
const eventData = (association: Id, extra: Record<string, unknown> = {}) => ({ ...validData.events({ association }), ...extra })
const pageData = (association: Id, extra: Record<string, unknown> = {}) => ({ ...validData.pages({ association }), ...extra })

type ReadTarget = { collection: GraphQLCollection; id: Id }
const targets: Record<string, ReadTarget> = {}

beforeAll(async () => {
  payload = await getTestPayload()
  serverURL = payload.config.serverURL || 'http://localhost:3000'
  handlers = { GET: REST_GET(payload.config), POST: REST_POST(payload.config), PATCH: REST_PATCH(payload.config), DELETE: REST_DELETE(payload.config) }
  graphqlHandler = GRAPHQL_POST(payload.config)

  associationA = (await createAssociation(payload, { name: 'Sdružení obcí Plzeňského kraje', shortName: 'SOPK' })).id
  associationB = (await createAssociation(payload, { name: 'Svaz měst a obcí České republiky', shortName: 'SMO ČR', kind: 'national' })).id
  // A member municipality of A, so that A's editors review its members.
  const municipality = (await createMunicipality(payload, { name: 'Kozojedy', memberships: [{ association: ref(associationA), status: 'active' }] })).id
  const partnerRegion = (await createRegion(payload, { name: 'Województwo dolnośląskie', country: 'PL', kind: 'pl-voivodeship' })).id
  const homeRegion = (await createRegion(payload, { name: 'Plzeňský kraj', partnerRegions: [ref(partnerRegion)], partnershipOffice: ref(associationA) })).id

  const admin = await createStaffUser(payload, 'admin')
  const editorA = await createStaffUser(payload, 'editor', [associationA])
  const editorB = await createStaffUser(payload, 'editor', [associationB])
  const approved = await createMember(payload, municipality, 'approved')
  const pending = await createMember(payload, municipality, 'pending')

  sessions.anonymous = {}
  sessions.admin = { user: admin.doc, token: await login('users', admin.email, admin.password) }
  sessions['editor of A'] = { user: editorA.doc, token: await login('users', editorA.email, editorA.password) }
  sessions['approved member'] = { user: approved.doc, token: await login('members', approved.email, approved.password) }
  sessions['pending member'] = { user: pending.doc, token: await login('members', pending.email, pending.password) }

  const create = async (collection: 'news' | 'events' | 'pages', data: Record<string, unknown>): Promise<Id> =>
    (await payload.create({ collection, data: data as never })).id

  eventOfA = await create('events', eventData(associationA, { _status: 'published' }))
  targets['draft news'] = { collection: 'news', id: await create('news', newsData(associationA, { _status: 'draft' })) }
  targets['draft event'] = { collection: 'events', id: await create('events', eventData(associationA, { _status: 'draft' })) }
  targets['draft page'] = { collection: 'pages', id: await create('pages', pageData(associationA, { _status: 'draft' })) }
  targets['members-only news'] = { collection: 'news', id: await create('news', newsData(associationA, { _status: 'published', audience: 'members' })) }
  targets['members-only page'] = { collection: 'pages', id: await create('pages', pageData(associationA, { _status: 'published', audience: 'members' })) }
  targets['members-only document'] = { collection: 'documents', id: (await createDocument(payload, associationA, 'members')).id }
  targets['public news'] = { collection: 'news', id: await create('news', newsData(associationA, { _status: 'published' })) }
  targets['public news of B'] = { collection: 'news', id: await create('news', newsData(associationB, { _status: 'published' })) }
  targets['staff account of B'] = { collection: 'users', id: editorB.doc.id }
  targets['approved member’s account'] = { collection: 'members', id: approved.doc.id }
  targets['approved member’s registration'] = {
    collection: 'registrations',
    id: (await payload.create({ collection: 'registrations', data: { ...validData.registrations({ event: eventOfA }), member: ref(approved.doc.id) } })).id,
  }
  targets['approved member’s partnership request'] = {
    collection: 'partnership-requests',
    id: (
      await payload.create({
        collection: 'partnership-requests',
        data: {
          ...validData['partnership-requests']({ association: associationA, region: homeRegion, partnerRegion, municipality }),
          submittedBy: ref(approved.doc.id),
          internalNotes: 'Interní: žadatel má dluhy u svazu, ověřit.',
        },
      })
    ).id,
  }
})

// Uploaded files land in media/; remove what this file created.
afterAll(async () => {
  if (payload) await payload.delete({ collection: 'documents', where: { id: { exists: true } } })
})

// ---------------------------------------------------------------------------------------------
// Reading

const isVersioned = (collection: CollectionSlug): boolean => Boolean(payload.collections[collection].config.versions)

type ReadChannel = {
  name: string
  versionedOnly?: boolean
  read: (role: Role, target: ReadTarget) => Promise<Outcome>
}

const readChannels: ReadChannel[] = [
  { name: 'REST list', read: async (role, { collection, id }) => restRead(await rest(role, 'GET', `${collection}?pagination=false&depth=0`), id) },
  { name: 'REST by id', read: async (role, { collection, id }) => restRead(await rest(role, 'GET', `${collection}/${id}?depth=0`), id) },
  {
    name: 'REST list ?draft=true',
    versionedOnly: true,
    read: async (role, { collection, id }) => restRead(await rest(role, 'GET', `${collection}?draft=true&pagination=false&depth=0`), id),
  },
  {
    name: 'REST by id ?draft=true',
    versionedOnly: true,
    read: async (role, { collection, id }) => restRead(await rest(role, 'GET', `${collection}/${id}?draft=true&depth=0`), id),
  },
  {
    name: 'GraphQL list',
    read: async (role, { collection, id }) => {
      const { many } = graphqlNames[collection]
      return graphqlOutcome(await graphql(role, `{ ${many}(limit: 1000) { docs { id } } }`), many, id)
    },
  },
  {
    name: 'GraphQL list (draft: true)',
    versionedOnly: true,
    read: async (role, { collection, id }) => {
      const { many } = graphqlNames[collection]
      return graphqlOutcome(await graphql(role, `{ ${many}(draft: true, limit: 1000) { docs { id } } }`), many, id)
    },
  },
  {
    name: 'GraphQL by id',
    read: async (role, { collection, id }) => {
      const { one } = graphqlNames[collection]
      return graphqlOutcome(await graphql(role, `{ ${one}(id: ${literal(id)}) { id } }`), one, id)
    },
  },
  {
    name: 'Local find',
    read: (role, { collection, id }) => localOutcome(() => payload.find({ collection, pagination: false, depth: 0, ...local(role) }), id),
  },
  {
    name: 'Local findByID',
    read: (role, { collection, id }) => localOutcome(() => payload.findByID({ collection, id, depth: 0, ...local(role) })),
  },
]

type Expected = 'allowed' | 'denied'
const A: Expected = 'allowed'
const D: Expected = 'denied'

/** Who may read what. Columns: anonymous, pending member, approved member, editor of A, admin. */
const readMatrix: [target: string, collection: GraphQLCollection, expected: [Expected, Expected, Expected, Expected, Expected]][] = [
  ['draft news', 'news', [D, D, D, A, A]],
  ['draft event', 'events', [D, D, D, A, A]],
  ['draft page', 'pages', [D, D, D, A, A]],
  // Members-only documents are listed to everyone as teasers (title, excerpt); their body, attachments
  // and file are withheld from visitors field by field (see access-matrix.int.test.ts).
  ['members-only news', 'news', [A, A, A, A, A]],
  ['members-only page', 'pages', [A, A, A, A, A]],
  ['members-only document', 'documents', [A, A, A, A, A]],
  ['public news', 'news', [A, A, A, A, A]],
  // Editors are scoped in what they may change, not in what the public may read anyway.
  ['public news of B', 'news', [A, A, A, A, A]],
  ['staff account of B', 'users', [D, D, D, D, A]],
  ['approved member’s account', 'members', [D, D, A, A, A]],
  ['approved member’s registration', 'registrations', [D, D, A, A, A]],
  ['approved member’s partnership request', 'partnership-requests', [D, D, A, A, A]],
]

const VERSIONED: GraphQLCollection[] = ['events', 'news', 'pages']

type ReadCase = { role: Role; collection: GraphQLCollection; target: string; action: string; expected: Expected }
const readCases: ReadCase[] = readMatrix.flatMap(([target, collection, expectations]) =>
  ROLES.flatMap((role, column) =>
    readChannels
      .filter((channel) => !channel.versionedOnly || VERSIONED.includes(collection))
      .map((channel) => ({ role, collection, target, action: channel.name, expected: expectations[column] as Expected })),
  ),
)

describe('reading', () => {
  it('the table’s collections and versioning match the scene and the config', () => {
    for (const [target, collection] of readMatrix) expect(targets[target]?.collection, target).toBe(collection)
    expect(Object.keys(graphqlNames).filter((slug) => isVersioned(slug as CollectionSlug)).sort()).toEqual(VERSIONED)
  })

  it.each(readCases)('$role → $target ($collection) via $action: $expected', async ({ role, target, action, expected }) => {
    const channel = readChannels.find((candidate) => candidate.name === action)
    const found = targets[target]
    if (!channel || !found) throw new Error(`unknown channel ${action} or target ${target}`)
    expect(await channel.read(role, found)).toBe(expected)
  })
})

// ---------------------------------------------------------------------------------------------
// Versions hold every draft; only staff may browse them.

/** Versions of A's documents: only staff of A and admins may browse them. */
const versionCases = readMatrix
  .filter(([target]) => ['draft news', 'members-only news', 'draft page', 'draft event'].includes(target))
  .flatMap(([target, collection]) =>
    ROLES.map((role) => ({
      role,
      collection,
      target,
      action: 'REST versions',
      expected: (role === 'editor of A' || role === 'admin' ? 'allowed' : 'denied') as Expected,
    })),
  )

describe('version history', () => {
  it.each(versionCases)('$role → $target ($collection) via $action: $expected', async ({ role, target, expected }) => {
    const found = targets[target]
    if (!found) throw new Error(`unknown target ${target}`)
    const { status, body } = await rest(role, 'GET', `${found.collection}/versions?depth=0&pagination=false`)
    const outcome =
      status === 403 || status === 404
        ? 'denied'
        : status === 200
          ? (body.docs as { parent: Ref }[]).some((version) => sameId(version.parent, found.id))
            ? 'allowed'
            : 'denied'
          : `unexpected: ${status}`
    expect(outcome).toBe(expected)
  })
})

// ---------------------------------------------------------------------------------------------
// Members-only files

describe('the file of a members-only document', () => {
  it.each([
    { role: 'anonymous' as Role, collection: 'documents', action: 'GET file URL', expected: 'denied' },
    { role: 'pending member' as Role, collection: 'documents', action: 'GET file URL', expected: 'denied' },
    { role: 'approved member' as Role, collection: 'documents', action: 'GET file URL', expected: 'allowed' },
    { role: 'editor of A' as Role, collection: 'documents', action: 'GET file URL', expected: 'allowed' },
  ])('$role → $action: $expected', async ({ role, expected }) => {
    const document = await payload.findByID({ collection: 'documents', id: targets['members-only document']!.id })
    const { status, body } = await rest(role, 'GET', `documents/file/${encodeURIComponent(String(document.filename))}`)
    const outcome = status === 200 ? 'allowed' : status === 403 || status === 404 ? 'denied' : `unexpected: ${status}`
    expect(outcome).toBe(expected)
    if (expected === 'allowed') expect(body.text ?? '').toMatch(/^%PDF-/)
  })
})

// ---------------------------------------------------------------------------------------------
// Writing

type WriteAction = 'create for A' | 'create for B' | 'update A’s' | 'update B’s' | 'delete A’s' | 'delete B’s' | 'move A’s to B'
type WriteExpected = 'allowed' | 'denied' | 'invalid: association'
type WriteCollection = 'news' | 'events'

/** Who may change what. Every cell runs over REST, GraphQL and the Local API. */
const writeMatrix: Record<Role, Record<WriteAction, WriteExpected>> = {
  anonymous: {
    'create for A': 'denied',
    'create for B': 'denied',
    'update A’s': 'denied',
    'update B’s': 'denied',
    'delete A’s': 'denied',
    'delete B’s': 'denied',
    'move A’s to B': 'denied',
  },
  'pending member': {
    'create for A': 'denied',
    'create for B': 'denied',
    'update A’s': 'denied',
    'update B’s': 'denied',
    'delete A’s': 'denied',
    'delete B’s': 'denied',
    'move A’s to B': 'denied',
  },
  'approved member': {
    'create for A': 'denied',
    'create for B': 'denied',
    'update A’s': 'denied',
    'update B’s': 'denied',
    'delete A’s': 'denied',
    'delete B’s': 'denied',
    'move A’s to B': 'denied',
  },
  'editor of A': {
    'create for A': 'allowed',
    'create for B': 'invalid: association',
    'update A’s': 'allowed',
    'update B’s': 'denied',
    'delete A’s': 'allowed',
    'delete B’s': 'denied',
    'move A’s to B': 'invalid: association',
  },
  admin: {
    'create for A': 'allowed',
    'create for B': 'allowed',
    'update A’s': 'allowed',
    'update B’s': 'allowed',
    'delete A’s': 'allowed',
    'delete B’s': 'allowed',
    'move A’s to B': 'allowed',
  },
}

type Channel = 'REST' | 'GraphQL' | 'Local API'
const WRITE_CHANNELS: Channel[] = ['REST', 'GraphQL', 'Local API']

type WriteCase = { role: Role; collection: WriteCollection; action: WriteAction; channel: Channel; expected: WriteExpected }
const writeCases: WriteCase[] = (['news', 'events'] as const).flatMap((collection) =>
  ROLES.flatMap((role) =>
    (Object.entries(writeMatrix[role]) as [WriteAction, WriteExpected][]).flatMap(([action, expected]) =>
      WRITE_CHANNELS.map((channel) => ({ role, collection, action, channel, expected })),
    ),
  ),
)

const mutationName = { news: 'News', events: 'Event' } as const
const mutationInput = { news: 'mutationNewsInput', events: 'mutationEventInput' } as const
const mutationUpdateInput = { news: 'mutationNewsUpdateInput', events: 'mutationEventUpdateInput' } as const

const dataFor = (collection: WriteCollection, association: Id, title: string): Record<string, unknown> =>
  collection === 'news' ? newsData(association, { title }) : eventData(association, { title })

/** GraphQL spells select options as enum names: `regional-meeting` → `regional_meeting`, `Europe/Prague` → `Europe_Prague`. */
const SELECTS = ['kind', 'timeZone', 'audience']
const forGraphQL = (data: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(data).map(([key, value]) => [key, SELECTS.includes(key) && typeof value === 'string' ? value.replace(/[-/.]/g, '_') : value]),
  )

async function createVia(channel: Channel, role: Role, collection: WriteCollection, data: Record<string, unknown>): Promise<Outcome> {
  if (channel === 'REST') return restWrite(await rest(role, 'POST', collection, data))
  if (channel === 'GraphQL') {
    const name = `create${mutationName[collection]}`
    return graphqlOutcome(await graphql(role, `mutation ($data: ${mutationInput[collection]}!) { ${name}(data: $data) { id } }`, { data: forGraphQL(data) }), name)
  }
  return localOutcome(() => payload.create({ collection, data: data as never, ...local(role) }))
}

async function updateVia(channel: Channel, role: Role, collection: WriteCollection, id: Id, data: Record<string, unknown>): Promise<Outcome> {
  if (channel === 'REST') return restWrite(await rest(role, 'PATCH', `${collection}/${id}`, data))
  if (channel === 'GraphQL') {
    const name = `update${mutationName[collection]}`
    const query = `mutation ($data: ${mutationUpdateInput[collection]}!) { ${name}(id: ${literal(id)}, data: $data) { id } }`
    return graphqlOutcome(await graphql(role, query, { data }), name)
  }
  return localOutcome(() => payload.update({ collection, id, data: data as never, ...local(role) }))
}

async function deleteVia(channel: Channel, role: Role, collection: WriteCollection, id: Id): Promise<Outcome> {
  if (channel === 'REST') return restWrite(await rest(role, 'DELETE', `${collection}/${id}`))
  if (channel === 'GraphQL') {
    const name = `delete${mutationName[collection]}`
    return graphqlOutcome(await graphql(role, `mutation { ${name}(id: ${literal(id)}) { id } }`), name)
  }
  return localOutcome(() => payload.delete({ collection, id, ...local(role) }))
}

let writeSequence = 0

describe('writing', () => {
  it.each(writeCases)('$role → $action $collection via $channel: $expected', async ({ role, collection, action, channel, expected }) => {
    const title = `Zápis ${(writeSequence += 1)}: ${action} (${role}, ${channel})`
    const ownerOf = (which: 'A' | 'B') => (which === 'A' ? associationA : associationB)
    const stored = (id: Id) => payload.findByID({ collection, id, depth: 0, disableErrors: true })
    const existing = async (which: 'A' | 'B') => (await payload.create({ collection, data: dataFor(collection, ownerOf(which), title) as never })).id

    if (action === 'create for A' || action === 'create for B') {
      const outcome = await createVia(channel, role, collection, dataFor(collection, ownerOf(action.endsWith('A') ? 'A' : 'B'), title))
      expect(outcome).toBe(expected)
      const { totalDocs } = await payload.count({ collection, where: { title: { equals: title } } })
      expect(totalDocs, 'documents stored').toBe(expected === 'allowed' ? 1 : 0)
      return
    }

    if (action === 'delete A’s' || action === 'delete B’s') {
      const id = await existing(action.startsWith('delete A') ? 'A' : 'B')
      expect(await deleteVia(channel, role, collection, id)).toBe(expected)
      expect(await stored(id), 'document after the attempt').toEqual(expected === 'allowed' ? null : expect.objectContaining({ title }))
      return
    }

    const owner = action === 'update B’s' ? 'B' : 'A'
    const id = await existing(owner)
    const change = action === 'move A’s to B' ? { association: ref(associationB) } : { title: `${title} – upraveno` }
    expect(await updateVia(channel, role, collection, id, change)).toBe(expected)

    const after = await stored(id)
    if (expected === 'allowed') {
      expect(after).toMatchObject(action === 'move A’s to B' ? { title } : { title: `${title} – upraveno` })
      if (action === 'move A’s to B') expect(sameId(after?.association as Ref, associationB)).toBe(true)
    } else {
      expect(after, 'unchanged').toMatchObject({ title })
      expect(sameId(after?.association as Ref, ownerOf(owner))).toBe(true)
    }
  })
})

// ---------------------------------------------------------------------------------------------
// Personal data

describe('internal notes of a partnership request', () => {
  const notesCases = [
    ...(['REST by id', 'REST list', 'GraphQL by id', 'GraphQL list', 'Local findByID'] as const).flatMap((action) => [
      { role: 'approved member' as Role, collection: 'partnership-requests', action, expected: 'hidden' },
      { role: 'editor of A' as Role, collection: 'partnership-requests', action, expected: 'visible' },
      { role: 'admin' as Role, collection: 'partnership-requests', action, expected: 'visible' },
    ]),
  ]

  it.each(notesCases)('$role (the applicant is the approved member) → internalNotes via $action: $expected', async ({ role, action, expected }) => {
    const { id } = targets['approved member’s partnership request']!
    let documents: ({ id?: unknown; internalNotes?: unknown } | null | undefined)[] = []
    if (action === 'REST by id') documents = [(await rest(role, 'GET', `partnership-requests/${id}?depth=0`)).body]
    if (action === 'REST list') documents = ((await rest(role, 'GET', 'partnership-requests?depth=0&pagination=false')).body.docs ?? []) as Record<string, unknown>[]
    if (action === 'GraphQL by id') {
      const result = await graphql(role, `{ PartnershipRequest(id: ${literal(id)}) { id internalNotes } }`)
      documents = [result.data?.PartnershipRequest as Record<string, unknown>]
    }
    if (action === 'GraphQL list') {
      const result = await graphql(role, '{ PartnershipRequests(limit: 1000) { docs { id internalNotes } } }')
      documents = (result.data?.PartnershipRequests as { docs: Record<string, unknown>[] } | undefined)?.docs ?? []
    }
    if (action === 'Local findByID') documents = [await payload.findByID({ collection: 'partnership-requests', id, depth: 0, ...local(role) })]

    const request = documents.find((document) => document && sameId(document.id as Ref, id))
    expect(request, 'the request itself is readable').toBeDefined()
    const notes = request?.internalNotes
    expect(notes ? 'visible' : 'hidden').toBe(expected)
    if (expected === 'visible') expect(notes).toContain('Interní')
  })
})

describe('member accounts', () => {
  it('anonymous sign-up cannot approve itself (REST)', async () => {
    const data = { ...validData.members({ municipality: (await createMunicipality(payload)).id }), approvalStatus: 'approved', _verified: true }
    expect((await rest('anonymous', 'POST', 'members', data)).status, 'the collection’s own create is for staff').toBe(403)
    const { status, body } = await rest('anonymous', 'POST', 'members/sign-up', data)
    expect(status, JSON.stringify(body)).toBe(200)
    const { docs } = await payload.find({ collection: 'members', where: { email: { equals: data.email } } })
    expect(docs[0]?.approvalStatus).toBe('pending')
    expect(docs[0]?._verified, 'the e-mail still needs verifying').toBeFalsy()
  })

  it('a pending member cannot approve themselves (REST)', async () => {
    const pending = sessions['pending member'].user
    if (!pending) throw new Error('the pending member is set up in beforeAll')
    await rest('pending member', 'PATCH', `members/${pending.id}`, { approvalStatus: 'approved' })
    expect((await payload.findByID({ collection: 'members', id: pending.id })).approvalStatus).toBe('pending')
  })

})
