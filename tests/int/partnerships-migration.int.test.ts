import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Migration } from 'payload'
import { describe, expect, it } from 'vitest'

import { isMongoUri } from '@/config/database'
import { migrations } from '@/migrations'

import { getTestPayload } from './harness'

const onSqliteMigrations = !isMongoUri(process.env.DATABASE_URI ?? '') && process.env.PAYLOAD_DB_PUSH !== 'true'
const beforePartnerships = migrations.filter((migration) => !/_partnerships$/.test(migration.name))

/**
 * The partnerships migration rebuilds the applications table. A database that already holds
 * applications from before must keep them whole: their areas, languages, desired regions and
 * status history live in child tables that dropping the old table would otherwise empty.
 */
describe.skipIf(!onSqliteMigrations)('the partnerships migration on a database with applications', () => {
  it('keeps every application with its areas, languages, regions and history', async () => {
    const payload = await getTestPayload()
    // The harness built the schema from the committed migrations; the adapter is the SQLite one.
    const adapter = payload.db as unknown as SQLiteAdapter
    const { client } = adapter
    // A database as it was before this issue, with one application of that time.
    await adapter.dropDatabase({ adapter })
    await adapter.migrate({ migrations: beforePartnerships as unknown as Migration[] })
    const run = (statement: string) => client.execute(statement)
    await run("INSERT INTO associations (id, short_name) VALUES (901, 'KÚ SK')")
    await run("INSERT INTO regions (id, code, country, kind) VALUES (902, 'PL-02', 'PL', 'foreign-partner-region')")
    await run(`INSERT INTO partnership_requests (id, reference, association_id, applicant_name, contact_name, contact_email, consent_text_version, consent_given_at, status, internal_notes, created_at)
      VALUES (903, 'PR-2025-0001', 901, 'Město Beroun', 'Jana Nováková', 'novakova@beroun.test.cz', '2025-01', '2025-02-01T09:00:00.000Z', 'in-review', 'Interní poznámka', '2025-02-01T09:00:00.000Z')`)
    await run("INSERT INTO partnership_requests_cooperation_areas (\"order\", parent_id, value) VALUES (1, 903, 'culture'), (2, 903, 'tourism')")
    await run("INSERT INTO partnership_requests_languages (\"order\", parent_id, value) VALUES (1, 903, 'pl')")
    await run("INSERT INTO partnership_requests_rels (\"order\", parent_id, path, regions_id) VALUES (1, 903, 'desiredRegions', 902)")
    await run(`INSERT INTO partnership_requests_history (_order, _parent_id, id, status, at, by)
      VALUES (1, 903, 'h1', 'submitted', '2025-02-01T09:00:00.000Z', 'applicant'), (2, 903, 'h2', 'in-review', '2025-02-03T10:00:00.000Z', 'Office <office@kr-s.test.cz>')`)

    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })

    const application = await payload.findByID({ collection: 'partnership-requests', id: 903, depth: 0 })
    expect(application).toMatchObject({
      reference: 'PR-2025-0001',
      status: 'in-review',
      applicantName: 'Město Beroun',
      internalNotes: 'Interní poznámka',
      cooperationAreas: ['culture', 'tourism'],
      languages: ['pl'],
      desiredRegions: [902],
      submittedAt: '2025-02-01T09:00:00.000Z',
      association: 901,
    })
    expect(application.history?.map((entry) => [entry.status, entry.by])).toEqual([
      ['submitted', 'applicant'],
      ['in-review', 'Office <office@kr-s.test.cz>'],
    ])
  })
})
