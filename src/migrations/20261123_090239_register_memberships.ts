import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// The sort key and search text must be exactly what the collection hooks write, so the
// migration computes them with the same functions.
import { czechSortKey } from '../domain/collation/czechSortKey'
import { lexicalToPlainText } from '../domain/richText/plainText'
import { searchKey } from '../domain/search/searchKey'
import { topicLabels, type TopicArea } from '../domain/topics/topicAreas'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`memberships\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`municipality_id\` integer NOT NULL,
  	\`association_id\` integer NOT NULL,
  	\`status\` text DEFAULT 'active' NOT NULL,
  	\`since\` text,
  	\`until\` text,
  	\`chamber\` text,
  	\`note\` text,
  	\`changed_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`association_id\`) REFERENCES \`associations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`changed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`memberships_municipality_idx\` ON \`memberships\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`memberships_association_idx\` ON \`memberships\` (\`association_id\`);`)
  await db.run(sql`CREATE INDEX \`memberships_status_idx\` ON \`memberships\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`memberships_chamber_idx\` ON \`memberships\` (\`chamber\`);`)
  await db.run(sql`CREATE INDEX \`memberships_changed_by_idx\` ON \`memberships\` (\`changed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`memberships_updated_at_idx\` ON \`memberships\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`memberships_created_at_idx\` ON \`memberships\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`municipality_association_idx\` ON \`memberships\` (\`municipality_id\`,\`association_id\`);`)
  await db.run(sql`CREATE TABLE \`_memberships_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_municipality_id\` integer NOT NULL,
  	\`version_association_id\` integer NOT NULL,
  	\`version_status\` text DEFAULT 'active' NOT NULL,
  	\`version_since\` text,
  	\`version_until\` text,
  	\`version_chamber\` text,
  	\`version_note\` text,
  	\`version_changed_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`memberships\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_association_id\`) REFERENCES \`associations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_changed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_memberships_v_parent_idx\` ON \`_memberships_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_memberships_v_version_version_municipality_idx\` ON \`_memberships_v\` (\`version_municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`_memberships_v_version_version_association_idx\` ON \`_memberships_v\` (\`version_association_id\`);`)
  await db.run(sql`CREATE INDEX \`_memberships_v_version_version_status_idx\` ON \`_memberships_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_memberships_v_version_version_chamber_idx\` ON \`_memberships_v\` (\`version_chamber\`);`)
  await db.run(sql`CREATE INDEX \`_memberships_v_version_version_changed_by_idx\` ON \`_memberships_v\` (\`version_changed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_memberships_v_version_version_updated_at_idx\` ON \`_memberships_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_memberships_v_version_version_created_at_idx\` ON \`_memberships_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_memberships_v_created_at_idx\` ON \`_memberships_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_memberships_v_updated_at_idx\` ON \`_memberships_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`version_municipality_version_association_idx\` ON \`_memberships_v\` (\`version_municipality_id\`,\`version_association_id\`);`)
  await carryOverData(db)
  await db.run(sql`DROP TABLE \`municipalities_memberships\`;`)
  await db.run(sql`ALTER TABLE \`good_practices\` ADD \`region_id\` integer REFERENCES regions(id);`)
  await db.run(sql`ALTER TABLE \`good_practices\` ADD \`contact_name\` text;`)
  await db.run(sql`ALTER TABLE \`good_practices\` ADD \`workflow_status\` text DEFAULT 'submitted';`)
  await db.run(sql`ALTER TABLE \`good_practices\` ADD \`review_note\` text;`)
  await db.run(sql`ALTER TABLE \`good_practices\` ADD \`search_text\` text;`)
  await db.run(sql`CREATE INDEX \`good_practices_region_idx\` ON \`good_practices\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_workflow_status_idx\` ON \`good_practices\` (\`workflow_status\`);`)
  await db.run(sql`ALTER TABLE \`good_practices_rels\` ADD \`associations_id\` integer REFERENCES associations(id);`)
  await db.run(sql`CREATE INDEX \`good_practices_rels_associations_id_idx\` ON \`good_practices_rels\` (\`associations_id\`);`)
  await db.run(sql`ALTER TABLE \`_good_practices_v\` ADD \`version_region_id\` integer REFERENCES regions(id);`)
  await db.run(sql`ALTER TABLE \`_good_practices_v\` ADD \`version_contact_name\` text;`)
  await db.run(sql`ALTER TABLE \`_good_practices_v\` ADD \`version_workflow_status\` text DEFAULT 'submitted';`)
  await db.run(sql`ALTER TABLE \`_good_practices_v\` ADD \`version_review_note\` text;`)
  await db.run(sql`ALTER TABLE \`_good_practices_v\` ADD \`version_search_text\` text;`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_region_idx\` ON \`_good_practices_v\` (\`version_region_id\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_workflow_status_idx\` ON \`_good_practices_v\` (\`version_workflow_status\`);`)
  await db.run(sql`ALTER TABLE \`_good_practices_v_rels\` ADD \`associations_id\` integer REFERENCES associations(id);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_rels_associations_id_idx\` ON \`_good_practices_v_rels\` (\`associations_id\`);`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`sort_name\` text;`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`member_of_ids\` text;`)
  await db.run(sql`CREATE INDEX \`municipalities_sort_name_idx\` ON \`municipalities\` (\`sort_name\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`memberships_id\` integer REFERENCES memberships(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_memberships_id_idx\` ON \`payload_locked_documents_rels\` (\`memberships_id\`);`)
  await deriveNewFields(db)
}

