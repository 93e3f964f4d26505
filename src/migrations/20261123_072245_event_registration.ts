import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`proxy_authorisations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`association_id\` integer NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`association_id\`) REFERENCES \`associations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`proxy_authorisations_association_idx\` ON \`proxy_authorisations\` (\`association_id\`);`)
  await db.run(sql`CREATE INDEX \`proxy_authorisations_updated_at_idx\` ON \`proxy_authorisations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`proxy_authorisations_created_at_idx\` ON \`proxy_authorisations\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`proxy_authorisations_filename_idx\` ON \`proxy_authorisations\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`registration_counters\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`confirmed\` numeric DEFAULT 0 NOT NULL,
  	\`waitlisted\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`registration_counters_key_idx\` ON \`registration_counters\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`registration_counters_updated_at_idx\` ON \`registration_counters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`registration_counters_created_at_idx\` ON \`registration_counters\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_registrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`event_id\` integer,
  	\`seminar_id\` integer,
  	\`seminar_term_id\` text,
  	\`attendee_name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`phone\` text,
  	\`municipality_id\` integer,
  	\`organisation_name\` text,
  	\`position\` text,
  	\`needs\` text,
  	\`member_id\` integer,
  	\`proxy_represents_municipality_id\` integer,
  	\`proxy_authorisation_id\` integer,
  	\`proxy_approved\` integer DEFAULT false,
  	\`status\` text DEFAULT 'confirmed' NOT NULL,
  	\`waitlist_position\` numeric,
  	\`locale\` text DEFAULT 'cs' NOT NULL,
  	\`consent_text_version\` text NOT NULL,
  	\`consent_given_at\` text NOT NULL,
  	\`association_id\` integer,
  	\`anonymised_at\` text,
  	\`target_key\` text,
  	\`registration_key\` text,
  	\`link_salt\` text,
  	\`cancel_token_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`seminar_id\`) REFERENCES \`seminars\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`proxy_represents_municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`proxy_authorisation_id\`) REFERENCES \`proxy_authorisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`association_id\`) REFERENCES \`associations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_registrations\`("id", "event_id", "seminar_id", "seminar_term_id", "attendee_name", "email", "phone", "municipality_id", "organisation_name", "position", "needs", "member_id", "proxy_represents_municipality_id", "proxy_authorisation_id", "proxy_approved", "status", "waitlist_position", "locale", "consent_text_version", "consent_given_at", "association_id", "anonymised_at", "target_key", "registration_key", "link_salt", "cancel_token_hash", "updated_at", "created_at") SELECT "id", "event_id", "seminar_id", "seminar_term_id", "attendee_name", "email", "phone", "municipality_id", "organisation_name", "position", "needs", "member_id", "proxy_represents_municipality_id", NULL, "proxy_approved", "status", "waitlist_position", "locale", "consent_text_version", "consent_given_at", "association_id", NULL, NULL, NULL, NULL, "cancel_token_hash", "updated_at", "created_at" FROM \`registrations\`;`)
  await db.run(sql`DROP TABLE \`registrations\`;`)
  await db.run(sql`ALTER TABLE \`__new_registrations\` RENAME TO \`registrations\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  // Hand-written (drizzle-kit copied the new columns from the old table, where SQLite reads an
  // unknown quoted column as a string literal): registrations stored before this migration get
  // their target and duplicate keys, and every target its counter, from the rows themselves.
  // Their authorisations were documents; they are not carried over into proxy-authorisations.
  await db.run(sql`UPDATE \`registrations\` SET \`target_key\` = CASE WHEN \`event_id\` IS NOT NULL THEN 'event:' || \`event_id\` ELSE 'seminar:' || \`seminar_id\` || ':' || \`seminar_term_id\` END;`)
  await db.run(sql`UPDATE \`registrations\` SET \`registration_key\` = CASE WHEN \`status\` = 'cancelled' THEN \`target_key\` || '|released:' || \`id\` ELSE \`target_key\` || '|' || lower(trim(\`email\`)) END;`)
  await db.run(sql`INSERT INTO \`registration_counters\` (\`key\`, \`confirmed\`, \`waitlisted\`) SELECT \`target_key\`, SUM(\`status\` IN ('confirmed', 'attended')), SUM(\`status\` = 'waitlisted') FROM \`registrations\` GROUP BY \`target_key\`;`)
  await db.run(sql`CREATE INDEX \`registrations_event_idx\` ON \`registrations\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_seminar_idx\` ON \`registrations\` (\`seminar_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_municipality_idx\` ON \`registrations\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_member_idx\` ON \`registrations\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_proxy_proxy_represents_municipality_idx\` ON \`registrations\` (\`proxy_represents_municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_proxy_proxy_authorisation_idx\` ON \`registrations\` (\`proxy_authorisation_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_status_idx\` ON \`registrations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`registrations_waitlist_position_idx\` ON \`registrations\` (\`waitlist_position\`);`)
  await db.run(sql`CREATE INDEX \`registrations_association_idx\` ON \`registrations\` (\`association_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_target_key_idx\` ON \`registrations\` (\`target_key\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`registrations_registration_key_idx\` ON \`registrations\` (\`registration_key\`);`)
  await db.run(sql`CREATE INDEX \`registrations_cancel_token_hash_idx\` ON \`registrations\` (\`cancel_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`registrations_updated_at_idx\` ON \`registrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`registrations_created_at_idx\` ON \`registrations\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`proxy_authorisations_id\` integer REFERENCES proxy_authorisations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`registration_counters_id\` integer REFERENCES registration_counters(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_proxy_authorisations_id_idx\` ON \`payload_locked_documents_rels\` (\`proxy_authorisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_registration_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`registration_counters_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`proxy_authorisations\`;`)
  await db.run(sql`DROP TABLE \`registration_counters\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_registrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`event_id\` integer,
  	\`seminar_id\` integer,
  	\`seminar_term_id\` text,
  	\`attendee_name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`phone\` text,
  	\`municipality_id\` integer,
  	\`organisation_name\` text,
  	\`position\` text,
  	\`needs\` text,
  	\`member_id\` integer,
  	\`proxy_represents_municipality_id\` integer,
  	\`proxy_authorisation_id\` integer,
  	\`proxy_approved\` integer DEFAULT false,
  	\`status\` text DEFAULT 'confirmed' NOT NULL,
  	\`waitlist_position\` numeric,
  	\`locale\` text DEFAULT 'cs' NOT NULL,
  	\`cancel_token_hash\` text,
  	\`consent_text_version\` text NOT NULL,
  	\`consent_given_at\` text NOT NULL,
  	\`association_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`seminar_id\`) REFERENCES \`seminars\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`proxy_represents_municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`proxy_authorisation_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`association_id\`) REFERENCES \`associations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_registrations\`("id", "event_id", "seminar_id", "seminar_term_id", "attendee_name", "email", "phone", "municipality_id", "organisation_name", "position", "needs", "member_id", "proxy_represents_municipality_id", "proxy_authorisation_id", "proxy_approved", "status", "waitlist_position", "locale", "cancel_token_hash", "consent_text_version", "consent_given_at", "association_id", "updated_at", "created_at") SELECT "id", "event_id", "seminar_id", "seminar_term_id", "attendee_name", "email", "phone", "municipality_id", "organisation_name", "position", "needs", "member_id", "proxy_represents_municipality_id", "proxy_authorisation_id", "proxy_approved", "status", "waitlist_position", "locale", "cancel_token_hash", "consent_text_version", "consent_given_at", "association_id", "updated_at", "created_at" FROM \`registrations\`;`)
  await db.run(sql`DROP TABLE \`registrations\`;`)
  await db.run(sql`ALTER TABLE \`__new_registrations\` RENAME TO \`registrations\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`registrations_event_idx\` ON \`registrations\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_seminar_idx\` ON \`registrations\` (\`seminar_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_municipality_idx\` ON \`registrations\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_member_idx\` ON \`registrations\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_proxy_proxy_represents_municipality_idx\` ON \`registrations\` (\`proxy_represents_municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_proxy_proxy_authorisation_idx\` ON \`registrations\` (\`proxy_authorisation_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_status_idx\` ON \`registrations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`registrations_cancel_token_hash_idx\` ON \`registrations\` (\`cancel_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`registrations_association_idx\` ON \`registrations\` (\`association_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_updated_at_idx\` ON \`registrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`registrations_created_at_idx\` ON \`registrations\` (\`created_at\`);`)
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
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
