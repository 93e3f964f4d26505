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
  await db.run(sql`ALTER TABLE \`good_practices\` ADD \`review_note\` text;`)
  await db.run(sql`ALTER TABLE \`good_practices\` ADD \`search_text\` text;`)
  await db.run(sql`CREATE INDEX \`good_practices_region_idx\` ON \`good_practices\` (\`region_id\`);`)
  await db.run(sql`ALTER TABLE \`good_practices_rels\` ADD \`associations_id\` integer REFERENCES associations(id);`)
  await db.run(sql`CREATE INDEX \`good_practices_rels_associations_id_idx\` ON \`good_practices_rels\` (\`associations_id\`);`)
  await db.run(sql`ALTER TABLE \`_good_practices_v\` ADD \`version_region_id\` integer REFERENCES regions(id);`)
  await db.run(sql`ALTER TABLE \`_good_practices_v\` ADD \`version_contact_name\` text;`)
  await db.run(sql`ALTER TABLE \`_good_practices_v\` ADD \`version_review_note\` text;`)
  await db.run(sql`ALTER TABLE \`_good_practices_v\` ADD \`version_search_text\` text;`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_region_idx\` ON \`_good_practices_v\` (\`version_region_id\`);`)
  await db.run(sql`ALTER TABLE \`_good_practices_v_rels\` ADD \`associations_id\` integer REFERENCES associations(id);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_rels_associations_id_idx\` ON \`_good_practices_v_rels\` (\`associations_id\`);`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`sort_name\` text;`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`member_of_ids\` text;`)
  await db.run(sql`CREATE INDEX \`municipalities_sort_name_idx\` ON \`municipalities\` (\`sort_name\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`memberships_id\` integer REFERENCES memberships(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_memberships_id_idx\` ON \`payload_locked_documents_rels\` (\`memberships_id\`);`)
  await deriveNewFields(db)
}

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
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_good_practices\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`municipality_id\` integer,
  	\`size_band\` text,
  	\`year\` numeric,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`contact_website\` text,
  	\`workflow_status\` text DEFAULT 'submitted',
  	\`submitted_by_id\` integer,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`association_id\` integer,
  	\`audience\` text DEFAULT 'public',
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`association_id\`) REFERENCES \`associations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_good_practices\`("id", "municipality_id", "size_band", "year", "contact_email", "contact_phone", "contact_website", "workflow_status", "submitted_by_id", "generate_slug", "slug", "association_id", "audience", "published_at", "updated_at", "created_at", "_status") SELECT "id", "municipality_id", "size_band", "year", "contact_email", "contact_phone", "contact_website", "workflow_status", "submitted_by_id", "generate_slug", "slug", "association_id", "audience", "published_at", "updated_at", "created_at", "_status" FROM \`good_practices\`;`)
  await db.run(sql`DROP TABLE \`good_practices\`;`)
  await db.run(sql`ALTER TABLE \`__new_good_practices\` RENAME TO \`good_practices\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`good_practices_municipality_idx\` ON \`good_practices\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_size_band_idx\` ON \`good_practices\` (\`size_band\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_year_idx\` ON \`good_practices\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_workflow_status_idx\` ON \`good_practices\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_submitted_by_idx\` ON \`good_practices\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`good_practices_slug_idx\` ON \`good_practices\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_association_idx\` ON \`good_practices\` (\`association_id\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_audience_idx\` ON \`good_practices\` (\`audience\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_published_at_idx\` ON \`good_practices\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_updated_at_idx\` ON \`good_practices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_created_at_idx\` ON \`good_practices\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`good_practices__status_idx\` ON \`good_practices\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new_good_practices_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`documents_id\` integer,
  	\`good_practices_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`good_practices_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_good_practices_rels\`("id", "order", "parent_id", "path", "documents_id", "good_practices_id") SELECT "id", "order", "parent_id", "path", "documents_id", "good_practices_id" FROM \`good_practices_rels\`;`)
  await db.run(sql`DROP TABLE \`good_practices_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_good_practices_rels\` RENAME TO \`good_practices_rels\`;`)
  await db.run(sql`CREATE INDEX \`good_practices_rels_order_idx\` ON \`good_practices_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_rels_parent_idx\` ON \`good_practices_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_rels_path_idx\` ON \`good_practices_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_rels_documents_id_idx\` ON \`good_practices_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`good_practices_rels_good_practices_id_idx\` ON \`good_practices_rels\` (\`good_practices_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__good_practices_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_municipality_id\` integer,
  	\`version_size_band\` text,
  	\`version_year\` numeric,
  	\`version_contact_email\` text,
  	\`version_contact_phone\` text,
  	\`version_contact_website\` text,
  	\`version_workflow_status\` text DEFAULT 'submitted',
  	\`version_submitted_by_id\` integer,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_association_id\` integer,
  	\`version_audience\` text DEFAULT 'public',
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_association_id\`) REFERENCES \`associations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__good_practices_v\`("id", "parent_id", "version_municipality_id", "version_size_band", "version_year", "version_contact_email", "version_contact_phone", "version_contact_website", "version_workflow_status", "version_submitted_by_id", "version_generate_slug", "version_slug", "version_association_id", "version_audience", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_municipality_id", "version_size_band", "version_year", "version_contact_email", "version_contact_phone", "version_contact_website", "version_workflow_status", "version_submitted_by_id", "version_generate_slug", "version_slug", "version_association_id", "version_audience", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_good_practices_v\`;`)
  await db.run(sql`DROP TABLE \`_good_practices_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__good_practices_v\` RENAME TO \`_good_practices_v\`;`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_parent_idx\` ON \`_good_practices_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_municipality_idx\` ON \`_good_practices_v\` (\`version_municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_size_band_idx\` ON \`_good_practices_v\` (\`version_size_band\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_year_idx\` ON \`_good_practices_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_workflow_status_idx\` ON \`_good_practices_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_submitted_by_idx\` ON \`_good_practices_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_slug_idx\` ON \`_good_practices_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_association_idx\` ON \`_good_practices_v\` (\`version_association_id\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_audience_idx\` ON \`_good_practices_v\` (\`version_audience\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_published_at_idx\` ON \`_good_practices_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_updated_at_idx\` ON \`_good_practices_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version_created_at_idx\` ON \`_good_practices_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_version_version__status_idx\` ON \`_good_practices_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_created_at_idx\` ON \`_good_practices_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_updated_at_idx\` ON \`_good_practices_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_snapshot_idx\` ON \`_good_practices_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_published_locale_idx\` ON \`_good_practices_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_latest_idx\` ON \`_good_practices_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new__good_practices_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`documents_id\` integer,
  	\`good_practices_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_good_practices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`good_practices_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__good_practices_v_rels\`("id", "order", "parent_id", "path", "documents_id", "good_practices_id") SELECT "id", "order", "parent_id", "path", "documents_id", "good_practices_id" FROM \`_good_practices_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_good_practices_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__good_practices_v_rels\` RENAME TO \`_good_practices_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_rels_order_idx\` ON \`_good_practices_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_rels_parent_idx\` ON \`_good_practices_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_rels_path_idx\` ON \`_good_practices_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_rels_documents_id_idx\` ON \`_good_practices_v_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`_good_practices_v_rels_good_practices_id_idx\` ON \`_good_practices_v_rels\` (\`good_practices_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`news_id\` integer,
  	\`pages_id\` integer,
  	\`services_id\` integer,
  	\`good_practices_id\` integer,
  	\`categories_id\` integer,
  	\`events_id\` integer,
  	\`event_series_id\` integer,
  	\`seminars_id\` integer,
  	\`registrations_id\` integer,
  	\`partnership_requests_id\` integer,
  	\`partnerships_id\` integer,
  	\`partnership_attachments_id\` integer,
  	\`associations_id\` integer,
  	\`commissions_id\` integer,
  	\`municipalities_id\` integer,
  	\`regions_id\` integer,
  	\`people_id\` integer,
  	\`partners_id\` integer,
  	\`media_id\` integer,
  	\`documents_id\` integer,
  	\`members_id\` integer,
  	\`users_id\` integer,
  	\`forms_id\` integer,
  	\`form_submissions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`good_practices_id\`) REFERENCES \`good_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`event_series_id\`) REFERENCES \`event_series\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`seminars_id\`) REFERENCES \`seminars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`registrations_id\`) REFERENCES \`registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partnership_requests_id\`) REFERENCES \`partnership_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partnerships_id\`) REFERENCES \`partnerships\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partnership_attachments_id\`) REFERENCES \`partnership_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`associations_id\`) REFERENCES \`associations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`commissions_id\`) REFERENCES \`commissions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`municipalities_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`members_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`forms_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`form_submissions_id\`) REFERENCES \`form_submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "news_id", "pages_id", "services_id", "good_practices_id", "categories_id", "events_id", "event_series_id", "seminars_id", "registrations_id", "partnership_requests_id", "partnerships_id", "partnership_attachments_id", "associations_id", "commissions_id", "municipalities_id", "regions_id", "people_id", "partners_id", "media_id", "documents_id", "members_id", "users_id", "forms_id", "form_submissions_id") SELECT "id", "order", "parent_id", "path", "news_id", "pages_id", "services_id", "good_practices_id", "categories_id", "events_id", "event_series_id", "seminars_id", "registrations_id", "partnership_requests_id", "partnerships_id", "partnership_attachments_id", "associations_id", "commissions_id", "municipalities_id", "regions_id", "people_id", "partners_id", "media_id", "documents_id", "members_id", "users_id", "forms_id", "form_submissions_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_services_id_idx\` ON \`payload_locked_documents_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_good_practices_id_idx\` ON \`payload_locked_documents_rels\` (\`good_practices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_event_series_id_idx\` ON \`payload_locked_documents_rels\` (\`event_series_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_seminars_id_idx\` ON \`payload_locked_documents_rels\` (\`seminars_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_registrations_id_idx\` ON \`payload_locked_documents_rels\` (\`registrations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partnership_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`partnership_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partnerships_id_idx\` ON \`payload_locked_documents_rels\` (\`partnerships_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partnership_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`partnership_attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_associations_id_idx\` ON \`payload_locked_documents_rels\` (\`associations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_commissions_id_idx\` ON \`payload_locked_documents_rels\` (\`commissions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_municipalities_id_idx\` ON \`payload_locked_documents_rels\` (\`municipalities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_regions_id_idx\` ON \`payload_locked_documents_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_people_id_idx\` ON \`payload_locked_documents_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partners_id_idx\` ON \`payload_locked_documents_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_members_id_idx\` ON \`payload_locked_documents_rels\` (\`members_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_forms_id_idx\` ON \`payload_locked_documents_rels\` (\`forms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_form_submissions_id_idx\` ON \`payload_locked_documents_rels\` (\`form_submissions_id\`);`)
  await carryBackData(db)
  await db.run(sql`DROP TABLE \`memberships\`;`)
  await db.run(sql`DROP TABLE \`_memberships_v\`;`)
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

  await db.run(sql`UPDATE good_practices SET region_id = (SELECT region_id FROM municipalities WHERE municipalities.id = good_practices.municipality_id)`)
  await db.run(sql`UPDATE _good_practices_v SET version_region_id = (SELECT region_id FROM municipalities WHERE municipalities.id = _good_practices_v.version_municipality_id)`)
  await db.run(sql`INSERT INTO good_practices_rels ("order", parent_id, path, associations_id)
    SELECT 1000 + ROW_NUMBER() OVER (PARTITION BY p.id ORDER BY m.association_id), p.id, 'reviewingAssociations', m.association_id
    FROM good_practices p JOIN memberships m ON m.municipality_id = p.municipality_id AND m.status = 'active'`)
  await db.run(sql`INSERT INTO _good_practices_v_rels ("order", parent_id, path, associations_id)
    SELECT 1000 + ROW_NUMBER() OVER (PARTITION BY v.id ORDER BY m.association_id), v.id, 'version.reviewingAssociations', m.association_id
    FROM _good_practices_v v JOIN memberships m ON m.municipality_id = v.version_municipality_id AND m.status = 'active'`)

  type Texts = { id: number; title: string | null; summary: string | null; content: string | null; results: string | null; costs: string | null; municipality: string | null }
  const searchTextOf = (rows: Texts[], topics: string[]) =>
    searchKey(
      [
        ...rows.flatMap((row) => [row.title ?? '', row.summary ?? '', ...[row.content, row.results, row.costs].map((json) => (json ? lexicalToPlainText(JSON.parse(json)) : ''))]),
        rows[0]?.municipality ?? '',
        ...topics.flatMap((topic) => topicLabels[topic as TopicArea] ?? []),
      ].join(' '),
    )
  const practices = await db.all<Texts>(sql`SELECT p.id, l.title, l.summary, l.content, l.results, l.costs_and_funding AS costs, m.name AS municipality
    FROM good_practices p LEFT JOIN good_practices_locales l ON l._parent_id = p.id LEFT JOIN municipalities m ON m.id = p.municipality_id`)
  for (const id of new Set(practices.map((row) => row.id))) {
    const topics = await db.all<{ value: string }>(sql`SELECT value FROM good_practices_topics WHERE parent_id = ${id}`)
    const text = searchTextOf(practices.filter((row) => row.id === id), topics.map((topic) => topic.value))
    await db.run(sql`UPDATE good_practices SET search_text = ${text} WHERE id = ${id}`)
  }
  const versions = await db.all<Texts>(sql`SELECT v.id, l.version_title AS title, l.version_summary AS summary, l.version_content AS content, l.version_results AS results, l.version_costs_and_funding AS costs, m.name AS municipality
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