/**
 * Back to the membership array. Written by hand rather than generated: the generated down
 * rebuilt `good_practices` and `_good_practices_v` (create `__new_…`, copy, drop, rename), and
 * Payload runs a migration in a transaction, where `PRAGMA foreign_keys=OFF` has no effect, so
 * dropping the old tables would have cascaded into their locales, topics, relations and
 * versions. Dropping the added columns (SQLite ≥ 3.35) leaves every other row untouched.
 */
export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`municipalities_memberships\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`association_id\` integer NOT NULL,
  	\`since\` text,
  	\`status\` text DEFAULT 'active' NOT NULL,
  	FOREIGN KEY (\`association_id\`) REFERENCES \`associations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`municipalities_memberships_order_idx\` ON \`municipalities_memberships\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`municipalities_memberships_parent_id_idx\` ON \`municipalities_memberships\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`municipalities_memberships_association_idx\` ON \`municipalities_memberships\` (\`association_id\`);`)
  await carryBackData(db)

  // Locks on memberships go with the collection; the column references it.
  await db.run(sql`DELETE FROM \`payload_locked_documents\` WHERE \`id\` IN (SELECT \`parent_id\` FROM \`payload_locked_documents_rels\` WHERE \`memberships_id\` IS NOT NULL);`)
  await db.run(sql`DROP INDEX \`payload_locked_documents_rels_memberships_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` DROP COLUMN \`memberships_id\`;`)
  await db.run(sql`DROP TABLE \`_memberships_v\`;`)
  await db.run(sql`DROP TABLE \`memberships\`;`)

  await db.run(sql`DROP INDEX \`good_practices_region_idx\`;`)
  await db.run(sql`DROP INDEX \`good_practices_workflow_status_idx\`;`)
  for (const column of ['region_id', 'contact_name', 'workflow_status', 'review_note', 'search_text']) {
    await db.run(sql.raw(`ALTER TABLE \`good_practices\` DROP COLUMN \`${column}\`;`))
  }
  await db.run(sql`DROP INDEX \`_good_practices_v_version_version_region_idx\`;`)
  await db.run(sql`DROP INDEX \`_good_practices_v_version_version_workflow_status_idx\`;`)
  for (const column of ['version_region_id', 'version_contact_name', 'version_workflow_status', 'version_review_note', 'version_search_text']) {
    await db.run(sql.raw(`ALTER TABLE \`_good_practices_v\` DROP COLUMN \`${column}\`;`))
  }
  // The reviewing associations are the only relations to associations these tables hold.
  await db.run(sql`DELETE FROM \`good_practices_rels\` WHERE \`associations_id\` IS NOT NULL;`)
  await db.run(sql`DROP INDEX \`good_practices_rels_associations_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`good_practices_rels\` DROP COLUMN \`associations_id\`;`)
  await db.run(sql`DELETE FROM \`_good_practices_v_rels\` WHERE \`associations_id\` IS NOT NULL;`)
  await db.run(sql`DROP INDEX \`_good_practices_v_rels_associations_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`_good_practices_v_rels\` DROP COLUMN \`associations_id\`;`)

  await db.run(sql`DROP INDEX \`municipalities_sort_name_idx\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`sort_name\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`member_of_ids\`;`)
}

