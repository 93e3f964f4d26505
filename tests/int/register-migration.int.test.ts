import { sql } from '@payloadcms/db-sqlite'
import { createLocalReq, getPayload, type Migration, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isMongoUri } from '@/config/database'
import { czechSortKey } from '@/domain/collation/czechSortKey'
import { migrations } from '@/migrations'

/**
 * The register-memberships migration on a database the foundation's schema filled: the
 * membership array becomes membership records, and everything derived from them is there
 * before the first save.
 */
const onSqliteMigrations = !isMongoUri(process.env.DATABASE_URI ?? '') && process.env.PAYLOAD_DB_PUSH !== 'true'
if (!onSqliteMigrations) console.warn('SKIPPED: the migration test needs SQLite built from the committed migrations (not INT_SCHEMA=push, not MongoDB).')

type Runner = { run: (query: unknown) => Promise<unknown>; all: <T>(query: unknown) => Promise<T[]> }

describe.skipIf(!onSqliteMigrations)('migration to the register of memberships', () => {
  let payload: Payload
  let db: Runner
  const registerMemberships = migrations.find((migration) => migration.name.endsWith('_register_memberships'))
  // Every migration before this one.
  const before = registerMemberships ? migrations.slice(0, migrations.indexOf(registerMemberships)) : []
  const migrate = (list: typeof migrations) => payload.db.migrate({ migrations: list as unknown as Migration[] })

  beforeAll(async () => {
    const { default: config } = await import('@payload-config')
    payload = await getPayload({ config })
    db = (payload.db as unknown as { drizzle: Runner }).drizzle
    await migrate(before)

    // The foundation's shape: memberships as an array on the municipality, one pair entered twice.
    await db.run(sql`INSERT INTO regions (id, code, country, kind) VALUES (1, '43', 'CZ', 'cz-region')`)
    await db.run(sql`INSERT INTO associations (id, short_name, slug, kind, country, member_count) VALUES (1, 'SMO ČR', 'smo-cr', 'national', 'CZ', 0), (2, 'SMOPK', 'smopk', 'regional', 'CZ', 0)`)
    await db.run(sql`INSERT INTO associations_locales (name, _locale, _parent_id) VALUES ('Svaz měst a obcí ČR', 'cs', 1), ('Sdružení měst a obcí Plzeňského kraje', 'cs', 2)`)
    await db.run(sql`INSERT INTO municipalities (id, ruian_code, name, slug, search_name, kind, region_id, population)
      VALUES (1, '554791', 'Plzeň', 'plzen', 'plzen', 'statutory-city', 1, 170000), (2, '559075', 'Chotěšov', 'chotesov', 'chotesov', 'municipality', 1, 2900), (3, '558419', 'Čeminy', 'ceminy', 'ceminy', 'municipality', 1, 200)`)
    await db.run(sql`INSERT INTO municipalities_memberships (_order, _parent_id, id, association_id, since, status) VALUES
      (1, 1, 'a1', 1, '1993-01-01T12:00:00.000Z', 'active'),
      (2, 1, 'a2', 2, NULL, 'active'),
      (1, 2, 'b1', 2, NULL, 'left'),
      (2, 2, 'b2', 2, '2001-01-01T12:00:00.000Z', 'active'),
      (1, 3, 'c1', 1, NULL, 'suspended')`)
    // As the member portal's migration left it: a submission in review.
    await db.run(sql`INSERT INTO good_practices (id, municipality_id, review_status, slug, audience, _status) VALUES (1, 2, 'in-review', 'kompostery', 'public', 'draft')`)
    await db.run(sql`INSERT INTO good_practices_locales (title, summary, content, _locale, _parent_id) VALUES
      ('Kompostéry', 'Méně bioodpadu', ${JSON.stringify({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Obec rozdala kompostéry.' }] }] } })}, 'cs', 1)`)
    await db.run(sql`INSERT INTO good_practices_topics ("order", parent_id, value) VALUES (1, 1, 'environment')`)

    await migrate(migrations)
  })

  afterAll(async () => {
    await payload?.destroy()
  })

  it('turns every pair of the array into one membership, keeping the more active status', async () => {
    const { docs } = await payload.find({ collection: 'memberships', sort: 'id', depth: 0, pagination: false })
    expect(docs.map(({ municipality, association, status, chamber, title }) => ({ municipality, association, status, chamber, title }))).toEqual([
      { municipality: 1, association: 1, status: 'active', chamber: 'statutory-cities', title: 'Plzeň – SMO ČR' },
      { municipality: 1, association: 2, status: 'active', chamber: 'statutory-cities', title: 'Plzeň – SMOPK' },
      { municipality: 2, association: 2, status: 'active', chamber: 'municipalities', title: 'Chotěšov – SMOPK' },
      { municipality: 3, association: 1, status: 'suspended', chamber: 'municipalities', title: 'Čeminy – SMO ČR' },
    ])
    expect((await payload.findVersions({ collection: 'memberships', pagination: false })).docs).toHaveLength(4)
  })

  it('derives the active memberships of each municipality, member counts and the Czech sort keys', async () => {
    const municipalities = await payload.find({ collection: 'municipalities', sort: 'id', depth: 0, select: { memberOfIds: true, sortName: true } })
    expect(municipalities.docs.map((municipality) => [municipality.memberOfIds ?? '', municipality.sortName])).toEqual([
      ['|1|2|', czechSortKey('Plzeň')],
      ['|2|', czechSortKey('Chotěšov')],
      ['', czechSortKey('Čeminy')],
    ])
    const associations = await payload.find({ collection: 'associations', sort: 'id', depth: 0, select: { memberCount: true } })
    expect(associations.docs.map((association) => association.memberCount)).toEqual([1, 2])
  })

  it('gives existing good practices their region, reviewers, workflow status and search text', async () => {
    const practice = await payload.findByID({ collection: 'good-practices', id: 1, depth: 0, draft: true })
    expect(practice).toMatchObject({ region: 1, reviewingAssociations: [2], workflowStatus: 'submitted', reviewStatus: 'in-review' })
    expect(practice.searchText).toContain('obec rozdala kompostery')
    expect(practice.searchText).toContain('chotesov')
    expect(practice.searchText).toContain('zivotni prostredi')
  })

  it('puts the memberships back into the array when migrated down', async () => {
    if (!registerMemberships) throw new Error('no register-memberships migration')
    const req = await createLocalReq({}, payload)
    // The generated migrations take the SQLite adapter's own arguments, which Payload types adapter-neutrally.
    await registerMemberships.down({ db, payload, req } as never)
    const rows = await db.all<{ parent: number; association: number; status: string }>(
      sql`SELECT _parent_id AS parent, association_id AS association, status FROM municipalities_memberships ORDER BY _parent_id, association_id`,
    )
    expect(rows).toEqual([
      { parent: 1, association: 1, status: 'active' },
      { parent: 1, association: 2, status: 'active' },
      { parent: 2, association: 2, status: 'active' },
      { parent: 3, association: 1, status: 'suspended' },
    ])
    // The good practice keeps its texts and topics: going down drops columns instead of rebuilding its tables.
    const kept = await db.all<{ locales: number; topics: number }>(
      sql`SELECT (SELECT COUNT(*) FROM good_practices_locales) AS locales, (SELECT COUNT(*) FROM good_practices_topics) AS topics`,
    )
    expect(kept).toEqual([{ locales: 1, topics: 1 }])
  })
})