type Database = MigrateUpArgs['db']

/**
 * Carries the foundation's memberships over, before the old membership array is dropped: every
 * (municipality, association) pair of the array becomes one membership (the most active status
 * and the earliest start win where a pair was entered twice) with a first version as the start
 * of its history, and what the hooks derive from memberships is computed as they would have.
 */
async function carryOverData(db: Database): Promise<void> {
  await db.run(sql`INSERT INTO memberships (municipality_id, association_id, status, since, chamber, title)
    SELECT m._parent_id, m.association_id,
      CASE MIN(CASE m.status WHEN 'active' THEN 0 WHEN 'suspended' THEN 1 ELSE 2 END) WHEN 0 THEN 'active' WHEN 1 THEN 'suspended' ELSE 'left' END,
      MIN(m.since),
      CASE mun.kind WHEN 'statutory-city' THEN 'statutory-cities' WHEN 'town' THEN 'towns' WHEN 'market-town' THEN 'towns' WHEN 'municipality' THEN 'municipalities' ELSE 'none' END,
      mun.name || ' – ' || a.short_name
    FROM municipalities_memberships m
    JOIN municipalities mun ON mun.id = m._parent_id
    JOIN associations a ON a.id = m.association_id
    GROUP BY m._parent_id, m.association_id`)
  await db.run(sql`INSERT INTO _memberships_v (parent_id, version_title, version_municipality_id, version_association_id, version_status, version_since, version_until, version_chamber, version_updated_at, version_created_at)
    SELECT id, title, municipality_id, association_id, status, since, until, chamber, updated_at, created_at FROM memberships`)
  await db.run(sql`UPDATE associations SET member_count =
    (SELECT COUNT(*) FROM memberships WHERE memberships.association_id = associations.id AND memberships.status = 'active')`)

}

/** The new derived columns of municipalities and good practices, once they exist. */
async function deriveNewFields(db: Database): Promise<void> {
  // The derived "|3|17|" list of active memberships (domain/memberships/memberOfIds.ts).
  await db.run(sql`UPDATE municipalities SET member_of_ids =
    (SELECT '|' || group_concat(association_id, '|') || '|' FROM (SELECT association_id FROM memberships
      WHERE memberships.municipality_id = municipalities.id AND memberships.status = 'active' ORDER BY association_id))`)
  const municipalities = await db.all<{ id: number; name: string }>(sql`SELECT id, name FROM municipalities`)
  for (const { id, name } of municipalities) {
    await db.run(sql`UPDATE municipalities SET sort_name = ${czechSortKey(name)} WHERE id = ${id}`)
  }

  // The review status of the submitter's workflow, from the editorial review state the member
  // portal's migration left: live is published, returned for changes is a draft whose last step
  // was "returned", anything else waits for review.
  await db.run(sql`UPDATE good_practices SET workflow_status = CASE
    WHEN _status = 'published' THEN 'published'
    WHEN review_status = 'draft' AND last_change_action = 'returned' THEN 'changes-requested'
    ELSE 'submitted' END`)
  await db.run(sql`UPDATE _good_practices_v SET version_workflow_status = CASE
    WHEN version__status = 'published' THEN 'published'
    WHEN version_review_status = 'draft' AND version_last_change_action = 'returned' THEN 'changes-requested'
    ELSE 'submitted' END`)
  await db.run(sql`UPDATE good_practices SET region_id = (SELECT region_id FROM municipalities WHERE municipalities.id = good_practices.municipality_id)`)
  await db.run(sql`UPDATE _good_practices_v SET version_region_id = (SELECT region_id FROM municipalities WHERE municipalities.id = _good_practices_v.version_municipality_id)`)
  await db.run(sql`INSERT INTO good_practices_rels ("order", parent_id, path, associations_id)
    SELECT 1000 + ROW_NUMBER() OVER (PARTITION BY p.id ORDER BY m.association_id), p.id, 'reviewingAssociations', m.association_id
    FROM good_practices p JOIN memberships m ON m.municipality_id = p.municipality_id AND m.status = 'active'`)
  await db.run(sql`INSERT INTO _good_practices_v_rels ("order", parent_id, path, associations_id)
    SELECT 1000 + ROW_NUMBER() OVER (PARTITION BY v.id ORDER BY m.association_id), v.id, 'version.reviewingAssociations', m.association_id
    FROM _good_practices_v v JOIN memberships m ON m.municipality_id = v.version_municipality_id AND m.status = 'active'`)

  // As hooks/buildSearchText.ts: a members-only practice is searchable by its teaser only.
  type Texts = { id: number; audience: string | null; title: string | null; summary: string | null; content: string | null; results: string | null; costs: string | null; municipality: string | null }
  const bodyOf = (row: Texts) => (row.audience === 'members' ? [] : [row.content, row.results, row.costs].map((json) => (json ? lexicalToPlainText(JSON.parse(json)) : '')))
  const searchTextOf = (rows: Texts[], topics: string[]) =>
    searchKey(
      [
        ...rows.flatMap((row) => [row.title ?? '', row.summary ?? '', ...bodyOf(row)]),
        rows[0]?.municipality ?? '',
        ...topics.flatMap((topic) => topicLabels[topic as TopicArea] ?? []),
      ].join(' '),
    )
  const practices = await db.all<Texts>(sql`SELECT p.id, p.audience, l.title, l.summary, l.content, l.results, l.costs_and_funding AS costs, m.name AS municipality
    FROM good_practices p LEFT JOIN good_practices_locales l ON l._parent_id = p.id LEFT JOIN municipalities m ON m.id = p.municipality_id`)
  for (const id of new Set(practices.map((row) => row.id))) {
    const topics = await db.all<{ value: string }>(sql`SELECT value FROM good_practices_topics WHERE parent_id = ${id}`)
    const text = searchTextOf(practices.filter((row) => row.id === id), topics.map((topic) => topic.value))
    await db.run(sql`UPDATE good_practices SET search_text = ${text} WHERE id = ${id}`)
  }
  const versions = await db.all<Texts>(sql`SELECT v.id, v.version_audience AS audience, l.version_title AS title, l.version_summary AS summary, l.version_content AS content, l.version_results AS results, l.version_costs_and_funding AS costs, m.name AS municipality
    FROM _good_practices_v v LEFT JOIN _good_practices_v_locales l ON l._parent_id = v.id LEFT JOIN municipalities m ON m.id = v.version_municipality_id`)
  for (const id of new Set(versions.map((row) => row.id))) {
    const topics = await db.all<{ value: string }>(sql`SELECT value FROM _good_practices_v_version_topics WHERE parent_id = ${id}`)
    const text = searchTextOf(versions.filter((row) => row.id === id), topics.map((topic) => topic.value))
    await db.run(sql`UPDATE _good_practices_v SET version_search_text = ${text} WHERE id = ${id}`)
  }
}

/** Going back, every membership becomes a row of the municipality's membership array again. */
async function carryBackData(db: Database): Promise<void> {
  await db.run(sql`INSERT INTO municipalities_memberships (_order, _parent_id, id, association_id, since, status)
    SELECT ROW_NUMBER() OVER (PARTITION BY municipality_id ORDER BY id), municipality_id, lower(hex(randomblob(12))), association_id, since, status
    FROM memberships`)
}
